/**
 * The sync client wired into the terminal: at boot it finds where the terminal stands (mode
 * latihan, enrolled but still downloading its outlet's data, or ready), and once ready it pushes
 * the outbox and pulls the server's streams on the browser's online event, after each sale or
 * refund, on a timer and when a manager asks. A Web Lock keeps it to one drainer across every window of the
 * terminal; IndexedDB transactions keep each step whole if a window closes or crashes mid-way.
 */
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import type { EnrolmentRequest } from '../../bridge/bridge-contract';
import { retryDelay } from '../../sync/client/backoff';
import { describeFailure } from '../../sync/client/failure';
import { pullStreams } from '../../sync/client/pull-streams';
import { pushOutbox, type SyncDeps } from '../../sync/client/push-outbox';
import { createSyncScheduler, type SyncReason, type SyncScheduler } from '../../sync/client/scheduler';
import type { StreamName } from '../../sync/protocol/messages';
import { auditSignedIn } from '../audit/signed-in';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { clearCart } from '../stores/cart-store';
import { useSessionStore } from '../stores/session-store';
import { useSyncStore } from '../stores/sync-store';
import { refreshCartAsn } from '../stores/asn-store';
import { reloadCatalog, useTerminalStore } from '../stores/terminal-store';
import { AcknowledgingSyncStore } from '../journal/acknowledging-store';
import { bridgeTransport } from './bridge-transport';
import { DexieSyncStore } from './dexie-sync-store';
import { enrolmentState, openForSales, switchToEnrolled, withServerSettings } from './enrolment';
import { recordAttempt } from './record-attempt';
import { onCommitted } from '../outbox/commit';

/** One drainer per terminal, across windows; released by the browser if the window dies. */
export const SYNC_LOCK = 'ntt-mart-pos-sync';
/** User Timing names, read by the sync benchmark and visible in the browser's profiler. */
export const PUSH_MEASURE = 'pos:sync-push';
export const pullMeasure = (stream: StreamName) => `pos:sync-pull:${stream}`;

const CYCLE_INTERVAL_MS = 60_000;
const PULL_INTERVAL_MS = 2 * 60_000;
/** The outlet's settings first (its name), the roster, the biggest, near the end. */
const DOWNLOAD_ORDER: readonly StreamName[] = ['settings', 'products', 'staff', 'asn-roster', 'asn-totals'];
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ntt-mart-pos-terminal');

let scheduler: SyncScheduler | null = null;
let lastPullAt = 0;
let downloadFailures = 0;

const deps = (): SyncDeps => ({ transport: bridgeTransport(getBridge()), now: () => new Date() });
// The lock's promise resolves with what the callback's promise resolves with.
const withSyncLock = <T>(work: () => Promise<T>) => navigator.locks.request(SYNC_LOCK, work) as unknown as Promise<T>;

export async function startSync(db: PosDatabase): Promise<void> {
  channel?.addEventListener('message', (event) => {
    // Another window enrolled this terminal or opened it for sales: start again from the database.
    if (event.data === 'identity-changed') location.reload();
  });
  addEventListener('online', () => {
    useSyncStore.setState({ networkUp: true });
    if (useSyncStore.getState().stage === 'downloading') void downloadOutletData(db);
    scheduler?.request('online');
  });
  addEventListener('offline', () => useSyncStore.setState({ networkUp: false }));
  // Every committed document goes out at once: a refund lowers an ASN's month, which other outlets
  // show, and a sign-in's audit entry would otherwise wait a whole interval while the screen says so.
  onCommitted(({ events }) => {
    if (events.length > 0) scheduler?.request('sale');
  });

  const connection = await connectionInfo();
  useSyncStore.setState({ connection });
  if (!connection) return;
  if (useTerminalStore.getState().identity?.training) await adopt(db, await switchToEnrolled(db, connection));
  if ((await enrolmentState(db))?.stage === 'ready') startScheduler(db);
  else {
    useSyncStore.setState({ stage: 'downloading' });
    void downloadOutletData(db);
  }
}

/** A manager's enrolment: null when done, else the reason in Bahasa Indonesia. */
export async function enrolTerminal(db: PosDatabase, request: EnrolmentRequest): Promise<string | null> {
  const manager = useSessionStore.getState().user;
  const result = await getBridge().invoke('sync-enrol', request);
  if (!result.ok) return result.error.message;
  useSyncStore.setState({ connection: result.value });
  await adopt(db, await switchToEnrolled(db, result.value));
  // The first event of the enrolled terminal: who enrolled it, and where.
  await auditSignedIn(
    { kind: 'enrolled', serverUrl: result.value.serverUrl, terminalId: result.value.terminalId },
    manager,
  );
  channel?.postMessage('identity-changed');
  void downloadOutletData(db);
  return null;
}

async function adopt(db: PosDatabase, identity: TerminalIdentity): Promise<void> {
  clearCart();
  // Signed out without an audit entry: the demo staff member's session ends with mode latihan.
  useSessionStore.setState({ user: null });
  useTerminalStore.setState({ identity });
  useSyncStore.setState({ stage: 'downloading' });
  await reloadCatalog();
}

/** The outlet's catalog, staff, roster, totals and settings, each stream resumable; then the register opens. */
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
          ...deps(),
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
  lastPullAt = Date.now();
  useSyncStore.setState({ stage: 'ready', download: null });
  channel?.postMessage('identity-changed');
  startScheduler(db);
}

function startScheduler(db: PosDatabase): void {
  useSyncStore.setState({ stage: 'ready' });
  scheduler ??= createSyncScheduler({
    intervalMs: CYCLE_INTERVAL_MS,
    cycle: (reason) => syncCycle(db, reason),
    onRetryScheduled: (at) => useSyncStore.setState({ nextRetryAt: at?.toISOString() ?? null }),
  });
  scheduler.request('start');
}

export function requestSync(reason: SyncReason): void {
  scheduler?.request(reason);
}

/** Push everything waiting, then pull the streams when due (or asked); true when it all went through. */
async function syncCycle(db: PosDatabase, reason: SyncReason): Promise<boolean> {
  return withSyncLock(async () => {
    useSyncStore.setState({ syncing: true });
    try {
      const store = new AcknowledgingSyncStore(db, getBridge());
      const start = performance.now();
      const pushed = await pushOutbox(store, deps());
      performance.measure(PUSH_MEASURE, {
        start,
        end: performance.now(),
        detail: { acknowledged: pushed.acknowledged, requests: pushed.requests },
      });
      let { failure, clock } = pushed;
      if (!failure && (reason === 'manual' || reason === 'start' || Date.now() - lastPullAt >= PULL_INTERVAL_MS)) {
        const pulled = await pullStreams(store, deps());
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

async function connectionInfo() {
  const result = await getBridge().invoke('sync-connection');
  return result.ok ? result.value : null;
}
