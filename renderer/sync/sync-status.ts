/** What the sync screens show, read from the database, and how each attempt is recorded there. */
import { clockSkewMs } from '../../sync/client/clock';
import { describeFailure, type SyncFailure } from '../../sync/client/failure';
import type { ServerClockReading } from '../../sync/client/push-outbox';
import type { PosDatabase } from '../db/database';
import type { SyncStateRow } from '../db/rows';
import { useSyncStore } from '../stores/sync-store';
import { pushState } from './dexie-sync-store';
import { openDeadLetters } from './unsynced';

/** The manager's screen lists this many of the latest errors. */
export const KEPT_ERRORS = 50;

export async function refreshSyncStatus(db: PosDatabase): Promise<void> {
  const [waiting, oldestSale, deadLetters, push, clock] = await Promise.all([
    db.outbox.count(),
    db.outbox
      .orderBy('seq')
      .filter((e) => e.type === 'sale.completed')
      .first(),
    openDeadLetters(db).count(),
    pushState(db),
    db.syncState.get('clock') as Promise<Extract<SyncStateRow, { key: 'clock' }> | undefined>,
  ]);
  useSyncStore.setState({
    waiting,
    oldestWaitingAt: oldestSale?.occurredAt ?? null,
    deadLetters,
    lastSuccessAt: push.lastSuccessAt,
    clockSkewMs: clock?.skewMs ?? null,
  });
}

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
