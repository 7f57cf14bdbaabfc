import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSale } from '../../domain/test-documents';
import type { SyncEvent, SyncEventOf } from '../protocol/events';
import { MemorySyncStore } from './memory-store';
import { pushOutbox } from './push-outbox';
import type { Settlement } from './settle';
import type { ServerAnswer } from '../protocol/server-answer';

const event = (seq: number): SyncEventOf<'sale.completed'> => {
  const payload = buildSale({
    id: `0190a0b0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    lines: [{ price: 5_000 }],
  });
  return {
    id: `0190a0b0-0001-7000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    type: 'sale.completed',
    occurredAt: payload.completedAt,
    payload,
  };
};

/** A server that stores everything, and a log of what happened in which order; `onPush` hears each request. */
function storingServer(log: string[], onPush = () => {}) {
  return {
    push: async (body: Uint8Array): Promise<ServerAnswer> => {
      const { events } = JSON.parse(gunzipSync(body).toString('utf8')) as { events: SyncEvent[] };
      log.push(`push ${events[0]!.seq}-${events.at(-1)!.seq}`);
      onPush();
      return {
        kind: 'answer',
        status: 200,
        date: null,
        body: {
          results: events.map((e) => ({ id: e.id, status: 'stored', quarantined: false })),
          highWaterSeq: events.at(-1)!.seq,
        },
      };
    },
    pull: () => Promise.reject(new Error('not pulled here')),
  };
}

describe('draining the outbox', () => {
  it('sends the next batch while the last answer is being settled, and settles answers in their order', async () => {
    const log: string[] = [];
    const store = new MemorySyncStore();
    for (let seq = 1; seq <= 450; seq++) store.enqueue(event(seq));
    const settle = store.settle.bind(store);
    let nextPush = () => {};
    store.settle = async (settlement: Settlement) => {
      const range = `${settlement.acknowledged[0]!.seq}-${settlement.acknowledged.at(-1)!.seq}`;
      log.push(`settle ${range} begins`);
      // A settle that ends only once the next batch has gone out (the last one has none to wait for).
      if (settlement.acknowledged.at(-1)!.seq < 450) await new Promise<void>((resolve) => (nextPush = resolve));
      log.push(`settle ${range} ends`);
      return settle(settlement);
    };
    const report = await pushOutbox(store, { transport: storingServer(log, () => nextPush()), now: () => new Date() });
    expect(report).toMatchObject({ acknowledged: 450, requests: 3, failure: null });
    expect(log).toEqual([
      'push 1-200',
      'settle 1-200 begins',
      'push 201-400',
      'settle 1-200 ends',
      'settle 201-400 begins',
      'push 401-450',
      'settle 201-400 ends',
      'settle 401-450 begins',
      'settle 401-450 ends',
    ]);
    expect(store.outbox.size).toBe(0);
    expect([...store.acks.values()].map((a) => a.ackSerial)).toEqual([
      ...Array(200).fill(1),
      ...Array(200).fill(2),
      ...Array(50).fill(3),
    ]);
  });

  it('fails as before when a settle fails, with the next batch already sent', async () => {
    const store = new MemorySyncStore();
    for (let seq = 1; seq <= 300; seq++) store.enqueue(event(seq));
    store.settle = () => Promise.reject(new Error('disk full'));
    await expect(pushOutbox(store, { transport: storingServer([]), now: () => new Date() })).rejects.toThrow(
      'disk full',
    );
    expect(store.outbox.size).toBe(300);
  });
});
