/**
 * The sync client's stores over the terminal's Dexie database: the outbox the sales write to, the
 * acknowledgement and dead-letter tables, and the pulled streams with their staging table. Every
 * method is one read-write transaction (strict durability, as the database is opened). IndexedDB
 * pays per record, so an answer is settled with one acknowledgement row and range deletes (the
 * answers a drain settles together share one transaction), and a staged page is one row.
 */
import type { OutboxStore } from '#sync/client/outbox-store';
import { ackBatch, ackRecordsOf, emptyStreamState, withCompletion, type StreamState } from '#sync/client/records';
import { resolvedLetters, type Settlement } from '#sync/client/settle';
import type { PullCompletion, PulledPage, StreamStore } from '#sync/client/stream-store';
import type { SyncEvent } from '#sync/protocol/events';
import type { StreamName } from '#sync/protocol/messages';
import type { PosDatabase } from '../db/database';
import type { SyncStateRow } from '../db/rows';
import { keepQuarantined } from './quarantined';
import { tablesOf, writeStream, type PageOf } from './stream-tables';

type PushState = Extract<SyncStateRow, { key: 'push' }>;
export const EMPTY_PUSH_STATE: PushState = {
  key: 'push',
  ackSerial: 0,
  highWaterSeq: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
};

export async function pushState(db: PosDatabase): Promise<PushState> {
  return ((await db.syncState.get('push')) as PushState | undefined) ?? EMPTY_PUSH_STATE;
}

export class DexieSyncStore implements OutboxStore, StreamStore {
  constructor(private readonly db: PosDatabase) {}

  waiting(limit: number, afterSeq = 0): Promise<SyncEvent[]> {
    return this.db.outbox.where(':id').above(afterSeq).limit(limit).toArray();
  }

  async settle(settlements: readonly Settlement[]): Promise<number[]> {
    const { db } = this;
    return db.transaction('rw', [db.outbox, db.outboxAcks, db.deadLetters, db.syncState], async () => {
      const held: number[] = [];
      for (const settlement of settlements) held.push(...(await this.settleOne(settlement)));
      const gone = settlements.flatMap((s) => [...s.acknowledged, ...s.deadLetters].map((e) => e.seq));
      for (const [from, to] of runs(gone)) await db.outbox.where(':id').between(from, to, true, true).delete();
      return held;
    });
  }

  /** One answer's records, in the settle's transaction; the outbox rows go for all answers at once. */
  private async settleOne(settlement: Settlement): Promise<number[]> {
    const { db } = this;
    // Few letters ever wait, and only those at or below the high water can be resolved.
    const resolved =
      settlement.highWaterSeq === null
        ? []
        : resolvedLetters(
            await db.deadLetters.where('seq').belowOrEqual(settlement.highWaterSeq).toArray(),
            settlement,
          );
    await db.deadLetters.bulkPut(resolved.map((l) => ({ ...l, resolvedAt: settlement.at })));
    const [first] = settlement.acknowledged;
    if (first) {
      const state = await pushState(db);
      const next: PushState = { ...state, ackSerial: state.ackSerial + 1 };
      await db.syncState.put(next);
      const batch = ackBatch(
        next.ackSerial,
        first.acknowledgedAt,
        settlement.acknowledged.map(({ acknowledgedAt: _, ...event }) => event),
      );
      // Before the answer's row: a list started from the answers must not count this one twice.
      await keepQuarantined(db, ackRecordsOf(batch));
      await db.outboxAcks.add(batch);
    }
    await db.deadLetters.bulkPut(settlement.deadLetters);
    return [...settlement.acknowledged, ...resolved].map((e) => e.seq);
  }

  async streamState(stream: StreamName): Promise<StreamState> {
    return (await this.db.syncStreams.get(stream)) ?? emptyStreamState(stream);
  }

  async ackSerial(): Promise<number> {
    return (await pushState(this.db)).ackSerial;
  }

  async applyPage<S extends StreamName>(
    stream: S,
    page: PulledPage<S>,
    completion: PullCompletion | null,
  ): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [...tablesOf(db, stream), db.syncStreams], async () => {
      await writeStream(db, stream, [page], false);
      await db.syncStreams.put(
        withCompletion({ ...(await this.streamState(stream)), cursor: page.cursor }, completion),
      );
    });
  }

  async beginStaging(stream: StreamName): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.syncStaging, db.syncStreams], async () => {
      await this.staged(stream).delete();
      await db.syncStreams.put({ ...(await this.streamState(stream)), staging: { cursor: null, pages: 0 } });
    });
  }

  async stagePage<S extends StreamName>(stream: S, page: PulledPage<S>): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [db.syncStaging, db.syncStreams], async () => {
      const state = await this.streamState(stream);
      const number = state.staging?.pages ?? 0;
      await db.syncStaging.put({ stream, page: number, items: page.items, ackSerial: page.ackSerial });
      await db.syncStreams.put({ ...state, staging: { cursor: page.cursor, pages: number + 1 } });
    });
  }

  async switchIn(stream: StreamName, completion: PullCompletion): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [...tablesOf(db, stream), db.syncStaging, db.syncStreams], async () => {
      const state = await this.streamState(stream);
      const pages = (await this.staged(stream).toArray()) as PageOf<StreamName>[];
      await writeStream(db, stream, pages, true);
      await this.staged(stream).delete();
      await db.syncStreams.put(
        withCompletion({ ...state, cursor: state.staging?.cursor ?? state.cursor, staging: null }, completion),
      );
    });
  }

  private staged(stream: StreamName) {
    return this.db.syncStaging.where('[stream+page]').between([stream, 0], [stream, Infinity]);
  }
}

/** Seqs as runs of consecutive numbers [from, to]: one range delete each. */
export function runs(seqs: readonly number[]): [number, number][] {
  const sorted = [...seqs].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const seq of sorted) {
    const last = result.at(-1);
    if (last && seq === last[1] + 1) last[1] = seq;
    else result.push([seq, seq]);
  }
  return result;
}
