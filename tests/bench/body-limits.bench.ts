/**
 * The event loop's worst delay while hostile gzip bodies (nesting 4 million deep, millions of
 * zeros or empty objects, 1,000 events of 500 empty lines) hit the enrolment and push endpoints,
 * four of each at once, on PostgreSQL (DATABASE_URL, else the local test database); beside the
 * same measurement while only /v1/health is asked, in the same run. Target: worst delay under
 * 100 ms beyond the idle run's worst (a shared machine has pauses of its own). Exits 1 when missed.
 */
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSyncServer } from '#sync/server/http/app';
import { createLogger } from '#sync/server/log';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { emptyLinesPush, hostileGzipBodies } from '../support/hostile-bodies';
import { openTestDatabase } from '../support/server-databases';
import { saleEvent, seedCatalog } from '../support/sync-fixtures';

const PARALLEL = 4;
const ROUNDS = 3;
const TARGET_MS = 100;

const test = await openTestDatabase('postgres');
let missed: boolean;
try {
  // The enrolment limit would soon answer 429 without reading a body: every body is read here.
  const server = await createSyncServer({
    db: test.db,
    log: createLogger({ destination: { write: () => {} } }),
    enrolLimit: { attempts: 1_000_000, windowMs: 60_000 },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const products = await seedCatalog(test.db, 6);
  const code = (await createEnrolmentCode(test.db, 'alor'))!.code;
  const enrolled = (await (
    await fetch(`${baseUrl}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Bench' }),
    })
  ).json()) as { terminalId: string; outletId: string; token: string };
  const event = saleEvent({ terminal: { id: enrolled.terminalId, outletId: enrolled.outletId }, seq: 1, products });
  const bodies = [...Object.values(hostileGzipBodies), emptyLinesPush(event)];

  const post = (path: string, body: Buffer, token?: string) =>
    fetch(baseUrl + path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: new Uint8Array(body),
    }).then((r) => r.status);
  const health = async (until: Promise<unknown>) => {
    let done = false;
    void until.finally(() => (done = true));
    let answered = 0;
    while (!done) {
      if ((await fetch(`${baseUrl}/v1/health`)).ok) answered++;
    }
    return answered;
  };
  /** Worst event-loop delay (ms) while `load` runs, health checks alongside. */
  const worstDelay = async (load: () => Promise<unknown>) => {
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const work = load();
    const answered = await health(work);
    await work;
    histogram.disable();
    return { worstMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, answered };
  };
  const figures = (r: { worstMs: number; p99Ms: number; answered: number }) =>
    `worst event-loop delay ${r.worstMs.toFixed(1)} ms (p99 ${r.p99Ms.toFixed(1)} ms), ${r.answered} health answers`;

  // Warm-up: every code path once, so the measurement sees no first-call compilation.
  await worstDelay(() => Promise.all(bodies.map((body) => post('/v1/sync/push', body, enrolled.token))));

  const idle = await worstDelay(() => new Promise((resolve) => setTimeout(resolve, 2000)));
  const statuses = new Set<number>();
  const attacked = await worstDelay(async () => {
    for (let round = 0; round < ROUNDS; round++) {
      for (const body of bodies) {
        const replies = await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) =>
            i % 2 === 0 ? post('/v1/terminals/enroll', body) : post('/v1/sync/push', body, enrolled.token),
          ),
        );
        replies.forEach((s) => statuses.add(s));
      }
    }
  });
  const beyondIdle = attacked.worstMs - idle.worstMs;
  console.log(`idle (health checks only): ${figures(idle)}`);
  console.log(
    `hostile bodies (${bodies.length} kinds × ${PARALLEL} at once × ${ROUNDS}): ${figures(attacked)}, statuses ${[...statuses].sort().join(', ')}`,
  );
  console.log(
    `  worst beyond idle: ${beyondIdle.toFixed(1)} ms (ratio ${(attacked.worstMs / Math.max(idle.worstMs, 1)).toFixed(2)})  target < ${TARGET_MS} ms: ${beyondIdle < TARGET_MS ? 'ok' : 'TARGET MISSED'}`,
  );
  missed = beyondIdle >= TARGET_MS || [...statuses].some((s) => s < 400 || s >= 500);
  server.closeAllConnections();
  server.close();
} finally {
  await test.close();
}
process.exit(missed ? 1 : 0);
