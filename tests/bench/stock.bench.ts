/**
 * Stock at the province (issue 15), on PostgreSQL (DATABASE_URL, else the local test database),
 * printing figures beside a baseline of the same run, no assertions:
 * - the ingest of a 300-line receiving (a push over HTTP) beside the raw INSERT of its line rows
 *   (batches and movements), a statement a row (the target: ingest ≤ 0.5× of that), and
 *   beside the same rows in the one statement the ingest itself writes them with (insertRows);
 * - `report stock` of an outlet with a 2,000-product catalog (the receivings stock 1,500 of them) and
 *   STOCK_BENCH_SALES sales movements a product (default 20) over a year in its ledger (target ≤ 500 ms).
 */
import { v7 as uuidv7 } from 'uuid';
import { stockReport } from '#sync/server/reports/stock-report';
import type { Queryable } from '#sync/server/db/database';
import { insertRows, type TableRows } from '#sync/server/db/insert-rows';
import { businessDate } from '#domain/wita';
import { receivingEvent } from '../support/stock-fixtures';
import { seedCatalog } from '../support/sync-fixtures';
import { startTestServer } from '../support/sync-server';

const ROUNDS = 5;
const SALES_PER_PRODUCT = Number(process.env.STOCK_BENCH_SALES ?? 20);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

const server = await startTestServer('postgres');
try {
  const products = await seedCatalog(server.db, 2_000);
  const t = await server.enrol('ende');
  const terminal = { id: t.terminalId, outletId: t.outletId };
  const now = new Date().toISOString();
  const lines = (from: number) =>
    products.slice(from, from + 300).map((p) => ({ productId: p.id, quantity: 50, expiry: null }));

  /** Its 600 line rows (batches and movements; the one document row needs its own event) under `id`. */
  const lineRows = (event: ReturnType<typeof receivingEvent>, id: string): TableRows => ({
    stock_batches: event.payload.lines.map((l) => ({
      document_id: id,
      line_no: l.lineNo,
      outlet_id: terminal.outletId,
      product_id: l.productId,
      expiry: l.expiry,
      received: l.quantity,
      remaining: l.quantity,
      unit_cost: l.unitCost,
    })),
    stock_movements: event.payload.lines.map((l) => ({
      event_id: event.id,
      outlet_id: terminal.outletId,
      product_id: l.productId,
      reason: 'received',
      document_id: id,
      line_no: l.lineNo,
      quantity: l.quantity,
      business_date: event.payload.businessDate,
    })),
  });
  /** The plain way: one INSERT ... VALUES statement a row. */
  async function insertEach(tx: Queryable, tables: TableRows) {
    for (const [table, rows] of Object.entries(tables))
      for (const row of rows as Record<string, unknown>[]) {
        const columns = Object.keys(row);
        const values = columns.map((_, i) => `$${i + 1}`).join(', ');
        await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${values})`, Object.values(row));
      }
  }

  const ingest: number[] = [];
  const each: number[] = [];
  const batched: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const event = receivingEvent(terminal, round + 1, lines((round * 300) % 1_700), now);
    ingest.push(await timed(() => server.push(t.token, [event])));
    each.push(await timed(() => server.db.transaction((tx) => insertEach(tx, lineRows(event, uuidv7())))));
    batched.push(await timed(() => server.db.transaction((tx) => insertRows(tx, lineRows(event, uuidv7())))));
  }
  const ingestMs = median(ingest);
  const ratio = (baseline: number[]) => `${(ingestMs / median(baseline)).toFixed(2)}×`;
  console.log(`300-line receiving: ingest ${ingestMs.toFixed(1)} ms (push over HTTP, medians of ${ROUNDS})`);
  console.log(
    `  raw INSERT of its 600 rows, a statement each: ${median(each).toFixed(1)} ms: ingest ${ratio(each)} (issue's target ≤ 0.5×)`,
  );
  console.log(
    `  the same rows in one insertRows statement (the ingest's own way): ${median(batched).toFixed(1)} ms: ingest ${ratio(batched)}`,
  );

  // A ledger of SALES_PER_PRODUCT sales a product over the last year, loaded by SQL.
  await server.db.query(
    `INSERT INTO stock_movements (event_id, outlet_id, product_id, reason, document_id, line_no, quantity, business_date)
     SELECT e.id, $1, p.id, 'sold', gen_random_uuid(), 1, -1, current_date - (n % 365)
     FROM products p CROSS JOIN generate_series(1, $2) AS n CROSS JOIN (SELECT id FROM events LIMIT 1) AS e`,
    [terminal.outletId, SALES_PER_PRODUCT],
  );
  await server.db.query('ANALYZE stock_movements');
  const today = businessDate(new Date());
  const report: number[] = [];
  let rows = 0;
  for (let round = 0; round < ROUNDS; round++)
    report.push(await timed(async () => (rows = (await stockReport(server.db, terminal.outletId, today)).rows.length)));
  console.log(
    `report stock: ${rows} products stocked, ${2_000 * SALES_PER_PRODUCT} sales movements: ${median(report).toFixed(1)} ms (target ≤ 500 ms)`,
  );
} finally {
  await server.close();
}
