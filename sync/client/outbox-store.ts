/** What pushing the outbox needs from the terminal's database (Dexie in the app, memory in tests). */
import type { SyncEvent } from '../protocol/events';
import type { Settlement } from './settle';

export interface OutboxStore {
  /** The first `limit` events waiting with a seq above `afterSeq` (default: all), in seq order. */
  waiting(limit: number, afterSeq?: number): Promise<SyncEvent[]>;
  /**
   * In one transaction, for each settlement in turn: acknowledged events leave the outbox for the
   * acknowledgement log under the next ack serial, dead letters leave it for the dead-letter list,
   * and dead letters kept before that the settlement resolves (settle.ts resolvedLetters) are
   * marked so. Nothing else is removed. Resolves with the seqs the province now holds or gave up:
   * the acknowledged events' and the resolved letters' (the outbox journal drops them).
   */
  settle(settlements: readonly Settlement[]): Promise<number[]>;
}
