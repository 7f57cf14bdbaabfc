/**
 * What keeps the province's reads bounded by their answer rather than by the history (issue 13
 * items 4–7): the indexes and key order the reports' queries stand on, the month rollup kept at
 * ingest, and the pull's `remaining` estimate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesReport } from '#sync/admin/report';
import { saleEvent, seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { writeTransaction } from '../streams/change-log';

describe('reads bounded by their answer, on postgres', () => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer('postgres');
    products = await seedCatalog(server.db, 12);
  });
  afterAll(() => server.close());

  /** The plan's scans when the planner may not read a whole table (it would, on a test's few rows). */
  const scans = (sql: string, params: unknown[]) =>
    server.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      const { rows } = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });

  it('finds a shift’s sales by index (report shifts)', async () => {
    expect(await scans('SELECT id FROM sales WHERE shift_id = ANY($1::text[])', [['a', 'b']])).toMatch(
      /Index.* on sales_shift/,
    );
  });

  it('keys ASN month totals by month first, so a month’s counts read only that month', async () => {
    const { rows } = await server.db.query<{ def: string }>(
      `SELECT pg_get_indexdef('asn_monthly_totals_pkey'::regclass) AS def`,
    );
    expect(rows[0]!.def).toMatch(/\(month, nip\)/);
  });

  it('keeps each terminal’s month at ingest, and report MONTH adds up exactly what the sales say', async () => {
    const t = await server.enrol('ende', undefined, '2026-04-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const events = [1, 2, 3, 4].map((seq) =>
      saleEvent({ terminal, seq, products, completedAt: `2026-05-0${seq}T03:00:00Z` }),
    );
    const late = saleEvent({ terminal, seq: 5, products, completedAt: '2026-04-30T15:59:00Z' });
    await server.push(t.token, [...events, late]);
    const { rows } = await server.db.query(
      'SELECT month, sale_count, total, cash FROM terminal_month_sales WHERE terminal_id = $1 ORDER BY month',
      [t.terminalId],
    );
    const sum = (list: typeof events) => list.reduce((a, e) => a + e.payload.total, 0);
    const cash = (list: typeof events) =>
      list
        .flatMap((e) => e.payload.payments)
        .filter((p) => p.method === 'cash')
        .reduce((a, p) => a + p.amount, 0);
    expect(rows).toEqual([
      { month: '2026-04', sale_count: 1, total: late.payload.total, cash: cash([late]) },
      { month: '2026-05', sale_count: 4, total: sum(events), cash: cash(events) },
    ]);
    const { rows: raw } = await server.db.query<{ n: number; total: number }>(
      `SELECT count(*)::int AS n, sum(total)::bigint AS total FROM sales WHERE wita_month = '2026-05'`,
    );
    expect(raw).toEqual([{ n: 4, total: sum(events) }]);
    expect(await salesReport(server.db, '2026-05')).toMatch(/NTT Mart Ende\s+4\s/);
  });

  it('counts `remaining` exactly up to ten pages ahead and bounds it beyond, however long the stream', async () => {
    const t = await server.enrol('ende');
    const add = (keys: string[]) =>
      writeTransaction(server.db, async (tx) => {
        await tx.query(
          "INSERT INTO settings (outlet_id, key, value) SELECT $1, k, '1' FROM unnest($2::text[]) k ON CONFLICT (outlet_id, key) DO UPDATE SET value = '2'",
          [t.outletId, keys],
        );
        tx.changed('settings', t.outletId, keys);
      });
    const keys = Array.from({ length: 40 }, (_, i) => `scale.k${String(i).padStart(2, '0')}`);
    await add(keys);
    // Changed again: their old positions are left behind as holes an estimate cannot see.
    await add(keys.slice(0, 10));
    const { cursor } = await server.pullAll(t.token, 'settings');
    await add(keys.slice(0, 30));
    await add(keys.slice(20, 30));
    const near = await server.request('GET', `/v1/sync/pull/settings?limit=5&cursor=${cursor}`, { token: t.token });
    expect(near.body).toMatchObject({ hasMore: true, remaining: 25 });
    const far = await server.request('GET', `/v1/sync/pull/settings?limit=2&cursor=${cursor}`, { token: t.token });
    // 28 changes are left; counting stops at 20 and answers the positions left, 38.
    expect(far.body).toMatchObject({ hasMore: true, remaining: 38 });
  });
});
