import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';
import { parseAdminCommand } from '#sync/admin/command-line';
import { enrollCode } from '#sync/admin/terminals';
import { createEnrolmentCode } from './enrolment';

describe.each(DATABASE_KINDS)('a replacement PC for a terminal on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 4)));
  afterAll(() => server.close());

  it('takes over the terminal id with a new token; the events of a restored backup are answered duplicate, not stored twice', async () => {
    const old = await server.enrol('ende', 'Kasir 1');
    const terminal = { id: old.terminalId, outletId: old.outletId };
    const first = saleEvent({ terminal, seq: 1, products });
    const second = saleEvent({ terminal, seq: 2, products });
    expect((await server.push(old.token, [first])).body.results[0]!.status).toBe('stored');

    const created = await createEnrolmentCode(server.db, 'ende', { replaces: old.terminalId });
    const reply = await server.request('POST', '/v1/terminals/enroll', {
      body: { code: created!.code, name: 'Kasir 1 (PC baru)' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.terminalId).toBe(old.terminalId);
    expect((await server.request('GET', '/v1/sync/pull/settings', { token: old.token })).status).toBe(401);

    // The backup held the outbox as the old PC left it: the first sale (stored) and the second (not yet).
    const pushed = await server.push(reply.body.token, [first, second]);
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'stored']);
    const { rows } = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM sales WHERE terminal_id = $1',
      [old.terminalId],
    );
    expect(rows[0]!.n).toBe(2);
    const { rows: terminals } = await server.db.query('SELECT id FROM terminals WHERE outlet_id = $1', ['ende']);
    expect(terminals).toHaveLength(1);
  });

  it('refuses a replacement code for a terminal of another outlet', async () => {
    const alor = await server.enrol('alor', 'Kasir 1');
    expect(await createEnrolmentCode(server.db, 'ende', { replaces: alor.terminalId })).toBeNull();
    expect(await createEnrolmentCode(server.db, 'ende', { replaces: 'no-such-terminal' })).toBeNull();
  });

  it('is made with `enroll-code OUTLET --replace TERMINAL`, which names the terminal or says it is not the outlet’s', async () => {
    const till = await server.enrol('alor', 'Kasir 2');
    expect(parseAdminCommand(['enroll-code', 'alor', '--replace', till.terminalId])).toEqual({
      name: 'enroll-code',
      outlet: 'alor',
      replace: till.terminalId,
    });
    expect(await enrollCode(server.db, 'alor', undefined, till.terminalId)).toMatch(
      new RegExp(`^Kode pendaftaran PC pengganti terminal ${till.terminalId} \\(.+\\): [A-Z2-9]{4}-[A-Z2-9]{4}\n`),
    );
    await expect(enrollCode(server.db, 'ende', undefined, till.terminalId)).rejects.toThrow(
      `Terminal "${till.terminalId}" tidak terdaftar di outlet "ende".`,
    );
  });
});
