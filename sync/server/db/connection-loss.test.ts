/**
 * PostgreSQL drops a push's connection mid-transaction (pg_terminate_backend, as a restart or a
 * failover does): that request gets a retryable 503, the server stays up, and the retry stores
 * the batch. PGlite runs in the process and has no connection to lose.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saleEvent, seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { until } from '#tests/support/until';

describe('a dropped PostgreSQL connection', () => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer('postgres');
    products = await seedCatalog(server.db, 6);
  });
  afterAll(() => server.close());

  it('costs the push in flight a 503, not the server', async () => {
    const t = await server.enrol('alor');
    const events = [1, 2].map((seq) =>
      saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq, products }),
    );
    // Hold the terminal's row, so the push waits inside its transaction where we can find it.
    const locker = new pg.Client({ connectionString: server.url! });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT 1 FROM terminals WHERE id = $1 FOR UPDATE', [t.terminalId]);
      const lockerPid = (await locker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      const pending = server.push(t.token, events);
      let waiting: number | undefined;
      await until(async () => {
        const { rows } = await locker.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE $1 = ANY (pg_blocking_pids(pid))',
          [lockerPid],
        );
        waiting = rows[0]?.pid;
        return waiting !== undefined;
      }, 'the push to wait for the terminal row');
      await locker.query('SELECT pg_terminate_backend($1)', [waiting]);
      const reply = await pending;
      expect(reply.status).toBe(503);
      expect(reply.body.error?.code).toBe('unavailable');
      expect(reply.headers.get('retry-after')).toBe('5');
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await server.request('GET', '/v1/health')).status).toBe(200);
    const retry = await server.push(t.token, events);
    expect(retry.body).toEqual({
      results: events.map((e) => ({ id: e.id, status: 'stored', quarantined: false })),
      highWaterSeq: 2,
    });
    expect(server.logs.some((line) => line.includes('database connection lost during a request'))).toBe(true);
  });
});
