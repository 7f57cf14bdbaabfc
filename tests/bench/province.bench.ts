/**
 * The province's database as it grows (issue 13), on PostgreSQL (DATABASE_URL, else the local test
 * database). Sales are bulk-loaded in the server's own layout (events with their compressed
 * payloads, sales, lines, payments, shifts, the month and shift rollups) by SQL, a year's rate of
 * 55,000 a day over 66 tills, and at each size of the curve it prints, beside its target and the
 * same figure at the curve's first size (the same-run baseline of growth):
 * - `report shifts` of one outlet's day (target ≤ 50 ms);
 * - `report MONTH` of the first month (target ≤ 300 ms);
 * - a push of 200 sales by a till with a gap below its history beside one by a till without
 *   (target ≤ 1.2×), alternating, median of the rounds;
 * - bytes per sale in the database;
 * and once, with PROVINCE_ASN_KEYS asn-totals keys loaded, a new till's full download of them over
 * HTTP at loopback (target ≤ 30 s of server time: each page's request to its response, before the
 * client parses it), beside a bare keyset read of the same keys.
 *
 * Scale: PROVINCE_SALES (default 0,1000000,2000000) and PROVINCE_ASN_KEYS (default 1,000,000);
 * e.g. `PROVINCE_SALES=0,50000 PROVINCE_ASN_KEYS=50000 npm run bench province` for a quick run.
 * PROVINCE_DB=NAME keeps the data in that database (created when missing) and reuses it in the next
 * run: sizes below what it already holds are skipped, so build the curve once and re-measure its
 * end; drop it afterwards (`DROP DATABASE NAME`). Without it, a fresh schema is dropped at the end.
 * Exits 1 when a target is missed.
 */
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { salesReport } from '#sync/admin/report';
import { shiftsReport } from '#sync/admin/shifts-report';
import type { SyncEventOf } from '#sync/protocol/events';
import type { Database } from '#sync/server/db/database';
import { payloadColumn } from '#sync/server/db/event-payload';
import { migrate } from '#sync/server/db/migrate';
import { openPostgres } from '#sync/server/db/postgres';
import { createSyncServer } from '#sync/server/http/app';
import { createLogger } from '#sync/server/log';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { openTestDatabase, TEST_DATABASE_URL } from '../support/server-databases';
import { testShift } from '../support/shift-fixtures';
import { rosterNip, saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';

const SIZES = (process.env.PROVINCE_SALES ?? '0,1000000,2000000').split(',').map(Number);
const ASN_KEYS = Number(process.env.PROVINCE_ASN_KEYS ?? 1_000_000);
const KEPT_DATABASE = process.env.PROVINCE_DB;
const TILLS = 66;
const DAY_SALES = 55_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const CHUNK = 250_000;
/** Sales compressed per round trip while loading. */
const SUB_CHUNK = 25_000;
const PAGE = 5000;
const BATCH = 200;
const ROUNDS = 8;
const RUNS = 5;

/** The kept database (created when missing) or a fresh schema. */
async function openBenchDatabase(): Promise<{ db: Database; close(): Promise<void> }> {
  if (KEPT_DATABASE === undefined) return openTestDatabase('postgres', { poolSize: 10 });
  if (!/^[a-z_][a-z0-9_]*$/.test(KEPT_DATABASE))
    throw new Error(`PROVINCE_DB ${KEPT_DATABASE}: a plain lower-case name`);
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [KEPT_DATABASE]);
  if (rows.length === 0) await admin.query(`CREATE DATABASE ${KEPT_DATABASE}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${KEPT_DATABASE}`;
  const db = openPostgres(url.toString(), { max: 10 });
  await migrate(db);
  return { db, close: () => db.close() };
}

const test = await openBenchDatabase();
const { db } = test;
let missed = 0;
const report = (line: string, met: boolean) => {
  console.log(`${line}  ${met ? 'ok' : 'TARGET MISSED'}`);
  if (!met) missed++;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

interface HttpTill {
  terminalId: string;
  outletId: string;
  token: string;
}

try {
  const log = createLogger({ destination: { write: () => {} } });
  const server = await createSyncServer({ db, log });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { rows: built } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'bench_http_tills' AND schemaname = current_schema()",
  );
  if (built[0]!.n === 0) await setUp();
  const { rows: httpTills } = await db.query<HttpTill & { role: string }>(
    'SELECT role, terminal_id AS "terminalId", outlet_id AS "outletId", token FROM bench_http_tills',
  );
  const clean = httpTills.find((t) => t.role === 'clean')!;
  const gapped = httpTills.find((t) => t.role === 'gapped')!;
  const { rows: products } = await db.query<CatalogProduct>(
    'SELECT id, name, price FROM products ORDER BY natural_key',
  );
  const template = saleEvent({
    terminal: { id: clean.terminalId, outletId: clean.outletId },
    seq: 1,
    products,
  }).payload;
  const shiftTemplate = testShift({ id: clean.terminalId, outletId: clean.outletId }, new Date(START).toISOString(), {
    'note-50000': 2,
  });

  // Two tills enrolled over HTTP (one with a gap at seq 1 under all its history), 64 by SQL; the asn-totals keys.
  async function setUp() {
    await seedCatalog(db, 60);
    const enrol = async (name: string) => {
      const code = (await createEnrolmentCode(db, 'kota-kupang'))!.code;
      const response = await fetch(`${baseUrl}/v1/terminals/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, name }),
      });
      return (await response.json()) as HttpTill;
    };
    const tills = { clean: await enrol('Tanpa celah'), gapped: await enrol('Dengan celah') };
    await db.query('CREATE TABLE bench_state AS SELECT 0::bigint AS loaded');
    await db.query(
      `CREATE TABLE bench_http_tills AS SELECT * FROM json_to_recordset($1) AS t (role text, terminal_id text, outlet_id text, token text)`,
      [
        JSON.stringify(
          Object.entries(tills).map(([role, t]) => ({
            role,
            terminal_id: t.terminalId,
            outlet_id: t.outletId,
            token: t.token,
          })),
        ),
      ],
    );
    await db.query(
      `INSERT INTO terminals (id, outlet_id, name, token_hash)
       SELECT o.id || '-b' || n, o.id, 'Bench ' || n, md5(o.id || n) FROM outlets o, generate_series(1, 3) n WHERE NOT (o.id = 'kota-kupang' AND n < 3)`,
    );
    await db.query(
      `CREATE TABLE bench_tills AS
       SELECT row_number() OVER (ORDER BY t.id <> $1, t.id <> $2, t.id) - 1 AS n, t.id, t.outlet_id, (t.id = $2)::int AS seq_offset FROM terminals t`,
      [tills.clean.terminalId, tills.gapped.terminalId],
    );
    // Sale i: till i % 66, its seq i / 66 + 1 (+1 on the gapped till), at a year's rate from 1 January 08:00 WITA.
    await db.query(
      `CREATE FUNCTION bench_sales(a bigint, b bigint) RETURNS TABLE (
         i bigint, terminal_id text, outlet_id text, seq bigint, sale_id uuid, event_id uuid, receipt_no text, shift_id text,
         completed_at timestamptz, business_date date, month text, method text, day bigint
       ) LANGUAGE sql AS $$
         SELECT i, t.id, t.outlet_id, i / ${TILLS} + 1 + t.seq_offset, md5('sale' || i)::uuid, md5('event' || i)::uuid, t.id || '-' || lpad((i / ${TILLS} + 1)::text, 8, '0'),
           t.id || '-d' || (i / ${DAY_SALES}), at, (at AT TIME ZONE 'Asia/Makassar')::date, to_char(at AT TIME ZONE 'Asia/Makassar', 'YYYY-MM'),
           (ARRAY['cash', 'qris', 'debit'])[i % 3 + 1], i / ${DAY_SALES}
         FROM generate_series(a, b - 1) i JOIN bench_tills t ON t.n = i % ${TILLS},
           LATERAL (SELECT timestamptz '2026-01-01 08:00+08' + (i / ${DAY_SALES}) * interval '1 day' + (i % ${DAY_SALES}) * (interval '12 hours' / ${DAY_SALES}) AS at) w
       $$`,
    );
    // The asn-totals stream after a year: ASN_KEYS (NIP, month) keys.
    const started = performance.now();
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO asn_monthly_totals (month, nip, total, sale_count)
         SELECT to_char(date '2026-01-01' + (k % 12) * interval '1 month', 'YYYY-MM'), lpad((k / 12)::text, 18, '0'), 100000, 2 FROM generate_series(0, $1 - 1) k`,
        [ASN_KEYS],
      );
      await tx.query(
        `INSERT INTO stream_changes (stream, outlet_id, item_key, position)
         SELECT 'asn-totals', '', nip || ':' || month, nextval('stream_position_asn_totals') FROM asn_monthly_totals ORDER BY month, nip`,
      );
    });
    console.log(
      `loaded ${ASN_KEYS.toLocaleString('en')} asn-totals keys in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }

  // Payloads are compressed here, as the ingest stores them (db/event-payload.ts); the rest is SQL.
  const load = async (from: number, to: number) => {
    const lineDiscounts = template.lines.reduce((n, l) => n + l.discount, 0);
    const params = [JSON.stringify(template)];
    await db.transaction(async (tx) => {
      await tx.query('CREATE TEMP TABLE bench_chunk ON COMMIT DROP AS SELECT * FROM bench_sales($1, $2)', [from, to]);
      // The day's shift per till, opened at 07:55 WITA, with its shift.opened event.
      const { rows: days } = await tx.query<{
        terminal_id: string;
        outlet_id: string;
        shift_id: string;
        business_date: string;
        opened_at: Date;
      }>(
        `SELECT DISTINCT terminal_id, outlet_id, shift_id, business_date, business_date + time '07:55' AT TIME ZONE 'Asia/Makassar' AS opened_at
         FROM bench_chunk WHERE NOT EXISTS (SELECT 1 FROM shifts s WHERE s.id = shift_id)`,
      );
      const opened = days.map((d) => ({
        ...shiftTemplate,
        id: d.shift_id,
        terminalId: d.terminal_id,
        outletId: d.outlet_id,
        businessDate: d.business_date,
        openedAt: d.opened_at.toISOString(),
      }));
      await tx.query(
        `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, shift_id, payload_z, content_hash)
         SELECT md5(d.shift_id)::uuid, d.terminal_id, 1000000000 + row_number() OVER () + (SELECT count(*) FROM shifts), 'shift.opened', d.opened_at, now(), d.shift_id, d.z::bytea, 'bench'
         FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[]) AS d (shift_id, terminal_id, opened_at, z)`,
        [
          opened.map((o) => o.id),
          opened.map((o) => o.terminalId),
          opened.map((o) => o.openedAt),
          opened.map((o) => payloadColumn(o)),
        ],
      );
      await tx.query(
        `INSERT INTO shifts (id, event_id, outlet_id, terminal_id, cashier_id, cashier_name, opened_at, business_date, opening_float)
         SELECT d.id, md5(d.id)::uuid, d.outlet_id, d.terminal_id, 'kasir-maria', 'Maria', d.opened_at, d.business_date, 100000
         FROM json_to_recordset($1) AS d (id text, outlet_id text, terminal_id text, opened_at timestamptz, business_date date)`,
        [
          JSON.stringify(
            days.map((d) => ({
              id: d.shift_id,
              outlet_id: d.outlet_id,
              terminal_id: d.terminal_id,
              opened_at: d.opened_at,
              business_date: d.business_date,
            })),
          ),
        ],
      );
      for (let a = from; a < to; a += SUB_CHUNK) {
        const b = Math.min(to, a + SUB_CHUNK);
        const { rows: sales } = await tx.query<{
          i: number;
          sale_id: string;
          receipt_no: string;
          terminal_id: string;
          outlet_id: string;
          shift_id: string;
          completed_at: Date;
          business_date: string;
          method: 'cash' | 'qris' | 'debit';
        }>(
          'SELECT i, sale_id::text, receipt_no, terminal_id, outlet_id, shift_id, completed_at, business_date::text, method FROM bench_chunk WHERE i >= $1 AND i < $2',
          [a, b],
        );
        const payloads = sales.map((r) =>
          payloadColumn({
            ...template,
            id: r.sale_id,
            receiptNo: r.receipt_no,
            terminalId: r.terminal_id,
            outletId: r.outlet_id,
            shiftId: r.shift_id,
            completedAt: r.completed_at.toISOString(),
            businessDate: r.business_date,
            payments: [{ method: r.method, amount: template.total, tendered: template.total, reference: null }],
          }),
        );
        await tx.query(
          `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, shift_id, payload_z, content_hash)
           SELECT s.event_id, s.terminal_id, s.seq, 'sale.completed', s.completed_at, s.completed_at, s.shift_id, z.z::bytea, md5(s.event_id::text)
           FROM bench_chunk s JOIN unnest($1::bigint[], $2::text[]) AS z (i, z) USING (i)`,
          [sales.map((r) => r.i), payloads],
        );
      }
      await tx.query(
        `INSERT INTO sales (id, event_id, receipt_no, outlet_id, terminal_id, shift_id, cashier_id, cashier_name, completed_at, received_at, business_date,
           wita_month, subtotal, discount, total, change, asn_nip, asn_verified)
         SELECT sale_id, event_id, receipt_no, outlet_id, terminal_id, shift_id, 'kasir-maria', 'Maria', completed_at, completed_at, business_date, month,
           ($1::jsonb ->> 'subtotal')::bigint, ($1::jsonb ->> 'discount')::bigint, ($1::jsonb ->> 'total')::bigint, 0, NULL, NULL
         FROM bench_chunk`,
        params,
      );
      await tx.query(
        `INSERT INTO sale_lines (sale_id, line_no, product_id, barcode, name, supplier, category, unit, quantity, weight_grams, unit_price, discount, total)
         SELECT s.sale_id, l."lineNo", l."productId", l.barcode, l.name, l.supplier, l.category, l.unit, l.quantity, l."weightGrams", l."unitPrice", l.discount, l.total
         FROM bench_chunk s, jsonb_to_recordset($1::jsonb -> 'lines') AS l (
           "lineNo" int, "productId" text, barcode text, name text, supplier text, category text, unit text, quantity int, "weightGrams" int,
           "unitPrice" bigint, discount bigint, total bigint
         )`,
        params,
      );
      await tx.query(
        `INSERT INTO payments (sale_id, payment_no, method, amount, tendered, reference)
         SELECT sale_id, 1, method, ($1::jsonb ->> 'total')::bigint, ($1::jsonb ->> 'total')::bigint, NULL FROM bench_chunk`,
        params,
      );
      await tx.query(
        `INSERT INTO terminal_month_sales (month, terminal_id, outlet_id, sale_count, total, cash, qris, debit)
         SELECT month, terminal_id, outlet_id, count(*), sum(t), coalesce(sum(t) FILTER (WHERE method = 'cash'), 0),
           coalesce(sum(t) FILTER (WHERE method = 'qris'), 0), coalesce(sum(t) FILTER (WHERE method = 'debit'), 0)
         FROM (SELECT *, ($1::jsonb ->> 'total')::bigint AS t FROM bench_chunk) s GROUP BY month, terminal_id, outlet_id
         ON CONFLICT (month, terminal_id) DO UPDATE SET sale_count = terminal_month_sales.sale_count + excluded.sale_count,
           total = terminal_month_sales.total + excluded.total, cash = terminal_month_sales.cash + excluded.cash,
           qris = terminal_month_sales.qris + excluded.qris, debit = terminal_month_sales.debit + excluded.debit`,
        params,
      );
      await tx.query(
        `INSERT INTO shift_totals
         SELECT shift_id, count(*), sum(t), count(*) * $2::bigint, count(*) * ($1::jsonb ->> 'discount')::bigint, coalesce(sum(t) FILTER (WHERE method = 'cash'), 0),
           coalesce(sum(t) FILTER (WHERE method = 'qris'), 0), coalesce(sum(t) FILTER (WHERE method = 'debit'), 0), 0, 0, 0, 0, 0, 0, 0
         FROM (SELECT *, ($1::jsonb ->> 'total')::bigint AS t FROM bench_chunk) s GROUP BY shift_id
         ON CONFLICT (shift_id) DO UPDATE SET sale_count = shift_totals.sale_count + excluded.sale_count, net_sales = shift_totals.net_sales + excluded.net_sales,
           line_discounts = shift_totals.line_discounts + excluded.line_discounts, sale_discounts = shift_totals.sale_discounts + excluded.sale_discounts,
           sales_cash = shift_totals.sales_cash + excluded.sales_cash, sales_qris = shift_totals.sales_qris + excluded.sales_qris,
           sales_debit = shift_totals.sales_debit + excluded.sales_debit`,
        [...params, lineDiscounts],
      );
      // The tills' seq state as the ingest keeps it: the gapped till misses seq 1.
      await tx.query(
        `UPDATE terminals t SET max_seq = m.max_seq, high_water_seq = CASE WHEN t.id = $1 THEN 0 ELSE m.max_seq END
         FROM (SELECT terminal_id, max(seq) AS max_seq FROM bench_chunk GROUP BY terminal_id) m
         WHERE m.terminal_id = t.id AND m.max_seq > t.max_seq`,
        [gapped.terminalId],
      );
      await tx.query('UPDATE bench_state SET loaded = $1', [to]);
      await tx.query(`INSERT INTO seq_gaps (terminal_id, from_seq, to_seq) VALUES ($1, 1, 1) ON CONFLICT DO NOTHING`, [
        gapped.terminalId,
      ]);
    });
  };

  const seqs = { clean: 0, gapped: 0 };
  const push = async (till: typeof clean, key: 'clean' | 'gapped') => {
    const terminal = { id: till.terminalId, outletId: till.outletId };
    const events: SyncEventOf<'sale.completed'>[] = Array.from({ length: BATCH }, (_, i) => {
      const seq = ++seqs[key];
      return saleEvent({
        terminal,
        seq,
        products,
        firstProduct: seq % products.length,
        asnNip: i % 3 === 0 ? rosterNip(seq % 150_000) : undefined,
      });
    });
    const body = JSON.stringify({ events });
    return timed(async () => {
      const response = await fetch(`${baseUrl}/v1/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${till.token}`, 'content-type': 'application/json' },
        body,
      });
      const answer = (await response.json()) as { highWaterSeq: number };
      if (response.status !== 200) throw new Error(`push: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
      if (key === 'gapped' && answer.highWaterSeq !== 0) throw new Error('the gapped till lost its gap');
    });
  };

  const { rows: state } = await db.query<{ loaded: number }>('SELECT loaded FROM bench_state');
  let loaded = state[0]!.loaded;
  const first: { shifts?: number; month?: number } = {};
  const growth = (figure: number, base: number | undefined) =>
    base === undefined ? '' : `, ${(figure / base).toFixed(2)}× the first size`;
  for (const size of SIZES) {
    if (size < loaded) {
      console.log(
        `\n${size.toLocaleString('en')} sales: skipped, the kept database holds ${loaded.toLocaleString('en')} bulk-loaded sales`,
      );
      continue;
    }
    const started = performance.now();
    for (; loaded < size; loaded = Math.min(size, loaded + CHUNK)) await load(loaded, Math.min(size, loaded + CHUNK));
    const loadSeconds = (performance.now() - started) / 1000;
    await db.query('VACUUM ANALYZE');
    const { rows } = await db.query<{ sales: number; bytes: number; events: number }>(
      `SELECT (SELECT count(*) FROM sales)::int AS sales, pg_total_relation_size('events') AS events,
         (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r') AS bytes`,
    );
    const { sales, bytes, events } = rows[0]!;
    const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
    console.log(
      `\n${sales.toLocaleString('en')} sales (bulk-loaded in ${loadSeconds.toFixed(0)} s; the schema ${mb(bytes)}, events ${mb(events)}` +
        (sales > 0
          ? `; ${(bytes / sales / 1000).toFixed(2)} KB a sale in all, ${(events / sales / 1000).toFixed(2)} KB of it events)`
          : ')'),
    );

    const day =
      size > 0
        ? new Date(START + Math.floor((size - 1) / DAY_SALES) * 86_400_000).toISOString().slice(0, 10)
        : '2026-01-01';
    const shiftRuns: number[] = [];
    for (let r = 0; r < RUNS; r++) shiftRuns.push(await timed(() => shiftsReport(db, 'kota-kupang', day)));
    const shifts = median(shiftRuns);
    first.shifts ??= shifts;
    report(
      `  report shifts kota-kupang ${day}: ${ms(shifts)} (target ≤ 50 ms${growth(shifts, first.shifts)})`,
      shifts <= 50,
    );
    const monthRuns: number[] = [];
    for (let r = 0; r < RUNS; r++) monthRuns.push(await timed(() => salesReport(db, '2026-01')));
    const month = median(monthRuns);
    first.month ??= month;
    report(`  report 2026-01: ${ms(month)} (target ≤ 300 ms${growth(month, first.month)})`, month <= 300);

    // The HTTP tills' pushes continue their seqs; the next bulk load continues after them.
    const { rows: tills } = await db.query<{ id: string; max_seq: number }>(
      'SELECT id, max_seq FROM terminals WHERE id = ANY($1::text[])',
      [[clean.terminalId, gapped.terminalId]],
    );
    seqs.clean = tills.find((t) => t.id === clean.terminalId)!.max_seq;
    seqs.gapped = Math.max(1, tills.find((t) => t.id === gapped.terminalId)!.max_seq);
    const times = { clean: [] as number[], gapped: [] as number[] };
    await push(clean, 'clean');
    await push(gapped, 'gapped');
    for (let round = 0; round < ROUNDS; round++) {
      times.clean.push(await push(clean, 'clean'));
      times.gapped.push(await push(gapped, 'gapped'));
    }
    await db.query('UPDATE bench_tills SET seq_offset = seq_offset + $1 WHERE id = ANY($2::text[])', [
      BATCH * (ROUNDS + 1),
      [clean.terminalId, gapped.terminalId],
    ]);
    const ratio = median(times.gapped) / median(times.clean);
    report(
      `  push of ${BATCH} sales: ${ms(median(times.gapped))} by a till with a gap below its history, ${ms(median(times.clean))} without (the baseline); ratio ${ratio.toFixed(2)} (target ≤ 1.2) [median of ${ROUNDS}]`,
      ratio <= 1.2,
    );
  }

  // A new till's full download: server time is each request to its response's headers (the
  // server answers only once the whole page is built and compressed), the client's parsing apart.
  const auth = { authorization: `Bearer ${clean.token}`, 'accept-encoding': 'gzip' };
  let started = performance.now();
  let serverMs = 0;
  let keys = 0;
  let pages = 0;
  for (let cursor: string | undefined, more = true; more; pages++) {
    const query = new URLSearchParams({ limit: String(PAGE), ...(cursor ? { cursor } : {}) });
    const asked = performance.now();
    const response = await fetch(`${baseUrl}/v1/sync/pull/asn-totals?${query}`, { headers: auth });
    serverMs += performance.now() - asked;
    const page = (await response.json()) as { items: unknown[]; cursor: string; hasMore: boolean };
    keys += page.items.length;
    cursor = page.cursor;
    more = page.hasMore;
  }
  const downloadMs = performance.now() - started;
  // The floor: the same keys read straight from the table in pages of the same size, by key.
  started = performance.now();
  for (let after = ['', ''], read = PAGE; read === PAGE;) {
    const { rows } = await db.query<{ month: string; nip: string }>(
      'SELECT month, nip, total, sale_count FROM asn_monthly_totals WHERE (month, nip) > ($1, $2) ORDER BY month, nip LIMIT $3',
      [after[0], after[1], PAGE],
    );
    read = rows.length;
    if (read > 0) after = [rows.at(-1)!.month, rows.at(-1)!.nip];
  }
  const bareMs = performance.now() - started;
  report(
    `\nfull asn-totals download: ${keys.toLocaleString('en')} keys in ${pages} pages of ${PAGE.toLocaleString('en')}: ${(serverMs / 1000).toFixed(1)} s server time ` +
      `(target ≤ 30 s), ${(downloadMs / 1000).toFixed(1)} s with the client's parsing, over HTTP at loopback; a bare keyset read of the same keys: ${(bareMs / 1000).toFixed(1)} s`,
    serverMs <= 30_000 && keys >= ASN_KEYS,
  );
  server.closeAllConnections();
  server.close();
} finally {
  await test.close();
}
process.exit(missed === 0 ? 0 : 1);
