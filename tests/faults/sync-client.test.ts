/**
 * The sync client's rules against a real server (in-process, PostgreSQL), driven in Node with its
 * memory store and the main process's request functions: what becomes a dead letter and why, how
 * batches are cut, the staged and resumable full download, a cursor from another database, and the
 * terminal's clock against the server's.
 */
import { nipKeys } from '#domain/asn/nip-key';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncConnection } from '#electron/sync/connection';
import { pullPage, pushBatch } from '#electron/sync/server-requests';
import { importAsnRoster } from '#sync/admin/import-asn';
import { importCatalog } from '#sync/admin/import-catalog';
import { includedInPulled } from '#sync/client/ack-coverage';
import { clockSkewMs, clockWarning } from '#sync/client/clock';
import { MemorySyncStore } from '#sync/client/memory-store';
import { pullStreams } from '#sync/client/pull-streams';
import { pushOutbox } from '#sync/client/push-outbox';
import type { SyncTransport } from '#sync/client/transport';
import type { SyncEventOf } from '#sync/protocol/events';
import type { StreamName } from '#sync/protocol/messages';
import { encodeCursor } from '#sync/server/streams/cursor';
import { rosterCsv, saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { startTestServer, type TestServer } from '../support/sync-server';

let server: TestServer;
let products: CatalogProduct[];
const ROSTER = 12_000;

beforeAll(async () => {
  server = await startTestServer('postgres');
  products = await seedCatalog(server.db, 10);
  await importAsnRoster(server.db, rosterCsv(ROSTER));
}, 60_000);
afterAll(() => server.close());

interface Client {
  terminal: { id: string; outletId: string };
  store: MemorySyncStore;
  connection: SyncConnection;
  transport: SyncTransport;
  requests: { stream: StreamName | 'push'; cursor: string | null }[];
  now: () => Date;
  asnKey: string;
}

async function client(): Promise<Client> {
  const enrolled = await server.enrol('alor');
  const connection: SyncConnection = {
    serverUrl: server.baseUrl,
    terminalId: enrolled.terminalId,
    outletId: enrolled.outletId,
    token: enrolled.token,
    enrolledAt: new Date().toISOString(),
  };
  const requests: Client['requests'] = [];
  return {
    terminal: { id: enrolled.terminalId, outletId: enrolled.outletId },
    store: new MemorySyncStore(),
    connection,
    requests,
    now: () => new Date(),
    asnKey: enrolled.asnKey,
    transport: {
      push: (body) => {
        requests.push({ stream: 'push', cursor: null });
        return pushBatch(connection, body, 'test');
      },
      pull: (stream, cursor, limit) => {
        requests.push({ stream, cursor });
        return pullPage(connection, stream, cursor, limit);
      },
    },
  };
}

const sales = (c: Client, count: number, from = 1): SyncEventOf<'sale.completed'>[] =>
  Array.from({ length: count }, (_, i) => saleEvent({ terminal: c.terminal, seq: from + i, products }));

describe('pushing the outbox', () => {
  it('cuts the queue into batches of 200 in seq order and acknowledges each event', async () => {
    const c = await client();
    for (const event of sales(c, 450)) c.store.enqueue(event);
    const report = await pushOutbox(c.store, c);
    expect(report).toMatchObject({ acknowledged: 450, deadLettered: 0, requests: 3, highWaterSeq: 450, failure: null });
    expect(c.store.outbox.size).toBe(0);
    expect(new Set([...c.store.acks.values()].map((a) => a.ackSerial))).toEqual(new Set([1, 2, 3]));
  });

  it('turns a rejected event into a dead letter with the reason, sends the rest, and does not retry it by itself', async () => {
    const c = await client();
    const [first, second, third] = sales(c, 3);
    // Another event (a restored backup, say) already took seq 2 on the server.
    const squatter = saleEvent({ terminal: c.terminal, seq: 2, products });
    expect((await server.push(c.connection.token, [squatter])).status).toBe(200);
    for (const event of [first!, second!, third!]) c.store.enqueue(event);
    const report = await pushOutbox(c.store, c);
    expect(report).toMatchObject({ acknowledged: 2, deadLettered: 1, failure: null });
    expect([...c.store.deadLetters.values()]).toEqual([
      {
        id: second!.id,
        seq: 2,
        event: second,
        reason: `Ditolak server: conflict: seq 2 is already used by event ${squatter.id}`,
        deadAt: expect.any(String),
      },
    ]);
    const again = await pushOutbox(c.store, c);
    expect(again.requests).toBe(0);
  });

  it('sets aside an event the server cannot read, named by the 400 or found by halving the batch', async () => {
    const c = await client();
    const events = sales(c, 9);
    (events[3]!.payload.lines[0] as { quantity: number }).quantity = -1;
    events[6]!.payload.lines[0]!.name = 'Kopi\u0000Bajawa';
    for (const event of events) c.store.enqueue(event);
    const report = await pushOutbox(c.store, c);
    expect(report).toMatchObject({ acknowledged: 7, deadLettered: 2, failure: null });
    const letters = [...c.store.deadLetters.values()].sort((a, b) => a.seq - b.seq);
    expect(letters.map((l) => [l.seq, l.reason])).toEqual([
      [4, expect.stringMatching(/^Ditolak server sebagai tidak sah: events\.3\.payload\.lines\.0\.quantity/)],
      [7, expect.stringMatching(/^Ditolak server sebagai tidak sah: .*NUL/)],
    ]);
  });

  it('marks quarantined events as such, with the server’s reasons', async () => {
    const c = await client();
    c.store.enqueue(saleEvent({ terminal: c.terminal, seq: 1, products, training: true }));
    await pushOutbox(c.store, c);
    expect([...c.store.acks.values()]).toEqual([
      expect.objectContaining({
        status: 'stored',
        quarantined: true,
        reasons: ['training sale (mode latihan): never counted by the province'],
      }),
    ]);
  });

  it('stops at once when the server cannot be reached or refuses the token, keeping every event', async () => {
    const c = await client();
    for (const event of sales(c, 3)) c.store.enqueue(event);
    const nowhere = await pushOutbox(c.store, {
      ...c,
      transport: {
        ...c.transport,
        push: () => pushBatch({ ...c.connection, serverUrl: 'http://127.0.0.1:1' }, new Uint8Array(), 'test'),
      },
    });
    expect(nowhere.failure).toEqual({ kind: 'network', message: expect.any(String) });
    const revoked = await pushOutbox(c.store, {
      ...c,
      transport: {
        ...c.transport,
        push: (body) => pushBatch({ ...c.connection, token: 'nttpos_nobody_nobody_nobody_nobody' }, body, 'test'),
      },
    });
    expect(revoked.failure).toEqual({ kind: 'unauthorized' });
    expect(c.store.outbox.size).toBe(3);
  });

  it('reads the terminal’s clock against the server’s Date header', async () => {
    const c = await client();
    c.store.enqueue(sales(c, 1)[0]!);
    const fast = await pushOutbox(c.store, { ...c, now: () => new Date(Date.now() + 5 * 60_000) });
    const skew = clockSkewMs(fast.clock!)!;
    expect(skew).toBeGreaterThan(4.9 * 60_000);
    expect(skew).toBeLessThan(5.1 * 60_000);
    expect(clockWarning(skew)).toMatch(/lebih cepat 5 menit/);
  });
});

describe('pulling streams', () => {
  it('downloads the roster whole into staging, resumes after a failure, and switches it in at once', async () => {
    const c = await client();
    let calls = 0;
    const flaky: SyncTransport = {
      ...c.transport,
      pull: (stream, cursor, limit) =>
        ++calls === 2
          ? Promise.resolve({ kind: 'unreachable', reason: 'network', message: 'ECONNRESET' })
          : c.transport.pull(stream, cursor, limit),
    };
    const failed = await pullStreams(c.store, { ...c, transport: flaky }, ['asn-roster']);
    expect(failed.failure).toEqual({ kind: 'network', message: 'ECONNRESET' });
    // A cashier sees no roster rather than a part of one.
    expect(c.store.items('asn-roster')).toEqual([]);
    expect(c.store.staging.get('asn-roster')!.size).toBe(5_000);
    const staged = (await c.store.streamState('asn-roster')).staging!.cursor;

    const resumed = await pullStreams(c.store, c, ['asn-roster']);
    expect(resumed).toMatchObject({ failure: null, changed: ['asn-roster'] });
    expect(c.requests.filter((r) => r.stream === 'asn-roster').at(-2)!.cursor).toBe(staged);
    expect(c.store.items('asn-roster')).toHaveLength(ROSTER);
    const state = await c.store.streamState('asn-roster');
    expect(state).toMatchObject({ staging: null, cursor: expect.any(String), lastPulledAt: expect.any(String) });

    // Nothing new: one request, nothing changed.
    const quiet = await pullStreams(c.store, c, ['asn-roster']);
    expect(quiet.changed).toEqual([]);
  }, 60_000);

  it('pulls changes page by page once it has a cursor, and downloads again whole after a cursor from another database', async () => {
    const c = await client();
    await pullStreams(c.store, c, ['products']);
    expect(c.store.items('products')).toHaveLength(10);
    // The outlet gets its own price for one product.
    const { rows } = await server.db.query<{ barcode: string }>('SELECT barcode FROM products WHERE id = $1', [
      products[0]!.id,
    ]);
    const prices = await importCatalog(
      server.db,
      `barcode,nama,harga\n${rows[0]!.barcode},${products[0]!.name},${products[0]!.price + 500}\n`,
      'alor',
    );
    expect(prices.problems).toEqual([]);
    const changed = await pullStreams(c.store, c, ['products']);
    expect(changed.changed).toEqual(['products']);
    expect(c.store.items('products').find((p) => p.id === products[0]!.id)!.price).toBe(products[0]!.price + 500);

    // A stray product only the old database knew, and a cursor from that database.
    c.store.live.get('products')!.set('gone', { ...c.store.items('products')[0]!, id: 'gone', ackSerial: 0 });
    c.store.states.set('products', {
      ...(await c.store.streamState('products')),
      cursor: encodeCursor({ serverId: randomUUID(), stream: 'products', position: 99 }),
    });
    const again = await pullStreams(c.store, c, ['products']);
    expect(again.failure).toBeNull();
    expect(
      c.store
        .items('products')
        .map((p) => p.id)
        .sort(),
    ).toEqual(products.map((p) => p.id).sort());
  });

  it('records when a pull started and which acknowledgements the totals it brought include', async () => {
    const c = await client();
    const first = saleEvent({ terminal: c.terminal, seq: 1, products, asnNip: '198001012005011001' });
    c.store.enqueue(first);
    await pushOutbox(c.store, c);
    await pullStreams(c.store, c, ['asn-totals']);
    const state = await c.store.streamState('asn-totals');
    const [ack] = [...c.store.acks.values()];
    expect(state.ackSerialAtLastPull).toBe(ack!.ackSerial);
    expect(Date.parse(state.lastPullStartedAt!)).toBeGreaterThanOrEqual(Date.parse(ack!.acknowledgedAt));
    const [nipKey] = await nipKeys(c.asnKey, ['198001012005011001']);
    const total = c.store.items('asn-totals').find((t) => t.nipKey === nipKey)!;
    expect(total.ackSerial).toBe(ack!.ackSerial);
    expect(total.total).toBe(first.payload.total);
    expect(includedInPulled(ack!, total, state)).toBe(true);

    // A second sale of the same ASN, acknowledged after that pull: not in the figure the terminal holds.
    c.store.enqueue(saleEvent({ terminal: c.terminal, seq: 2, products, asnNip: '198001012005011001' }));
    await pushOutbox(c.store, c);
    const second = [...c.store.acks.values()].find((a) => a.seq === 2)!;
    expect(includedInPulled(second, total, state)).toBe(false);
    // Pulled again, the figure includes both; a quarantined event is never in it.
    await pullStreams(c.store, c, ['asn-totals']);
    const again = c.store.items('asn-totals').find((t) => t.nipKey === nipKey)!;
    const after = await c.store.streamState('asn-totals');
    expect(includedInPulled(second, again, after)).toBe(true);
    expect(includedInPulled({ ...second, quarantined: true }, again, after)).toBe(false);
  });
});
