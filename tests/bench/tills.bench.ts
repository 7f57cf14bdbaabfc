/**
 * `npm run bench tills`: two tills of one outlet (issue 18), each its own chromium with its own
 * IndexedDB, enrolled against the server as a separate process on PostgreSQL (DATABASE_URL, else
 * 127.0.0.1:5432/test), both selling through the register with the sync client pushing after each
 * sale. In the same run, in rounds: till A sells alone in its outlet, till B sells alone, then both
 * sell at once; each till's complete-sale commit (pos:sale-commit, strict durability) when both
 * sell, against its own figure alone. Real tills are PCs of their own; here both share this
 * machine's cores and disk, so while a till sells alone a third chromium in mode latihan (no outlet,
 * no sync) sells at the same pace beside it, and the ratio measures what selling in one outlet adds
 * (the server, its pushes and pulls), not the second browser on the machine. The figure on a quiet
 * machine is printed too. Then every sale must have reached the province exactly once.
 * Targets: neither till's commit p95 at once ÷ alone (beside the load) ≤ 1.2; every sale stored
 * once, none missing.
 * Exits 1 when a target is missed.
 */
import { addStaff } from '#sync/admin/staff';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { openTestDatabase } from '../support/server-databases';
import { serverProcess } from '../support/server-process';
import { seedCatalog } from '../support/sync-fixtures';
import { openShift, readyToSell, startTerminal, type Terminal } from '../support/terminal';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { enrolThroughScreen, sell } from '../support/terminal-data';
import { until } from '../support/until';
import { percentile } from './in-page';

const MANAGER = { name: 'Benediktus Manajer', pin: '314159' };
const SALES = 30;
const ROUNDS = 3;
const LINES = 3;
const TARGET = 1.2;

let missed = 0;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
const line = (label: string, values: number[]) =>
  console.log(
    `${label.padEnd(40)} p50 ${fmt(percentile(values, 50)).padStart(9)}   p95 ${fmt(percentile(values, 95)).padStart(9)}   (n=${values.length})`,
  );

const database = await openTestDatabase('postgres', { poolSize: 10 });
const server = await serverProcess(database.url!);
const tills: Terminal[] = [];
try {
  await seedCatalog(database.db, 60);
  const codes = (
    await database.db.query<{ barcode: string }>('SELECT barcode FROM products ORDER BY barcode')
  ).rows.map((r) => r.barcode);
  await addStaff(database.db, 'ende', MANAGER.name, 'manager', MANAGER.pin);
  await server.start();
  tills.push(await startTerminal(), await startTerminal());
  const load = await startTerminal();
  await readyToSell(load.page);
  const demoCodes = DEMO_CATALOG.flatMap((p) => (p.barcode ? [p.barcode] : []));
  for (const till of tills) {
    await enrolThroughScreen(till.page, server.url, (await createEnrolmentCode(database.db, 'ende'))!.code, MANAGER);
    await openShift(till.page);
  }
  const [a, b] = tills as [Terminal, Terminal];

  /** The till sells `SALES` sales of `LINES` lines; the commits it measured meanwhile. */
  const sellMany = async (till: Terminal, offset: number, from = codes): Promise<number[]> => {
    const before = await commitCount(till);
    for (let s = 0; s < SALES; s++)
      await sell(
        till.page,
        Array.from({ length: LINES }, (_, l) => from[(offset + s * LINES + l) % from.length]!),
      );
    return (await commitTimes(till)).slice(before);
  };
  // A warm-up sale each: the first commit opens stores and compiles code.
  for (const till of tills) await sell(till.page, codes.slice(0, LINES));
  const quietA = await sellMany(a, 1);
  const aloneA: number[] = [];
  const aloneB: number[] = [];
  const togetherA: number[] = [];
  const togetherB: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    aloneA.push(...(await Promise.all([sellMany(a, round), sellMany(load, round, demoCodes)]))[0]);
    aloneB.push(...(await Promise.all([sellMany(b, round), sellMany(load, round, demoCodes)]))[0]);
    const [both1, both2] = await Promise.all([sellMany(a, round + 5), sellMany(b, round + 9)]);
    togetherA.push(...both1);
    togetherB.push(...both2);
  }
  await load.close();

  console.log(`\ntwo tills of Ende, ${SALES} sales of ${LINES} lines a phase, ${ROUNDS} rounds, syncing as they sell`);
  line('till A commit, alone, quiet machine', quietA);
  line('till A commit, alone beside the load', aloneA);
  line('till A commit, both selling', togetherA);
  line('till B commit, alone beside the load', aloneB);
  line('till B commit, both selling', togetherB);
  for (const [name, alone, together] of [
    ['A', aloneA, togetherA],
    ['B', aloneB, togetherB],
  ] as const) {
    const ratio = percentile(together, 95) / percentile(alone, 95);
    const met = ratio <= TARGET;
    if (!met) missed++;
    console.log(
      `${`till ${name} p95 both ÷ alone (target ≤ ${TARGET})`.padEnd(40)} ${ratio.toFixed(2)}×  ${met ? 'ok' : 'TARGET MISSED'}`,
    );
  }

  // For reading the ratios: how much of the difference is the machine (two browsers on its cores and disk).
  console.log(
    `${'till A p95 both ÷ alone, quiet machine'.padEnd(40)} ${(percentile(togetherA, 95) / percentile(quietA, 95)).toFixed(2)}×  (no target: both tills share this machine)`,
  );

  // Every sale at the province once: as many stored sale events as sales made, no two for one sale.
  const made = tills.length * (1 + 2 * ROUNDS * SALES) + SALES;
  const started = performance.now();
  const stored = async () =>
    (
      await database.db.query<{ events: number; sales: number; tills: number }>(
        `SELECT (SELECT count(*)::int FROM events WHERE type = 'sale.completed') AS events,
           count(*)::int AS sales, count(DISTINCT terminal_id)::int AS tills FROM sales WHERE outlet_id = 'ende'`,
      )
    ).rows[0]!;
  await until(async () => (await stored()).events >= made, 'every sale at the province', 60_000);
  const { events, sales, tills: selling } = await stored();
  const once = events === made && sales === made && selling === tills.length;
  if (!once) missed++;
  console.log(
    `${'sales at the province'.padEnd(40)} ${sales} sales of ${made} made, ${events} sale events, from ${selling} tills (in ${((performance.now() - started) / 1000).toFixed(1)} s after the last)  ${once ? 'ok' : 'TARGET MISSED'}`,
  );
} finally {
  for (const till of tills) await till.close();
  await server.stop();
  await database.close();
}
process.exit(missed === 0 ? 0 : 1);

function commitTimes(till: Terminal): Promise<number[]> {
  return till.page.evaluate(() => performance.getEntriesByName('pos:sale-commit').map((e) => e.duration));
}

async function commitCount(till: Terminal): Promise<number> {
  return (await commitTimes(till)).length;
}
