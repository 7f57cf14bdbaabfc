/** What pushing the outbox needs from the terminal's database (Dexie in the app, memory in tests). */
import type { SyncEvent } from '../protocol/events';
import type { Settlement } from './settle';

export interface OutboxStore {
  /** The first `limit` events waiting with a seq above `afterSeq` (default: all), in seq order. */
  waiting(limit: number, afterSeq?: number): Promise<SyncEvent[]>;
  /**
   * In one transaction: acknowledged events leave the outbox for the acknowledgement log under
   * the next ack serial, dead letters leave it for the dead-letter list. Nothing else is removed.
   */
  settle(settlement: Settlement): Promise<void>;
}
