import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';
import { PushOrder } from './push-order';

describe.each(DATABASE_KINDS)('batches in flight on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 12)));
  afterAll(() => server.close());

  const enrolled = async () => {
    const t = await server.enrol('ende');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const events = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => saleEvent({ terminal, seq: from + i, products }));
    return { token: t.token, terminalId: t.terminalId, events };
  };

  it('apply a batch that overtook the one it follows after that one: no gap, every event stored', async () => {
    const t = await enrolled();
    const first = t.events(1, 20);
    const second = t.events(21, 40);
    const overtaking = server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: { events: second, after: 20 },
    });
    // The second batch is in and waiting before the first one is even sent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { rows: before } = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events WHERE terminal_id = $1',
      [t.terminalId],
    );
    expect(before[0]!.n).toBe(0);
    const earlier = await server.request('POST', '/v1/sync/push', { token: t.token, body: { events: first } });
    const later = await overtaking;
    expect(earlier.status).toBe(200);
    expect(earlier.body.highWaterSeq).toBe(20);
    expect(later.status).toBe(200);
    expect(later.body.results.every((r: { status: string }) => r.status === 'stored')).toBe(true);
    // Applied second: its answer's high water covers both batches, and no gap was ever recorded.
    expect(later.body.highWaterSeq).toBe(40);
    const { rows: gaps } = await server.db.query('SELECT * FROM seq_gaps WHERE terminal_id = $1', [t.terminalId]);
    expect(gaps).toEqual([]);
  });

  it('let a batch go at once when the one it follows was answered, rejected events and all', async () => {
    const t = await enrolled();
    const first = t.events(1, 10);
    expect((await server.push(t.token, first)).status).toBe(200);
    // A new event with seq 10, which is taken: rejected, and its batch is answered all the same.
    const clash = { ...t.events(11, 11)[0]!, seq: 10 };
    const rejected = await server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: { events: [clash], after: 10 },
    });
    expect(rejected.body.results[0].status).toBe('rejected');
    const next = await server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: { events: t.events(12, 15), after: 10 },
    });
    expect(next.status).toBe(200);
  });

  it('tell, after waiting its time, that the batch followed never came', async () => {
    const t = await enrolled();
    const order = new PushOrder(200);
    expect(await order.follow(server.db, t.terminalId, 5)).toBe('timed-out');
    expect((await server.push(t.token, t.events(1, 5))).status).toBe(200);
    expect(await order.follow(server.db, t.terminalId, 5)).toBe('reached');
  });

  it('wake a waiting batch as soon as a push of its terminal is answered', async () => {
    const t = await enrolled();
    const order = new PushOrder(60_000);
    const waiting = order.follow(server.db, t.terminalId, 3);
    expect((await server.push(t.token, t.events(1, 3))).status).toBe(200);
    order.pushed(t.terminalId);
    expect(await waiting).toBe('reached');
  });

  it('refuse at once a batch beyond the ones a terminal may keep waiting, and take them again once they are answered', async () => {
    const t = await enrolled();
    const other = await enrolled();
    const order = new PushOrder(60_000, 2);
    const waiting = [order.follow(server.db, t.terminalId, 3), order.follow(server.db, t.terminalId, 3)];
    expect(await order.follow(server.db, t.terminalId, 3)).toBe('too-many-waiting');
    // The cap is per terminal: another terminal's batch still waits its turn.
    const others = order.follow(server.db, other.terminalId, 1);
    expect((await server.push(t.token, t.events(1, 3))).status).toBe(200);
    order.pushed(t.terminalId);
    expect(await Promise.all(waiting)).toEqual(['reached', 'reached']);
    expect((await server.push(other.token, other.events(1, 1))).status).toBe(200);
    order.pushed(other.terminalId);
    expect(await others).toBe('reached');
    const pending = order.follow(server.db, t.terminalId, 4);
    const again = order.follow(server.db, t.terminalId, 4);
    expect((await server.push(t.token, t.events(4, 4))).status).toBe(200);
    order.pushed(t.terminalId);
    expect(await Promise.all([pending, again])).toEqual(['reached', 'reached']);
  });
});
