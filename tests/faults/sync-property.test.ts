/**
 * A property test over random interleavings of what a terminal and its network do: sales, pushes,
 * pulls, requests reset on the way up or down, answers lost after the server committed, requests
 * duplicated or arriving out of order, and the terminal crashing between the server's answer and
 * its own write. It drives the sync client (sync/client) in Node with its memory store, through
 * the main process's real request functions, the fault proxy, and a real server on PostgreSQL.
 *
 * After the network heals and the terminal syncs, the server holds exactly the terminal's events
 * by id, none twice, and every Rupiah total (per sale, per shift, per day, per ASN month) is the
 * same on both sides; the ASN totals the terminal pulled are the server's.
 */
import { nipKeys } from '#domain/asn/nip-key';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessMonth } from '#domain/wita';
import type { SyncConnection } from '#electron/sync/connection';
import { pullPage, pushBatch } from '#electron/sync/server-requests';
import { MemorySyncStore } from '#sync/client/memory-store';
import { pullStreams } from '#sync/client/pull-streams';
import { pushOutbox } from '#sync/client/push-outbox';
import type { SyncTransport } from '#sync/client/transport';
import { gzipText } from '#sync/client/gzip';
import type { SyncEventOf } from '#sync/protocol/events';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { rosterNip, saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { startTestServer, type TestServer } from '../support/sync-server';

let server: TestServer;
let proxy: FaultProxy;
let products: CatalogProduct[];
let run = 0;

beforeAll(async () => {
  server = await startTestServer('postgres');
  products = await seedCatalog(server.db, 15);
  proxy = await startFaultProxy(Number(new URL(server.baseUrl).port));
});
afterAll(async () => {
  await proxy?.close();
  await server?.close();
});

type Command =
  | { kind: 'sale'; lines: number; product: number; asn: number | null; shift: number; day: number }
  | { kind: 'push' }
  | { kind: 'pull' }
  | { kind: 'reset-request'; afterBytes: number }
  | { kind: 'reset-response'; afterBytes: number }
  | { kind: 'drop-response' }
  | { kind: 'duplicate'; which: number }
  | { kind: 'reorder'; from: number }
  | { kind: 'crash' };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('sale' as const),
      lines: fc.integer({ min: 1, max: 4 }),
      product: fc.nat(50),
      asn: fc.option(fc.integer({ min: 0, max: 3 })),
      shift: fc.nat(2),
      day: fc.nat(45),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ kind: 'push' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pull' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reset-request' as const),
      afterBytes: fc.integer({ min: 1, max: 3_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('reset-response' as const),
      afterBytes: fc.integer({ min: 1, max: 400 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'drop-response' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reorder' as const), from: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crash' as const }) },
);

/** UTC midnight 50 days ago: sales fall on its 46 days, all past, and the terminal is enrolled then. */
const FIRST_DAY = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 50 * 86_400_000;

/** A terminal that dies once the server has answered, before it writes down the answer. */
class Crash extends Error {}

async function play(commands: readonly Command[]): Promise<void> {
  run++;
  const enrolled = await server.enrol('kupang', `Properti ${run}`, new Date(FIRST_DAY).toISOString());
  const terminal = { id: enrolled.terminalId, outletId: enrolled.outletId };
  const connection: SyncConnection = {
    serverUrl: proxy.url,
    terminalId: enrolled.terminalId,
    outletId: enrolled.outletId,
    token: enrolled.token,
    enrolledAt: new Date().toISOString(),
  };
  const sent: Uint8Array[] = [];
  const transport: SyncTransport = {
    push: (body) => {
      sent.push(body);
      return pushBatch(connection, body, 'test');
    },
    pull: (stream, cursor, limit) => pullPage(connection, stream, cursor, limit),
  };
  const deps = { transport, now: () => new Date() };
  const store = new MemorySyncStore();
  const events: SyncEventOf<'sale.completed'>[] = [];
  // This run's own NIPs, so the province's ASN totals for them are this terminal's alone.
  const nips = [0, 1, 2, 3].map((k) => rosterNip(run * 4 + k));
  proxy.disarm();

  for (const c of commands) {
    switch (c.kind) {
      case 'sale': {
        const completedAt = new Date(FIRST_DAY + (2 + c.shift * 4) * 3_600_000 + c.day * 86_400_000).toISOString();
        const event = saleEvent({
          terminal,
          seq: events.length + 1,
          products,
          firstProduct: c.product,
          lineCount: c.lines,
          completedAt,
          shiftId: `shift-${c.day}-${c.shift}`,
          asnNip: c.asn === null ? undefined : nips[c.asn],
        });
        events.push(event);
        store.enqueue(event);
        break;
      }
      case 'push':
        await pushOutbox(store, deps);
        break;
      case 'pull':
        await pullStreams(store, deps, ['asn-totals']);
        break;
      case 'reset-request':
        proxy.arm({ resetRequestAfter: c.afterBytes });
        break;
      case 'reset-response':
        proxy.arm({ resetResponseAfter: c.afterBytes });
        break;
      case 'drop-response':
        proxy.arm({ dropResponse: true });
        break;
      case 'duplicate':
        // The network delivers an old request again, possibly long after later ones.
        if (sent.length > 0) await pushBatch(connection, sent[c.which % sent.length]!, 'test');
        break;
      case 'reorder': {
        // Later events of the queue arrive before earlier ones.
        const waiting = await store.waiting(1_000);
        if (waiting.length > 1)
          await pushBatch(
            connection,
            await gzipText(JSON.stringify({ events: waiting.slice(1 + (c.from % (waiting.length - 1))) })),
            'test',
          );
        break;
      }
      case 'crash': {
        const dying = Object.assign(Object.create(store) as MemorySyncStore, {
          settle: async () => {
            throw new Crash();
          },
        });
        await pushOutbox(dying, deps).catch((error: unknown) => {
          if (!(error instanceof Crash)) throw error;
        });
        break;
      }
    }
  }

  // The network heals; the terminal syncs until nothing waits.
  proxy.disarm();
  for (let round = 0; store.outbox.size > 0; round++) {
    if (round > 20) throw new Error(`outbox still holds ${store.outbox.size} events`);
    await pushOutbox(store, deps);
  }
  const pulled = await pullStreams(store, deps, ['asn-totals']);
  expect(pulled.failure).toBeNull();

  expect([...store.deadLetters.values()]).toEqual([]);
  expect(new Set(store.acks.keys())).toEqual(new Set(events.map((e) => e.id)));
  const { rows: held } = await server.db.query<{ id: string; n: number }>(
    'SELECT id::text, count(*)::int AS n FROM events WHERE terminal_id = $1 GROUP BY id',
    [terminal.id],
  );
  expect(held.every((r) => r.n === 1)).toBe(true);
  expect(new Set(held.map((r) => r.id))).toEqual(new Set(events.map((e) => e.id)));

  const local = totals(events.map((e) => e.payload));
  const { rows: sales } = await server.db.query<{
    id: string;
    total: number;
    shift_id: string;
    business_date: string;
    asn_nip: string | null;
    completed_at: Date;
  }>('SELECT id::text, total, shift_id, business_date::text, asn_nip, completed_at FROM sales WHERE terminal_id = $1', [
    terminal.id,
  ]);
  expect(
    totals(
      sales.map((s) => ({
        id: s.id,
        total: s.total,
        shiftId: s.shift_id,
        businessDate: s.business_date,
        asn: s.asn_nip ? { nip: s.asn_nip } : null,
        completedAt: s.completed_at.toISOString(),
      })),
    ),
  ).toEqual(local);

  const { rows: province } = await server.db.query<{ nip: string; month: string; total: number }>(
    'SELECT nip, month, total FROM asn_monthly_totals WHERE nip = ANY($1::text[])',
    [nips],
  );
  const provinceByMonth = Object.fromEntries(province.map((r) => [`${r.nip}|${r.month}`, r.total]));
  expect(provinceByMonth).toEqual(local.perAsnMonth);
  // The terminal holds each ASN's figure under the NIP's key only.
  const keys = await nipKeys(enrolled.asnKey, nips);
  const nipOf = new Map(keys.map((key, i) => [key, nips[i]!]));
  const pulledTotals = Object.fromEntries(
    store
      .items('asn-totals')
      .filter((t) => nipOf.has(t.nipKey))
      .map((t) => [`${nipOf.get(t.nipKey)}|${t.month}`, t.total]),
  );
  expect(pulledTotals).toEqual(local.perAsnMonth);
}

interface SaleFigures {
  id: string;
  total: number;
  shiftId: string | null;
  businessDate: string;
  completedAt: string;
  asn: { nip: string } | null;
}

/** Rupiah totals per sale, shift, day and ASN month. */
function totals(sales: readonly SaleFigures[]) {
  const add = (into: Record<string, number>, key: string, amount: number) => {
    into[key] = (into[key] ?? 0) + amount;
  };
  const result = {
    perSale: {} as Record<string, number>,
    perShift: {} as Record<string, number>,
    perDay: {} as Record<string, number>,
    perAsnMonth: {} as Record<string, number>,
  };
  for (const s of sales) {
    add(result.perSale, s.id, s.total);
    add(result.perShift, s.shiftId ?? '-', s.total);
    add(result.perDay, s.businessDate, s.total);
    if (s.asn) add(result.perAsnMonth, `${s.asn.nip}|${businessMonth(s.completedAt)}`, s.total);
  }
  return result;
}

describe('sync under random faults (fast-check)', () => {
  it('ends with exactly the terminal’s events on the server and equal totals', async () => {
    await fc.assert(fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40 }), play), { numRuns: 60 });
    // The network really misbehaved along the way.
    expect(proxy.fired.resetRequest).toBeGreaterThan(0);
    expect(proxy.fired.resetResponse).toBeGreaterThan(0);
    expect(proxy.fired.dropResponse).toBeGreaterThan(0);
  }, 240_000);
});
