/**
 * The province's database as it grows (issue 13), on PostgreSQL (DATABASE_URL, else the local test
 * database). Sales are bulk-loaded in the server's own layout (events with their payloads, sales,
 * lines, payments, shifts and the month rollup) by SQL, a year's rate of 55,000 a day over 66
 * tills, and at each size of the curve (PROVINCE_SALES, default 0,1000000,2000000) it prints:
 * - `report shifts` of one outlet's day (target ≤ 50 ms);
 * - `report MONTH` of the first month (target ≤ 300 ms);
 * - a push of 200 sales by a till with a gap below its history beside one by a till without
 *   (target ≤ 1.2×), alternating, median of the rounds;
 * and once, with 1,000,000 asn-totals keys loaded, a new till's full download of them over HTTP
 * at loopback (target ≤ 30 s; client parsing included, so the server's share is below it).
 * Exits 1 when a target is missed.
 */
import type { AddressInfo } from 'node:net';
import { salesReport } from '../../sync/admin/report';
import { shiftsReport } from '../../sync/admin/shifts-report';
import type { SyncEventOf } from '../../sync/protocol/events';
import { createSyncServer } from '../../sync/server/http/app';
import { createLogger } from '../../sync/server/log';
import { createEnrolmentCode } from '../../sync/server/terminals/enrolment';
import { openTestDatabase } from '../support/server-databases';
import { testShift } from '../support/shift-fixtures';
import { rosterNip, saleEvent, seedCatalog } from '../support/sync-fixtures';

const SIZES = (process.env.PROVINCE_SALES ?? '0,1000000,2000000').split(',').map(Number);
const TILLS = 66;
const DAY_SALES = 55_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const CHUNK = 250_000;
const ASN_KEYS = Number(process.env.PROVINCE_ASN_KEYS ?? 1_000_000);
const BATCH = 200;
const ROUNDS = 8;
const RUNS = 5;

const test = await openTestDatabase('postgres', { poolSize: 10 });
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

try {
  const log = createLogger({ destination: { write: () => {} } });
  const server = await createSyncServer({ db, log });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const products = await seedCatalog(db, 60);

  // Two tills enrolled over HTTP (one with a gap at seq 1 under all its history), 64 by SQL.
  const enrol = async (name: string) => {
    const code = (await createEnrolmentCode(db, 'kota-kupang'))!.code;
    const response = await fetch(`${baseUrl}/v1/terminals/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, name }) });
    return (await response.json()) as { terminalId: string; outletId: string; token: string };
  };
  const clean = await enrol('Tanpa celah');
  const gapped = await enrol('Dengan celah');
  await db.query(
    `INSERT INTO terminals (id, outlet_id, name, token_hash)
     SELECT o.id || '-b' || n, o.id, 'Bench ' || n, md5(o.id || n) FROM outlets o, generate_series(1, 3) n WHERE NOT (o.id = 'kota-kupang' AND n < 3)`,
  );
  await db.query(
    `CREATE TABLE bench_tills AS
     SELECT row_number() OVER (ORDER BY t.id <> $1, t.id <> $2, t.id) - 1 AS n, t.id, t.outlet_id, (t.id = $2)::int AS seq_offset FROM terminals t`,
    [clean.terminalId, gapped.terminalId],
  );
  const template = saleEvent({ terminal: { id: clean.terminalId, outletId: clean.outletId }, seq: 1, products }).payload;
  const shiftTemplate = testShift({ id: clean.terminalId, outletId: clean.outletId }, new Date(START).toISOString(), { 'note-50000': 2 });
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

  const load = async (from: number, to: number) => {
    const params = [from, to, JSON.stringify(template)];
    await db.transaction(async (tx) => {
      // The day's shift per till, opened at 07:55 WITA, with its shift.opened event.
      await tx.query(
        `WITH days AS (SELECT DISTINCT terminal_id, outlet_id, shift_id, business_date, day FROM bench_sales($1, $2)),
         opened AS (
           INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
           SELECT md5(shift_id)::uuid, terminal_id, 1000000000 + day, 'shift.opened', business_date + time '07:55' AT TIME ZONE 'Asia/Makassar', now(),
             $3::jsonb || jsonb_build_object('id', shift_id, 'terminalId', terminal_id, 'outletId', outlet_id, 'businessDate', business_date,
               'openedAt', business_date + time '07:55' AT TIME ZONE 'Asia/Makassar'), 'bench'
           FROM days ON CONFLICT DO NOTHING RETURNING id
         )
         INSERT INTO shifts (id, event_id, outlet_id, terminal_id, cashier_id, cashier_name, opened_at, business_date, opening_float)
         SELECT shift_id, md5(shift_id)::uuid, outlet_id, terminal_id, 'kasir-maria', 'Maria', business_date + time '07:55' AT TIME ZONE 'Asia/Makassar', business_date, 100000
         FROM days ON CONFLICT DO NOTHING`,
        [from, to, JSON.stringify(shiftTemplate)],
      );
      await tx.query(
        `INSERT INTO events (id, terminal_id, seq, type, occurred_at, received_at, payload, content_hash)
         SELECT event_id, terminal_id, seq, 'sale.completed', completed_at, completed_at,
           $3::jsonb || jsonb_build_object('id', sale_id, 'receiptNo', receipt_no, 'terminalId', terminal_id, 'outletId', outlet_id, 'shiftId', shift_id,
             'completedAt', completed_at, 'businessDate', business_date,
             'payments', jsonb_build_array(jsonb_build_object('method', method, 'amount', ($3::jsonb ->> 'total')::bigint, 'tendered', ($3::jsonb ->> 'total')::bigint, 'reference', null))),
           md5(event_id::text)
         FROM bench_sales($1, $2)`,
        params,
      );
      await tx.query(
        `INSERT INTO sales (id, event_id, receipt_no, outlet_id, terminal_id, shift_id, cashier_id, cashier_name, completed_at, received_at, business_date,
           wita_month, subtotal, discount, total, change, asn_nip, asn_verified)
         SELECT sale_id, event_id, receipt_no, outlet_id, terminal_id, shift_id, 'kasir-maria', 'Maria', completed_at, completed_at, business_date, month,
           ($3::jsonb ->> 'subtotal')::bigint, ($3::jsonb ->> 'discount')::bigint, ($3::jsonb ->> 'total')::bigint, 0, NULL, NULL
         FROM bench_sales($1, $2)`,
        params,
      );
      await tx.query(
        `INSERT INTO sale_lines (sale_id, line_no, product_id, barcode, name, supplier, category, unit, quantity, weight_grams, unit_price, discount, total)
         SELECT s.sale_id, l."lineNo", l."productId", l.barcode, l.name, l.supplier, l.category, l.unit, l.quantity, l."weightGrams", l."unitPrice", l.discount, l.total
         FROM bench_sales($1, $2) s, jsonb_to_recordset($3::jsonb -> 'lines') AS l (
           "lineNo" int, "productId" text, barcode text, name text, supplier text, category text, unit text, quantity int, "weightGrams" int,
           "unitPrice" bigint, discount bigint, total bigint
         )`,
        params,
      );
      await tx.query(
        `INSERT INTO payments (sale_id, payment_no, method, amount, tendered, reference)
         SELECT sale_id, 1, method, ($3::jsonb ->> 'total')::bigint, ($3::jsonb ->> 'total')::bigint, NULL FROM bench_sales($1, $2)`,
        params,
      );
      await tx.query(
        `INSERT INTO terminal_month_sales (month, terminal_id, outlet_id, sale_count, total, cash, qris, debit)
         SELECT month, terminal_id, outlet_id, count(*), sum(t), coalesce(sum(t) FILTER (WHERE method = 'cash'), 0),
           coalesce(sum(t) FILTER (WHERE method = 'qris'), 0), coalesce(sum(t) FILTER (WHERE method = 'debit'), 0)
         FROM (SELECT *, ($3::jsonb ->> 'total')::bigint AS t FROM bench_sales($1, $2)) s GROUP BY month, terminal_id, outlet_id
         ON CONFLICT (month, terminal_id) DO UPDATE SET sale_count = terminal_month_sales.sale_count + excluded.sale_count,
           total = terminal_month_sales.total + excluded.total, cash = terminal_month_sales.cash + excluded.cash,
           qris = terminal_month_sales.qris + excluded.qris, debit = terminal_month_sales.debit + excluded.debit`,
        params,
      );
      // The tills' seq state as the ingest keeps it: the gapped till misses seq 1.
      await tx.query(
        `UPDATE terminals t SET max_seq = m.max_seq, high_water_seq = CASE WHEN b.seq_offset = 1 THEN 0 ELSE m.max_seq END
         FROM (SELECT terminal_id, max(seq) AS max_seq FROM events WHERE type = 'sale.completed' GROUP BY terminal_id) m, bench_tills b
         WHERE m.terminal_id = t.id AND b.id = t.id`,
      );
      await tx.query(`INSERT INTO seq_gaps (terminal_id, from_seq, to_seq) VALUES ($1, 1, 1) ON CONFLICT DO NOTHING`, [gapped.terminalId]);
    });
  };

  // The asn-totals stream after a year: 1,000,000 (NIP, month) keys.
  let started = performance.now();
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
  console.log(`loaded ${ASN_KEYS.toLocaleString('en')} asn-totals keys in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const seqs = { clean: 0, gapped: 0 };
  const push = async (till: typeof clean, key: 'clean' | 'gapped') => {
    const terminal = { id: till.terminalId, outletId: till.outletId };
    const events: SyncEventOf<'sale.completed'>[] = Array.from({ length: BATCH }, (_, i) => {
      const seq = ++seqs[key];
      return saleEvent({ terminal, seq, products, firstProduct: seq % products.length, asnNip: i % 3 === 0 ? rosterNip(seq % 150_000) : undefined });
    });
    const body = JSON.stringify({ events });
    return timed(async () => {
      const response = await fetch(`${baseUrl}/v1/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${till.token}`, 'content-type': 'application/json' }, body });
      const answer = (await response.json()) as { highWaterSeq: number };
      if (response.status !== 200) throw new Error(`push: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
      if (key === 'gapped' && answer.highWaterSeq !== 0) throw new Error('the gapped till lost its gap');
    });
  };

  let loaded = 0;
  for (const size of SIZES) {
    started = performance.now();
    for (; loaded < size; loaded = Math.min(size, loaded + CHUNK)) await load(loaded, Math.min(size, loaded + CHUNK));
    await db.query('ANALYZE');
    const { rows } = await db.query<{ sales: number; bytes: string; payload: string }>(
      `SELECT (SELECT count(*) FROM sales)::int AS sales, pg_size_pretty(pg_database_size(current_database())) AS bytes,
         pg_size_pretty(pg_total_relation_size('events')) AS payload`,
    );
    console.log(`\n${rows[0]!.sales.toLocaleString('en')} sales (loaded in ${((performance.now() - started) / 1000).toFixed(0)} s; database ${rows[0]!.bytes}, events ${rows[0]!.payload})`);

    const day = size > 0 ? new Date(START + Math.floor((size - 1) / DAY_SALES) * 86_400_000).toISOString().slice(0, 10) : '2026-01-01';
    const shiftRuns: number[] = [];
    for (let r = 0; r < RUNS; r++) shiftRuns.push(await timed(() => shiftsReport(db, 'kota-kupang', day)));
    const shifts = median(shiftRuns);
    report(`  report shifts kota-kupang ${day}: ${ms(shifts)} (target ≤ 50 ms)`, shifts <= 50);
    const month: number[] = [];
    for (let r = 0; r < RUNS; r++) month.push(await timed(() => salesReport(db, '2026-01')));
    report(`  report 2026-01: ${ms(median(month))} (target ≤ 300 ms)`, median(month) <= 300);

    // The HTTP tills' pushes continue their seqs; the next bulk load continues after them.
    const { rows: tills } = await db.query<{ id: string; max_seq: number }>('SELECT id, max_seq FROM terminals WHERE id = ANY($1::text[])', [[clean.terminalId, gapped.terminalId]]);
    seqs.clean = tills.find((t) => t.id === clean.terminalId)!.max_seq;
    seqs.gapped = Math.max(1, tills.find((t) => t.id === gapped.terminalId)!.max_seq);
    const times = { clean: [] as number[], gapped: [] as number[] };
    await push(clean, 'clean');
    await push(gapped, 'gapped');
    for (let round = 0; round < ROUNDS; round++) {
      times.clean.push(await push(clean, 'clean'));
      times.gapped.push(await push(gapped, 'gapped'));
    }
    await db.query('UPDATE bench_tills SET seq_offset = seq_offset + $1 WHERE id = ANY($2::text[])', [BATCH * (ROUNDS + 1), [clean.terminalId, gapped.terminalId]]);
    const ratio = median(times.gapped) / median(times.clean);
    report(
      `  push of ${BATCH} sales: ${ms(median(times.gapped))} by a till with a gap below its history, ${ms(median(times.clean))} without; ratio ${ratio.toFixed(2)} (target ≤ 1.2) [median of ${ROUNDS}]`,
      ratio <= 1.2,
    );
  }

  const auth = { authorization: `Bearer ${clean.token}` };
  started = performance.now();
  let keys = 0;
  let pages = 0;
  for (let cursor: string | undefined, more = true; more; pages++) {
    const query = new URLSearchParams({ limit: '5000', ...(cursor ? { cursor } : {}) });
    const page = (await (await fetch(`${baseUrl}/v1/sync/pull/asn-totals?${query}`, { headers: auth })).json()) as { items: unknown[]; cursor: string; hasMore: boolean };
    keys += page.items.length;
    cursor = page.cursor;
    more = page.hasMore;
  }
  const downloadMs = performance.now() - started;
  report(
    `\nfull asn-totals download: ${keys.toLocaleString('en')} keys in ${pages} pages of 5,000 in ${(downloadMs / 1000).toFixed(1)} s over HTTP at loopback (target ≤ 30 s)`,
    downloadMs <= 30_000 && keys >= ASN_KEYS,
  );
  server.closeAllConnections();
  server.close();
} finally {
  await test.close();
}
process.exit(missed === 0 ? 0 : 1);
