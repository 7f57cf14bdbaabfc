/**
 * The outlet's catalog, staff, roster, totals, settings and incoming transfers, downloaded once the terminal is enrolled,
 * each stream resumable and retried with backoff; then the register opens.
 */
import { retryDelay } from '#sync/client/backoff';
import { describeFailure } from '#sync/client/failure';
import { pullStreams } from '#sync/client/pull-streams';
import type { StreamName } from '#sync/protocol/messages';
import type { PosDatabase } from '../db/database';
import { useSyncStore } from '../stores/sync-store';
import { reloadCatalog, useTerminalStore } from '../stores/terminal-store';
import { DexieSyncStore } from './dexie-sync-store';
import { openForSales } from './enrolment';
import { recordAttempt } from './record-attempt';
import { notePulled, startScheduler } from './sync-cycle';
import { syncDeps, withSyncLock } from './sync-lock';
import { announceIdentityChanged } from './terminal-channel';

/** User Timing name per stream, read by the sync benchmark and visible in the browser's profiler. */
export const pullMeasure = (stream: StreamName) => `pos:sync-pull:${stream}`;

/** The outlet's settings first (its name), the roster, the biggest, near the end; transfers sent to the outlet, its purchase orders and its stock last. */
const DOWNLOAD_ORDER: readonly StreamName[] = [
  'settings',
  'products',
  'staff',
  'asn-roster',
  'asn-totals',
  'transfers-in',
  'purchase-orders',
  'outlet-stock',
];

let downloadFailures = 0;

export async function downloadOutletData(db: PosDatabase): Promise<void> {
  const store = new DexieSyncStore(db);
  const done: StreamName[] = [];
  const progress = { streams: DOWNLOAD_ORDER, done, current: null, error: null };
  useSyncStore.setState({ download: progress });
  const finished = await withSyncLock(async () => {
    for (const stream of DOWNLOAD_ORDER) {
      const start = performance.now();
      const report = await pullStreams(
        store,
        {
          ...syncDeps(),
          onProgress: (current) => useSyncStore.setState({ download: { ...progress, done: [...done], current } }),
        },
        [stream],
      );
      await recordAttempt(db, {
        at: new Date().toISOString(),
        failure: report.failure,
        clock: report.clock,
        highWaterSeq: null,
      });
      if (report.failure) {
        useSyncStore.setState({ download: { ...progress, done: [...done], error: describeFailure(report.failure) } });
        return false;
      }
      performance.measure(pullMeasure(stream), { start, end: performance.now() });
      done.push(stream);
    }
    return true;
  });
  if (!finished) {
    setTimeout(() => void downloadOutletData(db), retryDelay(++downloadFailures));
    return;
  }
  downloadFailures = 0;
  useTerminalStore.setState({ identity: await openForSales(db) });
  await reloadCatalog();
  notePulled();
  useSyncStore.setState({ stage: 'ready', download: null });
  announceIdentityChanged();
  startScheduler(db);
}
