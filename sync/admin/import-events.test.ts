import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { saleEvent, seedCatalog, writeTempFile, type CatalogProduct } from '#tests/support/sync-fixtures';
import { UNSYNCED_EXPORT_FORMAT, type UnsyncedExport } from '../protocol/unsynced-export';
import { redeemEnrolmentCode, createEnrolmentCode } from '../server/terminals/enrolment';
import { runAdminCommand } from './commands';
import { AdminError } from './output';

describe.each(DATABASE_KINDS)('import-events on %s', (kind) => {
  let test: TestDatabase;
  let products: CatalogProduct[];
  beforeAll(async () => {
    test = await openTestDatabase(kind);
    products = await seedCatalog(test.db, 5);
  });
  afterAll(() => test.close());

  it('takes a terminal’s export exactly once, skipping what is not an event', async () => {
    const enrolled = await redeemEnrolmentCode(
      test.db,
      (await createEnrolmentCode(test.db, 'lembata'))!.code,
      'Kasir 1',
    );
    if (!enrolled.ok) throw new Error('enrolment failed');
    const terminal = { id: enrolled.value.terminalId, outletId: enrolled.value.outletId };
    const events = [1, 2, 3].map((seq) => saleEvent({ terminal, seq, products }));
    const file: UnsyncedExport = {
      format: UNSYNCED_EXPORT_FORMAT,
      version: 1,
      terminalId: terminal.id,
      outletId: terminal.outletId,
      exportedAt: '2026-12-21T03:00:00.000Z',
      events: [...events, { seq: 4, type: 'sale.completed' }],
      deadLetters: [{ reason: 'Ditolak server: conflict', deadAt: '2026-12-20T03:00:00.000Z', event: events[0] }],
    };
    const path = writeTempFile('belum-terkirim.json', JSON.stringify(file));
    expect(await runAdminCommand(test.db, ['import-events', path])).toBe(
      [
        `Event terminal ${terminal.id} (diekspor 2026-12-21T03:00:00.000Z): 3 disimpan (0 dikarantina), 0 sudah ada, 0 ditolak.`,
        '1 event tidak sah dan dilewati (urutan ke-4).',
        '1 event yang dulu ditolak server ada di berkas dan tidak diimpor.',
      ].join('\n'),
    );
    expect(await runAdminCommand(test.db, ['import-events', path])).toMatch(
      /0 disimpan \(0 dikarantina\), 3 sudah ada, 0 ditolak/,
    );
    const { rows } = await test.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sales WHERE terminal_id = $1', [
      terminal.id,
    ]);
    expect(rows[0]!.n).toBe(3);
  });

  it('refuses a file that is not an export, or of a terminal it does not know', async () => {
    await expect(
      runAdminCommand(test.db, ['import-events', writeTempFile('x.json', '{"events": []}')]),
    ).rejects.toThrow(/bukan ekspor event terminal/);
    await expect(runAdminCommand(test.db, ['import-events', writeTempFile('x.json', 'nope')])).rejects.toThrow(
      AdminError,
    );
    const stranger = {
      format: UNSYNCED_EXPORT_FORMAT,
      version: 1,
      terminalId: 'atlantis-t01',
      outletId: 'atlantis',
      exportedAt: '2026-12-21T03:00:00.000Z',
      events: [],
      deadLetters: [],
    };
    await expect(
      runAdminCommand(test.db, ['import-events', writeTempFile('x.json', JSON.stringify(stranger))]),
    ).rejects.toThrow(/atlantis-t01 tidak terdaftar/);
  });
});
