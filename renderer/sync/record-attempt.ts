/** How each sync attempt is recorded in the database (the screens read it through queries.ts). */
import { clockSkewMs } from '#sync/client/clock';
import { describeFailure, type SyncFailure } from '#sync/client/failure';
import type { ServerClockReading } from '#sync/client/push-outbox';
import type { PosDatabase } from '../db/database';
import { useSyncStore } from '../stores/sync-store';
import { pushState } from './dexie-sync-store';

/** The database keeps this many of the latest errors. */
const KEPT_ERRORS = 50;

export interface AttemptOutcome {
  at: string;
  failure: SyncFailure | null;
  clock: ServerClockReading | null;
  highWaterSeq: number | null;
}

export async function recordAttempt(db: PosDatabase, outcome: AttemptOutcome): Promise<void> {
  await db.transaction('rw', [db.syncState, db.syncErrors], async () => {
    const state = await pushState(db);
    await db.syncState.put({
      ...state,
      lastAttemptAt: outcome.at,
      lastSuccessAt: outcome.failure ? state.lastSuccessAt : outcome.at,
      highWaterSeq: outcome.highWaterSeq ?? state.highWaterSeq,
    });
    if (outcome.clock)
      await db.syncState.put({
        key: 'clock',
        skewMs: clockSkewMs(outcome.clock),
        measuredAt: outcome.clock.receivedAt,
      });
    if (outcome.failure) {
      await db.syncErrors.add({ at: outcome.at, text: describeFailure(outcome.failure) });
      const old = await db.syncErrors.orderBy('id').reverse().offset(KEPT_ERRORS).primaryKeys();
      await db.syncErrors.bulkDelete(old);
    }
  });
  const network = outcome.failure?.kind === 'network';
  useSyncStore.setState({ reachable: !network, lastError: outcome.failure ? describeFailure(outcome.failure) : null });
}
