import { beforeAll, describe, expect, it } from 'vitest';
import type { PosBridge, SyncConnectionInfo } from '#bridge/bridge-contract';
import { enrolledIdentity, toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { ok, type Result } from '#domain/result';
import { fillBusyTill } from '#tests/support/busy-till';
import { auditEntry, auditWrites } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments } from '../outbox/commit';
import { makeBackup, readBackup, restoreBackup } from './backup';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const identity = enrolledIdentity({
  outletId: toOutletId('ende'),
  terminalId: toTerminalId('ende-t01'),
  outletName: 'NTT Mart Ende',
  outletAddress: 'Ende',
  qrisStatic: '',
});
let connection: SyncConnectionInfo = {
  serverUrl: 'http://127.0.0.1:8080',
  terminalId: identity.terminalId,
  outletId: identity.outletId,
  enrolledAt: NOW.toISOString(),
};

/** The host as a replacement PC's: enrolled as `connection`. */
beforeAll(() => {
  const host: PosBridge = {
    invoke: async (channel: string, ..._args: unknown[]) =>
      (channel === 'sync-connection' ? ok(connection) : ok(null)) as Result<never>,
    on: () => () => undefined,
  };
  window.pos = host;
});

async function oldTerminal(db: PosDatabase): Promise<void> {
  await db.settings.put({ key: 'terminal', value: identity });
  await fillBusyTill(db, { identity, end: NOW, days: 10, salesPerDay: 4, linesPerSale: 2, productIds: ['p1', 'p2'] });
  // Two sign-ins the province has not acknowledged yet.
  for (const minute of [1, 2]) {
    const entry = auditEntry(
      identity,
      new Date(NOW.getTime() + minute * 60_000),
      { id: 'k1', name: 'Maria' },
      { kind: 'login' },
    );
    await commitDocuments(db, {
      receiptDate: null,
      stores: ['audit'],
      plan: () => ({ ...auditWrites(entry), result: entry.id }),
    });
  }
}

describe('backup to a file and restore on a replacement PC (real IndexedDB)', () => {
  const freshDatabase = useFreshDatabases();

  it('brings back the outbox with its ids and seqs, the counters and the last days, and restoring twice adds nothing', async () => {
    const old = freshDatabase();
    await oldTerminal(old);
    const text = JSON.stringify(await makeBackup(old, identity, NOW));
    const replacement = freshDatabase();

    const restored = await restoreBackup(replacement, text);
    expect(restored).toEqual(ok({ events: 2, documents: 7 + 7 * 4 }));
    expect(await replacement.outbox.toArray()).toEqual(await old.outbox.toArray());
    expect(await replacement.counters.toArray()).toEqual(await old.counters.toArray());
    expect(await replacement.audit.count()).toBe(2);
    const since = new Date(NOW.getTime() - 7 * 86_400_000).toISOString();
    expect((await replacement.sales.orderBy('id').primaryKeys()).sort()).toEqual(
      (await old.sales.where('completedAt').above(since).primaryKeys()).sort(),
    );
    expect((await replacement.settings.get('terminal'))?.value.terminalId).toBe(identity.terminalId);

    expect((await restoreBackup(replacement, text)).ok).toBe(true);
    expect(await replacement.outbox.count()).toBe(2);
    expect(await replacement.sales.count()).toBe(7 * 4);
  });

  it('refuses a wrong or damaged file, and a terminal enrolled as another, in words a manager understands', async () => {
    const old = freshDatabase();
    await oldTerminal(old);
    const backup = await makeBackup(old, identity, NOW);
    expect(readBackup('{"format":"ntt-mart-pos-cadangan","ver')).toMatchObject({
      ok: false,
      error: { code: 'backup-unreadable' },
    });
    expect(readBackup(JSON.stringify({ format: 'ntt-mart-pos-belum-terkirim', events: [] }))).toMatchObject({
      ok: false,
      error: { code: 'backup-wrong-file', message: expect.stringContaining('bukan cadangan terminal NTT Mart') },
    });
    const tampered = structuredClone(backup);
    tampered.recent.sales[0]!.receiptNo = 42 as never;
    expect(readBackup(JSON.stringify(tampered))).toMatchObject({
      ok: false,
      error: { code: 'backup-invalid', message: expect.stringContaining('recent.sales.0.receiptNo') },
    });

    connection = { ...connection, terminalId: 'ende-t02' };
    const replacement = freshDatabase();
    expect(await restoreBackup(replacement, JSON.stringify(backup))).toMatchObject({
      ok: false,
      error: { code: 'other-terminal', message: expect.stringContaining('ende-t01') },
    });
    expect(await replacement.outbox.count()).toBe(0);
  });
});
