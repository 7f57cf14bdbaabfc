/**
 * Throws thousands of malformed requests at every endpoint and checks the server never answers
 * 5xx, always explains a 4xx in the error body shape, and still answers afterwards.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '#sync/protocol/errors';
import { STREAMS } from '#sync/protocol/messages';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, seedCatalog } from '#tests/support/sync-fixtures';
import { startTestServer, type Reply, type TestServer } from '#tests/support/sync-server';

const RUNS = 1000;
/** A fixed seed keeps CI repeatable (the outcome coverage below depends on it); FUZZ_SEED explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);

/** Text PostgreSQL cannot store, hidden inside otherwise ordinary strings. */
const unstorableText = fc
  .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udfff'), fc.string({ maxLength: 8 }))
  .map((parts) => parts.join(''));
const weirdValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 30 }),
  { arbitrary: unstorableText, weight: 2 },
  fc.integer(),
  fc.double(),
  {
    arbitrary: fc.constantFrom(
      '',
      'x'.repeat(5000),
      -1,
      0,
      1e308,
      2 ** 31,
      2 ** 53,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      0.5,
      true,
      null,
      [],
      {},
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '1969-12-31T23:59:59Z',
      '2026-02-29',
      '00000000-0000-7000-8000-000000000000',
      'sale.completed',
      'cash',
      'kasir',
    ),
    weight: 3,
  },
);
const mutation = fc.record({ pick: fc.nat(), remove: fc.boolean(), value: weirdValue });

/** Every [container, key] inside a JSON value, the root's children first. */
function slots(value: unknown): [Record<string, unknown>, string][] {
  const found: [Record<string, unknown>, string][] = [];
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item !== null && typeof item === 'object') {
      for (const key of Object.keys(item)) {
        found.push([item as Record<string, unknown>, key]);
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
  }
  return found;
}

function mutate(base: unknown, mutations: { pick: number; remove: boolean; value: unknown }[]): unknown {
  const copy = structuredClone(base);
  for (const m of mutations) {
    const all = slots(copy);
    if (all.length === 0) break;
    const [container, key] = all[m.pick % all.length]!;
    if (m.remove && !Array.isArray(container)) delete container[key];
    else container[key] = m.value;
  }
  return copy;
}

function expectExplained4xx(reply: Reply, what: string) {
  expect(reply.status, `${what}: ${JSON.stringify(reply.body)}`).toBeLessThan(500);
  if (reply.status >= 400)
    expect(errorBodySchema.safeParse(reply.body).success, `${what}: ${JSON.stringify(reply.body)}`).toBe(true);
}

describe.each(DATABASE_KINDS)('malformed requests on %s', (kind) => {
  let server: TestServer;
  let token: string;
  /** A new valid batch (fresh ids, next seqs) each call, so mutations reach the business rules. */
  let freshBatch: () => { events: unknown[] };
  beforeAll(async () => {
    server = await startTestServer(kind);
    const products = await seedCatalog(server.db, 5);
    const t = await server.enrol('ende');
    token = t.token;
    const terminal = { id: t.terminalId, outletId: t.outletId };
    let seq = 0;
    freshBatch = () => ({
      events: [++seq, ++seq].map((n) => saleEvent({ terminal, seq: n, products, asnNip: '198609262015051001' })),
    });
  });
  afterAll(() => server.close());

  it('push: mutated sale batches are stored, quarantined or refused, never a 5xx', async () => {
    const outcomes = new Set<string>();
    let previous = freshBatch();
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(mutation, { maxLength: 4 }),
        fc.boolean(),
        async (repeat, mutations, gzip) => {
          if (!repeat) previous = freshBatch();
          const body = mutate(previous, mutations);
          const reply = await server.request('POST', '/v1/sync/push', { token, body, gzip });
          expectExplained4xx(reply, JSON.stringify(mutations).slice(0, 300));
          if (reply.status === 200)
            for (const r of reply.body.results)
              outcomes.add(r.status === 'stored' ? `stored${r.quarantined ? ', quarantined' : ''}` : r.status);
          else outcomes.add(String(reply.status));
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    // The mutations reach past validation into the business rules and the database, not only the schema.
    expect([...outcomes].sort()).toEqual(
      expect.arrayContaining(['400', 'duplicate', 'rejected', 'stored', 'stored, quarantined']),
    );
  });

  it('push and enrol: arbitrary bytes, JSON, encodings and content types get a 4xx', async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => gzipSync(b).subarray(0, Math.max(1, b.length % 40))),
    );
    const headers = fc.record({
      'content-type': fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        '',
        'application/x-www-form-urlencoded',
      ),
      'content-encoding': fc.constantFrom('gzip', 'identity', 'deflate', 'GZIP', ''),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/sync/push', '/v1/terminals/enroll'),
        body,
        headers,
        fc.boolean(),
        async (path, payload, h, gzip) => {
          const all = Object.fromEntries(Object.entries(h).filter(([, v]) => v !== ''));
          const reply = await server.request('POST', path, {
            token,
            body: payload,
            headers: all,
            gzip: gzip && all['content-encoding'] === undefined,
          });
          expectExplained4xx(reply, `${path} ${JSON.stringify(all)}`);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('enrol: mutated requests get a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = mutate({ code: 'ABCD-EFGH', name: 'Kasir 1', extra: { nested: [1] } }, mutations);
        expectExplained4xx(
          await server.request('POST', '/v1/terminals/enroll', { body }),
          JSON.stringify(body).slice(0, 200),
        );
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('pull, paths, methods and tokens: odd requests get a 4xx', async () => {
    const streamName = fc.oneof(fc.constantFrom(...STREAMS), fc.stringMatching(/^[a-z%.-]{0,12}$/));
    const query = fc.record({
      cursor: fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 60 }))),
      limit: fc.option(fc.oneof(fc.integer().map(String), fc.string({ maxLength: 6 }))),
    });
    const auth = fc.oneof(
      fc.constant(undefined),
      fc.constant('valid'),
      fc.string({ maxLength: 60 }),
      fc.constant('nttpos_' + 'A'.repeat(43)),
    );
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS');
    await fc.assert(
      fc.asyncProperty(
        streamName,
        query,
        auth,
        method,
        fc.constantFrom('pull', 'health', 'other'),
        async (stream, q, a, m, kindOfPath) => {
          const params = new URLSearchParams();
          if (q.cursor !== null) params.set('cursor', q.cursor);
          if (q.limit !== null) params.set('limit', q.limit);
          const path =
            kindOfPath === 'pull'
              ? `/v1/sync/pull/${stream}?${params}`
              : kindOfPath === 'health'
                ? `/v1/health?${params}`
                : `/v1/${stream}/${stream}`;
          const headers: Record<string, string> =
            a === undefined ? {} : { authorization: a === 'valid' ? `Bearer ${token}` : a.replace(/[\r\n\0]/g, '') };
          expectExplained4xx(await server.request(m, path, { headers }), `${m} ${path}`);
        },
      ),
      { numRuns: 2 * RUNS, seed: SEED },
    );
  });

  it('still answers afterwards', async () => {
    expect((await server.request('GET', '/v1/health')).status).toBe(200);
    expect(server.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
  });
});
