import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSale } from '#domain/test-documents';
import type { SyncEvent, SyncEventOf } from '../protocol/events';
import { MemorySyncStore } from './memory-store';
import { PIPELINE_DEPTH, pushOutbox } from './push-outbox';
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

/** Polls a condition the drain reaches by itself (microtasks and timers), failing after 2 s. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error('never happened');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('draining the outbox', () => {
  it('keeps several batches in flight, each naming the one it follows, and settles answers in the order sent', async () => {
    const log: string[] = [];
    const store = new MemorySyncStore();
    for (let seq = 1; seq <= 1_050; seq++) store.enqueue(event(seq));
    const settle = store.settle.bind(store);
    store.settle = async (settlements: readonly Settlement[]) => {
      for (const settlement of settlements)
        log.push(`settle ${settlement.acknowledged[0]!.seq}-${settlement.acknowledged.at(-1)!.seq}`);
      return settle(settlements);
    };
    const answers = new Map<number, () => void>();
    const server = storingServer(log);
    const transport = {
      ...server,
      // Each answer waits until the test lets it go.
      push: (body: Uint8Array) => {
        const { events, after } = JSON.parse(gunzipSync(body).toString('utf8')) as {
          events: SyncEvent[];
          after?: number;
        };
        log.push(`send ${events[0]!.seq}-${events.at(-1)!.seq} after ${after ?? 'none'}`);
        return new Promise<ServerAnswer>((resolve) => answers.set(events[0]!.seq, () => resolve(server.push(body))));
      },
    };
    const drained = pushOutbox(store, { transport, now: () => new Date() });
    await until(() => answers.size === PIPELINE_DEPTH);
    expect(log).toEqual([
      'send 1-200 after none',
      'send 201-400 after 200',
      'send 401-600 after 400',
      'send 601-800 after 600',
    ]);
    // The second answer comes first: nothing is settled until the first has come too.
    log.length = 0;
    answers.get(201)!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.filter((l) => !l.startsWith('push'))).toEqual([]);
    answers.get(1)!();
    await until(() => answers.size === PIPELINE_DEPTH + 1);
    for (const first of [401, 601, 801, 1_001]) {
      await until(() => answers.has(first));
      answers.get(first)!();
    }
    const report = await drained;
    expect(report).toMatchObject({ acknowledged: 1_050, failure: null, requests: 6 });
    expect(log.filter((l) => l.startsWith('settle'))).toEqual([
      'settle 1-200',
      'settle 201-400',
      'settle 401-600',
      'settle 601-800',
      'settle 801-1000',
      'settle 1001-1050',
    ]);
    expect(store.outbox.size).toBe(0);
    expect([...store.acks.values()].map((a) => a.ackSerial)).toEqual([
      ...[1, 2, 3, 4, 5].flatMap((serial) => Array<number>(200).fill(serial)),
      ...Array<number>(50).fill(6),
    ]);
  });

  it('keeps large batches two at a time in flight, so the last answer is not long in coming on a slow link', async () => {
    const store = new MemorySyncStore();
    let seed = 7;
    const word = () => ((seed = (seed * 48_271) % 2_147_483_647), seed.toString(36));
    for (let seq = 1; seq <= 400; seq++) {
      const payload = buildSale({
        id: `0190a0b0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
        lines: Array.from({ length: 100 }, (_, l) => ({
          price: 1_000 + l,
          name: `Produk ${word()} ${word()} ${word()} ${word()}`,
        })),
      });
      store.enqueue({ ...event(seq), payload });
    }
    const server = storingServer([]);
    const answers: (() => void)[] = [];
    let inFlight = 0;
    let most = 0;
    const transport = {
      ...server,
      push: (body: Uint8Array) => {
        most = Math.max(most, ++inFlight);
        return new Promise<ServerAnswer>((resolve) =>
          answers.push(() => {
            inFlight--;
            resolve(server.push(body));
          }),
        );
      },
    };
    let done = false;
    const drained = pushOutbox(store, { transport, now: () => new Date() }).finally(() => (done = true));
    let answered = 0;
    while (!done) {
      await until(() => answers.length > answered || done);
      // Time for the drain to send all it would before the head's answer comes.
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (answers.length > answered) answers[answered++]!();
    }
    expect(await drained).toMatchObject({ acknowledged: 400, failure: null });
    expect(answered).toBeGreaterThan(3);
    expect(most).toBe(2);
  });

  it('sends the batch after a failed one afresh, after the last settle, and forgets the answers behind it', async () => {
    const log: string[] = [];
    const store = new MemorySyncStore();
    for (let seq = 1; seq <= 600; seq++) store.enqueue(event(seq));
    const server = storingServer(log);
    let failed = false;
    const transport = {
      ...server,
      push: async (body: Uint8Array): Promise<ServerAnswer> => {
        const { events, after } = JSON.parse(gunzipSync(body).toString('utf8')) as {
          events: SyncEvent[];
          after?: number;
        };
        log.push(`send ${events[0]!.seq}-${events.at(-1)!.seq} after ${after ?? 'none'}`);
        if (events[0]!.seq === 201 && !failed) {
          failed = true;
          return { kind: 'answer', status: 500, date: null, body: { error: { code: 'internal', message: 'boom' } } };
        }
        return server.push(body);
      },
    };
    const report = await pushOutbox(store, { transport, now: () => new Date() });
    expect(report).toMatchObject({ acknowledged: 600, failure: null, deadLettered: 0 });
    expect(store.outbox.size).toBe(0);
    // Halved after the 500, then sent afresh, without "after"; the batches behind the failed one were forgotten and go again.
    const failure = log.indexOf('send 201-400 after 200');
    expect(log.slice(failure + 1).filter((l) => l.startsWith('send'))[0]).toMatch(/^send \d+-\d+ after \d+$/);
    expect(log.slice(failure)).toContain('send 201-300 after none');
    expect(log.filter((l) => l === 'push 401-600').length).toBeGreaterThanOrEqual(1);
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
