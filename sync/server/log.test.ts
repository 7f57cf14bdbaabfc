import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, seedCatalog } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { createLogger } from './log';
import { toNip } from '#domain/asn/nip';

const NIP = '198609262015051001';

describe.each(DATABASE_KINDS)('server logs on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('record every request but never a token or a NIP', async () => {
    const products = await seedCatalog(server.db, 3);
    const t = await server.enrol('sabu-raijua');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const sale = saleEvent({ terminal, seq: 1, products, asnNip: NIP });
    await server.push(t.token, [sale]);
    await server.push(t.token, [
      { ...sale, payload: { ...sale.payload, asn: { nip: toNip(NIP), name: 'Changed', verified: true } } },
    ]);
    await server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: { events: [{ ...sale, payload: { ...sale.payload, asn: { nip: `${NIP}9` } } }] },
    });
    await server.request('POST', '/v1/sync/push', { token: `${t.token}x`, body: { events: [] } });
    await server.pullAll(t.token, 'asn-totals');
    const logs = server.logs.join('');
    expect(server.logs.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(6);
    expect(logs).toContain(`"terminal":"${t.terminalId}"`);
    expect(logs).not.toContain(t.token);
    expect(logs).not.toContain(t.token.slice(7));
    expect(logs).not.toMatch(/\d{18}/);
  });
});

describe('the logger', () => {
  it('scrubs tokens and NIPs from messages and errors, and leaves out PostgreSQL error details', () => {
    const lines: string[] = [];
    const log = createLogger({ destination: { write: (line: string) => void lines.push(line) } });
    const error = Object.assign(new Error(`duplicate key for ${NIP} with nttpos_abcDEF123_-xyz`), {
      code: '23505',
      detail: `Key (nip)=(${NIP}) already exists.`,
    });
    log.error({ err: error, token: 'nttpos_secret', nip: NIP }, `failed for ${NIP}`);
    const entry = JSON.parse(lines[0]!);
    expect(entry.msg).toBe('failed for 1986***********001');
    expect(entry.err).toMatchObject({
      message: 'duplicate key for 1986***********001 with nttpos_[redacted]',
      code: '23505',
    });
    expect(entry.err.detail).toBeUndefined();
    expect(entry.token).toBe('[redacted]');
    expect(entry.nip).toBe('[redacted]');
    expect(lines.join('')).not.toContain(NIP);
    log.warn('admin nttadm_Zm9vYmFy-_x asked');
    expect(JSON.parse(lines[1]!).msg).toBe('admin nttadm_[redacted] asked');
  });
});
