/**
 * The terminal's sync cycles once it is ready: push the outbox, then pull the server's streams when
 * due (or asked), on the scheduler's reasons (sync/client/scheduler.ts).
 */
import { pullStreams } from '#sync/client/pull-streams';
import { pushOutbox } from '#sync/client/push-outbox';
import { createSyncScheduler, type SyncReason, type SyncScheduler } from '#sync/client/scheduler';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { AcknowledgingSyncStore } from '../journal/acknowledging-store';
import { refreshCartAsn } from '../stores/asn-store';
import { useSyncStore } from '../stores/sync-store';
import { reloadCatalog, useTerminalStore } from '../stores/terminal-store';
import { withServerSettings } from './enrolment';
import { recordAttempt } from './record-attempt';
import { syncDeps, withSyncLock } from './sync-lock';

/** User Timing name, read by the sync benchmark and visible in the browser's profiler. */
export const PUSH_MEASURE = 'pos:sync-push';

const CYCLE_INTERVAL_MS = 60_000;
const PULL_INTERVAL_MS = 2 * 60_000;

let scheduler: SyncScheduler | null = null;
let lastPullAt = 0;

export function startScheduler(db: PosDatabase): void {
  useSyncStore.setState({ stage: 'ready' });
  scheduler ??= createSyncScheduler({
    intervalMs: CYCLE_INTERVAL_MS,
    cycle: (reason) => syncCycle(db, reason),
    onRetryScheduled: (at) => useSyncStore.setState({ nextRetryAt: at?.toISOString() ?? null }),
  });
  scheduler.request('start');
}

/** A reason to sync now; ignored until the terminal is ready. */
export function requestSync(reason: SyncReason): void {
  scheduler?.request(reason);
}

/** The streams were just pulled whole (the outlet's download): the next pull is not due yet. */
export function notePulled(): void {
  lastPullAt = Date.now();
}

/** Push everything waiting, then pull the streams when due (or asked); true when it all went through. */
async function syncCycle(db: PosDatabase, reason: SyncReason): Promise<boolean> {
  return withSyncLock(async () => {
    useSyncStore.setState({ syncing: true });
    try {
      const store = new AcknowledgingSyncStore(db, getBridge());
      const start = performance.now();
      const pushed = await pushOutbox(store, syncDeps());
      performance.measure(PUSH_MEASURE, {
        start,
        end: performance.now(),
        detail: { acknowledged: pushed.acknowledged, requests: pushed.requests },
      });
      let { failure, clock } = pushed;
      if (!failure && (reason === 'manual' || reason === 'start' || Date.now() - lastPullAt >= PULL_INTERVAL_MS)) {
        const pulled = await pullStreams(store, syncDeps());
        failure = pulled.failure;
        clock = pulled.clock ?? clock;
        if (!failure) lastPullAt = Date.now();
        if (pulled.changed.includes('settings')) useTerminalStore.setState({ identity: await withServerSettings(db) });
        if (pulled.changed.includes('products')) await reloadCatalog();
        if (pulled.changed.includes('asn-totals') || pulled.changed.includes('settings')) await refreshCartAsn();
      }
      await recordAttempt(db, { at: new Date().toISOString(), failure, clock, highWaterSeq: pushed.highWaterSeq });
      return failure === null;
    } finally {
      useSyncStore.setState({ syncing: false });
    }
  });
}
