/**
 * The settlement with suppliers (issue 16, sync/server/reports/supplier-settlement.ts) for one
 * outlet's month on PostgreSQL (DATABASE_URL, else the local test database), in a fresh schema
 * dropped at the end: 300 suppliers with 5 products each, every product on terms (a third bought
 * outright, a third consigned at a supplier price, a third for a commission; every fifth product's
 * terms change mid-month), SUPPLIER_BENCH_SALES sales (default 70,000) of 5 lines each (350,000
 * lines), 1 % of them partly refunded, and a receiving per supplier. A neighbouring outlet holds the
 * same month again, so the outlet's rows must be found among others. Bulk-loaded by SQL in the
 * server's layout.
 *
 * Printed, medians of RUNS: a bare GROUP BY of the same lines (units and amounts per product: the
 * least any settlement must read), the settlement of the outlet's month for all 300 suppliers, and
 * one supplier's statement (which adds the opening balance from all history); the ratio to the
 * GROUP BY, and the issue's target (settlement ≤ 2 s). Exits 1 when the target is missed.
 */
import { toBusinessDate } from '#domain/wita';
import { settledLines } from '#sync/server/reports/supplier-settlement';
import { findSupplier, supplierStatement } from '#sync/server/reports/supplier-statement';
import { openTestDatabase } from '../support/server-databases';

const SALES = Number(process.env.SUPPLIER_BENCH_SALES ?? 70_000);
const SUPPLIERS = 300;
const PRODUCTS = SUPPLIERS * 5;
const LINES = 5;
const RUNS = 5;
const TARGET_MS = 2_000;
const OUTLET = 'manggarai-barat';
const OTHER = 'manggarai';
const MONTH = '2026-11';
const from = toBusinessDate('2026-11-01');
const to = toBusinessDate('2026-11-30');

const test = await openTestDatabase('postgres', { poolSize: 2 });
const { db } = test;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = async (work: () => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
};

async function load(outletId: string, tag: string) {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO terminals (id, outlet_id, name, token_hash) SELECT $1 || '-t' || n, $1, 'Kasir ' || n, md5($1 || n)
       FROM generate_series(1, 3) n`,
      [outletId],
    );
    await tx.query(
      `CREATE TEMP TABLE bench_chunk ON COMMIT DROP AS
       SELECT i, md5($2 || 'sale' || i)::uuid AS sale_id, md5($2 || 'event' || i)::uuid AS event_id,
         $1 || '-t' || (1 + i % 3) AS terminal_id, date '2026-11-01' + (i % 30) AS business_date,
         (date '2026-11-01' + (i % 30) + time '10:00') AT TIME ZONE 'Asia/Makassar' AS at
       FROM generate_series(0, $3 - 1) i`,
      [outletId, tag, SALES],
    );
    await tx.query(
      `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
       SELECT event_id, terminal_id, i / 3 + 1, 'sale.completed', at, at, '{}', 'bench' FROM bench_chunk`,
    );
    await tx.query(
      `INSERT INTO sales (id, event_id, receipt_no, outlet_id, terminal_id, completed_at, received_at, business_date,
         wita_month, subtotal, discount, total, change)
       SELECT sale_id, event_id, terminal_id || '-' || i, $1, terminal_id, at, at, business_date, $2, 0, 0, 0, 0
       FROM bench_chunk`,
      [outletId, MONTH],
    );
    await tx.query(
      `INSERT INTO sale_lines (sale_id, line_no, product_id, name, supplier, category, unit, quantity, unit_price, discount, total)
       SELECT c.sale_id, l, p.id, p.name, '', 'Kopi', 'pcs', 1 + (i + l) % 3, p.price, 0, p.price * (1 + (i + l) % 3)
       FROM bench_chunk c CROSS JOIN generate_series(1, ${LINES}) l
         JOIN products p ON p.id = 'bench-' || (c.i * 7 + l * 13) % ${PRODUCTS}`,
    );
    // One sale in a hundred has its first line's units refunded, 3 days later (still in the month).
    await tx.query(
      `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
       SELECT md5(event_id::text)::uuid, terminal_id, 1000000 + i, 'sale.refunded', at, at, '{}', 'bench'
       FROM bench_chunk WHERE i % 100 = 0 AND business_date < date '2026-11-28'`,
    );
    await tx.query(
      `INSERT INTO refunds (id, event_id, receipt_no, original_sale_id, outlet_id, terminal_id, refunded_at, received_at,
         business_date, reason, total)
       SELECT md5(sale_id::text)::uuid, md5(event_id::text)::uuid, terminal_id || '-R' || i, sale_id, $1, terminal_id,
         at, at, business_date + 3, 'rusak', 0
       FROM bench_chunk WHERE i % 100 = 0 AND business_date < date '2026-11-28'`,
      [outletId],
    );
    await tx.query(
      `INSERT INTO refund_lines (refund_id, line_no, product_id, name, category, supplier, quantity, amount)
       SELECT md5(c.sale_id::text)::uuid, 1, l.product_id, l.name, l.category, '', l.quantity, l.total
       FROM bench_chunk c JOIN sale_lines l ON l.sale_id = c.sale_id AND l.line_no = 1
       WHERE c.i % 100 = 0 AND c.business_date < date '2026-11-28'`,
    );
    // A receiving per supplier on the 3rd: its 5 products, 100 units each at 60 % of the price.
    await tx.query(
      `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
       SELECT md5($2 || 'recv' || s.id)::uuid, $1 || '-t1', 2000000 + s.id, 'stock.received', now(), now(), '{}', 'bench'
       FROM suppliers s`,
      [outletId, tag],
    );
    await tx.query(
      `INSERT INTO stock_documents (id, event_id, kind, outlet_id, terminal_id, business_date, staff_id, staff_name, supplier, delivery_note, total)
       SELECT md5($2 || 'recv' || s.id)::uuid, md5($2 || 'recv' || s.id)::uuid, 'received', $1, $1 || '-t1', date '2026-11-03',
         'm1', 'Manajer', s.name, 'SJ', 0
       FROM suppliers s`,
      [outletId, tag],
    );
    await tx.query(
      `INSERT INTO stock_batches (document_id, line_no, outlet_id, product_id, expiry, received, remaining, unit_cost)
       SELECT md5($2 || 'recv' || p.supplier_id)::uuid, row_number() OVER (PARTITION BY p.supplier_id ORDER BY p.id), $1, p.id,
         NULL, 100, 100, p.price * 6 / 10
       FROM products p WHERE p.id LIKE 'bench-%'`,
      [outletId, tag],
    );
  });
}

try {
  const loadStarted = performance.now();
  await db.query(`INSERT INTO suppliers (name) SELECT 'UMKM Bench ' || k FROM generate_series(1, ${SUPPLIERS}) k`);
  await db.query(
    `INSERT INTO products (id, natural_key, name, price, sold_by, supplier_id, category, unit)
     SELECT 'bench-' || k, 'name:bench-' || k, 'Produk ' || k, 5000 + (k % 200) * 500, 'unit', s.id, 'Kopi', 'pcs'
     FROM generate_series(0, ${PRODUCTS - 1}) k JOIN suppliers s ON s.name = 'UMKM Bench ' || (1 + k % ${SUPPLIERS})`,
  );
  await db.query(
    `INSERT INTO supply_terms (supplier_id, product_id, valid_from, kind, unit_cost, supplier_price, commission_bp)
     SELECT supplier_id, id, date '2026-09-01', kind, CASE WHEN kind = 'beli-putus' THEN price * 6 / 10 END,
       CASE WHEN n % 3 = 1 THEN price * 7 / 10 END, CASE WHEN n % 3 = 2 THEN 2000 END
     FROM (SELECT p.*, substr(p.id, 7)::int AS n, CASE WHEN substr(p.id, 7)::int % 3 = 0 THEN 'beli-putus' ELSE 'konsinyasi' END AS kind
           FROM products p WHERE p.id LIKE 'bench-%') p`,
  );
  await db.query(
    `INSERT INTO supply_terms (supplier_id, product_id, valid_from, kind, supplier_price)
     SELECT supplier_id, id, date '2026-11-16', 'konsinyasi', price * 3 / 4 FROM products WHERE id LIKE 'bench-%' AND substr(id, 7)::int % 5 = 0`,
  );
  await load(OUTLET, 'a');
  await load(OTHER, 'b');
  await db.query('ANALYZE');
  console.log(
    `${SUPPLIERS} suppliers, ${PRODUCTS} products on terms; ${SALES.toLocaleString('en')} sales (${(SALES * LINES).toLocaleString('en')} lines) at each of 2 outlets, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`,
  );

  const bare = await median(() =>
    db.query(
      `SELECT l.product_id, sum(l.quantity), sum(l.total) FROM sales s JOIN sale_lines l ON l.sale_id = s.id
       WHERE s.outlet_id = $1 AND s.business_date BETWEEN $2 AND $3 GROUP BY l.product_id`,
      [OUTLET, from, to],
    ),
  );
  let lines = 0;
  const settlement = await median(async () => {
    lines = (await settledLines(db, { from, to, outletId: OUTLET })).length;
  });
  const supplier = (await findSupplier(db, 'UMKM Bench 1'))!;
  const statement = await median(() => supplierStatement(db, supplier, MONTH));
  console.log(`query (median of ${RUNS})`.padEnd(58) + 'time'.padStart(10) + '  vs GROUP BY');
  console.log(`${'bare GROUP BY of the outlet month lines'.padEnd(58)}${ms(bare).padStart(10)}  1.00×`);
  console.log(
    `${`settlement, outlet month, ${SUPPLIERS} suppliers (${lines} lines)`.padEnd(58)}${ms(settlement).padStart(10)}  ${(settlement / bare).toFixed(2)}×`,
  );
  console.log(
    `${'one supplier statement (all outlets, opening balance)'.padEnd(58)}${ms(statement).padStart(10)}  ${(statement / bare).toFixed(2)}×`,
  );
  const met = settlement <= TARGET_MS;
  console.log(`\nsettlement ${ms(settlement)} (target ≤ ${TARGET_MS} ms)  ${met ? 'ok' : 'TARGET MISSED'}`);
  process.exitCode = met ? 0 : 1;
} finally {
  await test.close();
}
