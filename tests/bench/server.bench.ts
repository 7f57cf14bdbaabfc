/**
 * Sync server figures on PostgreSQL (DATABASE_URL, else the local test database), each beside
 * its target:
 * - push ingest over HTTP, batches of 200 sales × 3 lines, against the same rows inserted into
 *   the same tables in one transaction by the ingest's own insert method (json_populate_recordset,
 *   db/insert-rows.ts), in the same run (target ratio ≥ 0.5). Not against INSERT ... VALUES, which
 *   is about half as fast and so flattered the ratio;
 * - import of a 150,000-row ASN roster CSV, parse to commit (target ≤ 10 s);
 * - full pull of a 20,000-product catalog over HTTP (target ≤ 3 s).
 * Exits 1 when a target is missed.
 */
import type { AddressInfo } from 'node:net';
import { importAsnRoster } from '#sync/admin/import-asn';
import type { SyncEventOf } from '#sync/protocol/events';
import { insertRows } from '#sync/server/db/insert-rows';
import { eventRow } from '#sync/server/ingest/ingest';
import { saleRows } from '#sync/server/ingest/sale-completed';
import { createSyncServer } from '#sync/server/http/app';
import { createLogger } from '#sync/server/log';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { openTestDatabase } from '../support/server-databases';
import { rosterCsv, rosterNip, saleEvent, seedCatalog } from '../support/sync-fixtures';

const BATCH = 200;
/** Rounds of one batch per way: fine interleaving, so load from other processes hits all ways alike. */
const ROUNDS = 20;
const ROSTER_ROWS = 150_000;
const CATALOG_ROWS = 20_000;
const PULL_LIMIT = 1000;

const test = await openTestDatabase('postgres', { poolSize: 10 });
const { db } = test;
let missed = 0;
const report = (line: string, met: boolean) => {
  console.log(`${line}  ${met ? 'ok' : 'TARGET MISSED'}`);
  if (!met) missed++;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  // Request logs are written as in production, to a sink, so their cost counts.
  const log = createLogger({ destination: { write: () => {} } });
  const server = await createSyncServer({ db, log });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // ASN roster: 150,000 rows through the admin import.
  const roster150k = rosterCsv(ROSTER_ROWS);
  let started = performance.now();
  const roster = await importAsnRoster(db, roster150k);
  const rosterMs = performance.now() - started;
  if (roster.created !== ROSTER_ROWS || roster.problems.length > 0)
    throw new Error(`roster import: ${JSON.stringify({ ...roster, problems: roster.problems.slice(0, 3) })}`);
  report(
    `ASN roster import: ${ROSTER_ROWS.toLocaleString('en')} rows in ${seconds(rosterMs)} (target ≤ 10 s)`,
    rosterMs <= 10_000,
  );
  started = performance.now();
  await importAsnRoster(db, roster150k);
  console.log(`  re-import of the same file (all unchanged): ${seconds(performance.now() - started)}`);

  // Catalog: 20,000 products, then a terminal pulls all of them.
  const products = await seedCatalog(db, CATALOG_ROWS);
  const code = (await createEnrolmentCode(db, 'manggarai-barat'))!.code;
  const enrolled = (await (
    await fetch(`${baseUrl}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Bench' }),
    })
  ).json()) as {
    terminalId: string;
    outletId: string;
    token: string;
  };
  const auth = { authorization: `Bearer ${enrolled.token}` };
  started = performance.now();
  let pulled = 0;
  let pages = 0;
  for (let cursor: string | undefined, more = true; more; pages++) {
    const query = new URLSearchParams({ limit: String(PULL_LIMIT), ...(cursor ? { cursor } : {}) });
    const page = (await (await fetch(`${baseUrl}/v1/sync/pull/products?${query}`, { headers: auth })).json()) as {
      items: unknown[];
      cursor: string;
      hasMore: boolean;
    };
    pulled += page.items.length;
    cursor = page.cursor;
    more = page.hasMore;
  }
  const pullMs = performance.now() - started;
  if (pulled !== CATALOG_ROWS) throw new Error(`pulled ${pulled} products`);
  report(
    `full pull: ${CATALOG_ROWS.toLocaleString('en')} products in ${pages} pages of ${PULL_LIMIT} (gzip) in ${seconds(pullMs)} (target ≤ 3 s)`,
    pullMs <= 3_000,
  );

  // Push ingest beside a bare insert of the same rows the ingest's way, alternating so drift hits both.
  const terminal = { id: enrolled.terminalId, outletId: enrolled.outletId };
  let seq = 0;
  const makeBatch = (): SyncEventOf<'sale.completed'>[] =>
    Array.from({ length: BATCH }, (_, i) => {
      seq++;
      return saleEvent({
        terminal,
        seq,
        products,
        firstProduct: (seq * 7) % products.length,
        asnNip: i % 3 === 0 ? rosterNip(seq % ROSTER_ROWS) : undefined,
      });
    });
  // The terminal serialises its batch; the server's work starts at the request.
  const push = async (events: SyncEventOf<'sale.completed'>[]) => {
    const body = JSON.stringify({ events });
    const started = performance.now();
    const response = await fetch(`${baseUrl}/v1/sync/push`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as { results: { status: string; quarantined?: boolean }[] };
    if (response.status !== 200 || answer.results.some((r) => r.status !== 'stored' || r.quarantined))
      throw new Error(`push failed: ${response.status} ${JSON.stringify(answer).slice(0, 300)}`);
    return performance.now() - started;
  };
  const timed = async (work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };
  const ways: Record<'push' | 'recordset', (batch: SyncEventOf<'sale.completed'>[]) => Promise<number>> = {
    push,
    recordset: (batch) =>
      timed(() => db.transaction((tx) => insertRows(tx, Object.fromEntries(baselineRows(terminal, batch))))),
  };
  for (const way of Object.values(ways)) await way(makeBatch());
  const times = { push: [] as number[], recordset: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const way of ['recordset', 'push'] as const) times[way].push(await ways[way](makeBatch()));
  }
  // The median batch: a burst of load from another process moves it less than it moves a sum.
  const rate = (way: keyof typeof times) =>
    BATCH / ([...times[way]].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]! / 1000);
  const fmt = (way: keyof typeof times) => `${Math.round(rate(way)).toLocaleString('en')} sales/s`;
  report(
    `push ingest: ${fmt('push')} over HTTP; the same rows inserted by the ingest's own method (json_populate_recordset, one transaction): ${fmt('recordset')}; ratio ${(rate('push') / rate('recordset')).toFixed(2)} (target ≥ 0.5) [median of ${ROUNDS} batches of ${BATCH} sales × 3 lines each way, 1 sale in 3 with an ASN]`,
    rate('push') / rate('recordset') >= 0.5,
  );
  server.closeAllConnections();
  server.close();
} finally {
  await test.close();
}
process.exit(missed === 0 ? 0 : 1);

/** The same events, sales, lines and payments rows as the ingest writes, and nothing else. */
function baselineRows(terminal: { id: string; outletId: string }, events: SyncEventOf<'sale.completed'>[]) {
  const receivedAt = new Date();
  const sales = events.map((e) => saleRows(e.id, e.payload, receivedAt));
  return [
    ['events', events.map((e) => eventRow(e, { terminal, receivedAt }, 'baseline', []))],
    ['sales', sales.map((r) => r.sale)],
    ['sale_lines', sales.flatMap((r) => r.lines)],
    ['payments', sales.flatMap((r) => r.payments)],
  ] as const;
}
