/**
 * Beranda's queries (sync/server/reports/dashboard.ts and dashboard-panels.ts) on a province of
 * realistic size, on PostgreSQL (DATABASE_URL, else the local test database): 22 outlets with 3
 * tills each, 150,000 ASN on the roster in 40 OPDs, 300 products, the stock ledger's levels and
 * batches, and a month of sales (up to today) with 3 lines each, bulk-loaded by SQL in the
 * server's layout. Each query's median of RUNS is printed at a tenth of the sales (the same-run
 * baseline), at half and at the full count — the growth curve — with the ratio full ÷ tenth; then
 * the whole Beranda request's p95 for the province, an outlet and BKD (the target:
 * ≤ 300 ms). The compliance per OPD reads its rollup (migration 027), built once per load as the
 * first read after a change builds it (timed apart) and then kept by ingest. Last, the ingest of
 * pushes of ASN sales (ingestEvents, with every rollup kept) beside the raw insert of the same
 * rows (the target: ingest ≥ 0.5× the raw insert's throughput), with the compliance rollup
 * built (kept by each push) and not.
 *
 * Scale: BACKOFFICE_SALES (default 400,000 sales, about a month at Rp 150 miliar over 22 outlets
 * would be nearer 1.5 million) and BACKOFFICE_ASN (default 150,000), e.g.
 * `BACKOFFICE_SALES=50000 BACKOFFICE_ASN=20000 npm run bench backoffice` for a quick run. The data
 * goes in a fresh schema, dropped at the end. Exits 1 when the p95 target is missed.
 */
import { rupiah } from '#domain/money';
import { businessDate, businessMonth } from '#domain/wita';
import { dashboard, type DashboardScope } from '#sync/server/reports/dashboard';
import {
  opdAsnList,
  opdCompliance,
  sparklines,
  stockPanels,
  terminalHealth,
  topSales,
} from '#sync/server/reports/dashboard-panels';
import { governorPdf } from '#sync/server/reports/governor-pdf';
import { governorReport } from '#sync/server/reports/governor-report';
import { outletMonthSales } from '#sync/server/reports/month-figures';
import { insertRows } from '#sync/server/db/insert-rows';
import { eventRow, ingestEvents } from '#sync/server/ingest/ingest';
import { saleRows } from '#sync/server/ingest/sale-completed';
import { writeTransaction } from '#sync/server/streams/change-log';
import type { SyncEventOf } from '#sync/protocol/events';
import { openTestDatabase } from '../support/server-databases';
import { rosterNip } from '../support/roster-nips';
import { saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';

const SALES = Number(process.env.BACKOFFICE_SALES ?? 400_000);
const ASN = Number(process.env.BACKOFFICE_ASN ?? 150_000);
const OPDS = 40;
const PRODUCTS = 300;
const LINES = 3;
const RUNS = 7;
const TARGET_P95_MS = 300;

const test = await openTestDatabase('postgres', { poolSize: 4 });
const { db } = test;
const now = new Date();
const today = businessDate(now);
const month = businessMonth(now);
const firstDay = `${month}-01`;
const days = Number(today.slice(8, 10));
const ms = (n: number) => `${n.toFixed(1)} ms`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const timeRuns = async (work: () => Promise<unknown>, runs = RUNS) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return sorted(times);
};
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const minimum = rupiah(100_000);

let catalog: CatalogProduct[] = [];
async function setUp() {
  catalog = await seedCatalog(db, PRODUCTS);
  await db.query(
    `INSERT INTO terminals (id, outlet_id, name, token_hash, last_seen_at, max_seq, high_water_seq, pushed_seq)
     SELECT o.id || '-t' || n, o.id, 'Kasir ' || n, md5(o.id || n), now() - (n || ' hours')::interval, 0, 0, 0
     FROM outlets o, generate_series(1, 3) n`,
  );
  await db.query(
    `INSERT INTO asn_roster (nip, name, opd, kind)
     SELECT lpad(k::text, 18, '0'), 'ASN ' || k, 'OPD ' || lpad((k % ${OPDS})::text, 2, '0'), 'PNS'
     FROM generate_series(1, $1) k`,
    [ASN],
  );
  // Stock: every outlet holds every product; about one in twelve is out, one in five has a batch
  // expiring somewhere in the next 90 days.
  await db.query(
    `INSERT INTO stock_levels (outlet_id, product_id, on_hand)
     SELECT o.id, p.id, CASE WHEN (hashtext(o.id || p.id) % 12) = 0 THEN 0 ELSE 40 END FROM outlets o, products p`,
  );
  await db.query(
    `INSERT INTO stock_batches (document_id, line_no, outlet_id, product_id, expiry, received, remaining)
     SELECT md5(o.id)::uuid, row_number() OVER (PARTITION BY o.id), o.id, p.id,
       current_date + (abs(hashtext(p.id || o.id)) % 90), 50, 40
     FROM outlets o, products p WHERE abs(hashtext(p.id || o.id)) % 5 = 0`,
  );
  await db.query(
    `CREATE TABLE bench_products AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, name, price FROM products`,
  );
  await db.query(
    `CREATE TABLE bench_tills AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, outlet_id FROM terminals`,
  );
}

/** Sales [from, to): till i % 66, spread over the month's days so far, 1 in 7 by an ASN on the roster. */
async function loadSales(from: number, to: number) {
  await db.transaction(async (tx) => {
    await tx.query(
      `CREATE TEMP TABLE bench_chunk ON COMMIT DROP AS
       SELECT i, md5('sale' || i)::uuid AS sale_id, md5('event' || i)::uuid AS event_id, t.id AS terminal_id, t.outlet_id,
         $3::date + (i % $4)::int AS business_date,
         ($3::date + (i % $4)::int + time '10:00') AT TIME ZONE 'Asia/Makassar' AS at
       FROM generate_series($1::bigint, $2::bigint - 1) i JOIN bench_tills t ON t.n = i % 66`,
      [from, to, firstDay, days],
    );
    await tx.query(
      `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
       SELECT event_id, terminal_id, i / 66 + 1, 'sale.completed', at, at, '{}', 'bench' FROM bench_chunk`,
    );
    await tx.query(
      `INSERT INTO sales (id, event_id, receipt_no, outlet_id, terminal_id, completed_at, received_at, business_date,
         wita_month, subtotal, discount, total, change, asn_nip)
       SELECT c.sale_id, c.event_id, c.terminal_id || '-' || i, c.outlet_id, c.terminal_id, c.at, c.at, c.business_date,
         $1, 0, 0, 0, 0, CASE WHEN i % 7 = 0 THEN lpad((1 + i % $2)::text, 18, '0') END
       FROM bench_chunk c`,
      [month, ASN],
    );
    await tx.query(
      `INSERT INTO sale_lines (sale_id, line_no, product_id, name, supplier, category, unit, quantity, unit_price, discount, total)
       SELECT c.sale_id, l, p.id, p.name, '', 'Kopi', 'pcs', 1 + (i + l) % 3, p.price, 0, p.price * (1 + (i + l) % 3)
       FROM bench_chunk c CROSS JOIN generate_series(1, ${LINES}) l JOIN bench_products p ON p.n = (c.i * 7 + l * 13) % ${PRODUCTS}`,
    );
    await tx.query(
      `UPDATE sales s SET subtotal = t.total, total = t.total
       FROM (SELECT l.sale_id, sum(l.total) AS total FROM sale_lines l JOIN bench_chunk c ON c.sale_id = l.sale_id GROUP BY 1) t
       WHERE s.id = t.sale_id`,
    );
  });
  // The rollups ingest keeps (per till: month, day, month and product; ASN month totals), rebuilt
  // from the sales loaded so far as migration 014 backfills them.
  await db.query('DELETE FROM terminal_month_sales');
  await db.query(
    `INSERT INTO terminal_month_sales (month, terminal_id, outlet_id, sale_count, total, cash, qris, debit)
     SELECT wita_month, terminal_id, outlet_id, count(*), sum(total), sum(total), 0, 0 FROM sales GROUP BY 1, 2, 3`,
  );
  await db.query('DELETE FROM terminal_day_sales');
  await db.query(
    `INSERT INTO terminal_day_sales (business_date, terminal_id, outlet_id, sale_count, total, asn_total)
     SELECT business_date, terminal_id, outlet_id, count(*), sum(total), coalesce(sum(total) FILTER (WHERE asn_nip IS NOT NULL), 0)
     FROM sales GROUP BY 1, 2, 3`,
  );
  await db.query('DELETE FROM terminal_product_month_sales');
  await db.query(
    `INSERT INTO terminal_product_month_sales (month, terminal_id, outlet_id, product_id, quantity, total)
     SELECT s.wita_month, s.terminal_id, s.outlet_id, l.product_id, sum(l.quantity), sum(l.total)
     FROM sales s JOIN sale_lines l ON l.sale_id = s.id GROUP BY 1, 2, 3, 4`,
  );
  await db.query('DELETE FROM asn_monthly_totals');
  await db.query(
    `INSERT INTO asn_monthly_totals (month, nip, total, sale_count)
     SELECT wita_month, asn_nip, sum(total), count(*) FROM sales WHERE asn_nip IS NOT NULL GROUP BY 1, 2`,
  );
  await db.query(
    'UPDATE terminals t SET max_seq = coalesce((SELECT max(seq) FROM events e WHERE e.terminal_id = t.id), 0)',
  );
  // The totals were rebuilt behind ingest's back: the compliance rollup is built again on its next read.
  await db.query('DELETE FROM opd_compliance_months');
  await db.query('ANALYZE');
  const started = performance.now();
  await opdCompliance(db, month, minimum);
  return performance.now() - started;
}

const province: DashboardScope = { outletId: null, asnOnly: false, compliance: true };
const queries: [string, () => Promise<unknown>][] = [
  ['baseline: report MONTH (month rollups)', () => outletMonthSales(db, month)],
  ['compliance per OPD (rollup)', () => opdCompliance(db, month, minimum)],
  ['drill-down: one OPD', () => opdAsnList(db, month, 'OPD 07', minimum)],
  ['stock panels', () => stockPanels(db, null, today)],
  ['top products and producers', () => topSales(db, month, null)],
  ['terminal health', () => terminalHealth(db, null, now)],
  ['sparklines', () => sparklines(db, null, today)],
  ['Beranda, province', () => dashboard(db, month, province)],
  ["governor's report, province (JSON)", () => governorReport(db, month, null)],
  ["governor's report, province (PDF)", async () => governorPdf(await governorReport(db, month, null))],
];

const PUSHES = 12;
const PUSH_SALES = 100;

/**
 * PUSHES pushes of PUSH_SALES sales (every other one by an ASN of the roster, of well-formed NIPs
 * added for this) by a till enrolled for it: after one untimed, the median push through ingestEvents beside the raw
 * insert of another push's rows (events, sales, lines, payments) by the ingest's own insertRows.
 */
async function timeIngest() {
  await db.query(
    `INSERT INTO asn_roster (nip, name, opd, kind) SELECT n, 'ASN bench', 'OPD 00', 'PNS' FROM unnest($1::text[]) n`,
    [Array.from({ length: 500 }, (_, i) => rosterNip(i))],
  );
  let seq = 0;
  const batch = (till: { id: string; outletId: string }) =>
    Array.from({ length: PUSH_SALES }, (_, i) =>
      saleEvent({
        terminal: till,
        seq: ++seq,
        products: catalog,
        ...(i % 2 === 0 ? { asnNip: rosterNip(seq % 500) } : {}),
      }),
    );
  const raw = async (events: SyncEventOf<'sale.completed'>[], till: { id: string; outletId: string }) => {
    const receivedAt = new Date();
    await writeTransaction(db, async (tx) => {
      const rows = events.map((e) => saleRows(e.id, e.payload, receivedAt));
      await insertRows(tx, {
        events: events.map((e) => eventRow(e, { terminal: till, receivedAt }, 'bench', [])),
        sales: rows.map((r) => r.sale),
        sale_lines: rows.flatMap((r) => r.lines),
        payments: rows.flatMap((r) => r.payments),
      });
    });
  };
  console.log('');
  for (const built of [false, true]) {
    const till = { id: `ende-t${built ? 7 : 8}`, outletId: 'ende' };
    await db.query(
      `INSERT INTO terminals (id, outlet_id, name, token_hash, enrolled_at) VALUES ($1, 'ende', 'Bench', md5($1), now() - interval '40 days')`,
      [till.id],
    );
    if (built) await opdCompliance(db, month, minimum);
    else await db.query('DELETE FROM opd_compliance_months');
    seq = 0;
    await ingestEvents(db, till, batch(till));
    const ingestTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < PUSHES; i++) {
      const pushed = batch(till);
      let started = performance.now();
      const reply = await ingestEvents(db, till, pushed);
      ingestTimes.push(performance.now() - started);
      if (reply.results.some((r) => r.status !== 'stored' || r.quarantined))
        throw new Error(
          `bench push not stored cleanly: ${JSON.stringify(reply.results.find((r) => r.status !== 'stored' || r.quarantined))}`,
        );
      const copy = batch(till);
      started = performance.now();
      await raw(copy, till);
      rawTimes.push(performance.now() - started);
    }
    const [ingest, bare] = [median(sorted(ingestTimes)), median(sorted(rawTimes))];
    console.log(
      `push of ${PUSH_SALES} sales, compliance rollup ${built ? 'kept' : 'not built'}: ingest ${ms(ingest)}, raw insert ${ms(bare)}: ingest at ${(bare / ingest).toFixed(2)}× the raw insert's throughput (target ≥ 0.5×)`,
    );
  }
}

try {
  const loadStarted = performance.now();
  await setUp();
  const points = [Math.round(SALES / 10), Math.round(SALES / 2), SALES];
  const medians = new Map<string, number[]>();
  let loaded = 0;
  for (const point of points) {
    const started = performance.now();
    const build = await loadSales(loaded, point);
    loaded = point;
    console.log(
      `${point.toLocaleString('en')} sales (${(point * LINES).toLocaleString('en')} lines), ${ASN.toLocaleString('en')} ASN: loaded in ${((performance.now() - started) / 1000).toFixed(1)} s (since ${((performance.now() - loadStarted) / 1000).toFixed(1)} s), compliance rollup built in ${ms(build)}`,
    );
    for (const [name, run] of queries) medians.set(name, [...(medians.get(name) ?? []), median(await timeRuns(run))]);
  }
  console.log(
    `\nquery (median of ${RUNS})`.padEnd(43) +
      points.map((p) => `${(p / 1000).toLocaleString('en')}k`.padStart(10)).join('') +
      '  full ÷ tenth',
  );
  for (const [name, times] of medians) {
    const ratio = times.at(-1)! / times[0]!;
    console.log(`${name.padEnd(42)}${times.map((t) => ms(t).padStart(10)).join('')}  ${ratio.toFixed(2)}×`);
  }
  console.log('');
  let missed = false;
  for (const [who, scope] of [
    ['province', province],
    ['outlet ende', { outletId: 'ende', asnOnly: false, compliance: false }],
    ['bkd', { outletId: null, asnOnly: true, compliance: true }],
  ] as const) {
    const times = await timeRuns(() => dashboard(db, month, scope), 20);
    const p95 = times[Math.ceil(times.length * 0.95) - 1]!;
    const met = p95 <= TARGET_P95_MS;
    if (!met) missed = true;
    console.log(
      `Beranda p95 (${who}, 20 requests): ${ms(p95)} (target ≤ ${TARGET_P95_MS} ms)  ${met ? 'ok' : 'TARGET MISSED'}`,
    );
  }
  await timeIngest();
  process.exitCode = missed ? 1 : 0;
} finally {
  await test.close();
}
