/**
 * The sync client wired into the terminal at boot: it finds where the terminal stands (mode
 * latihan, enrolled but still downloading its outlet's data, or ready) and starts what that stage
 * needs (outlet-download.ts, sync-cycle.ts). Once ready the terminal syncs on the browser's online
 * event, after each sale or refund committed (renderer/outbox/commit.ts announces it), on a timer and
 * when a manager asks.
 */
import type { SyncEvent } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';
import { onCommitted } from '../outbox/commit';
import { useSyncStore } from '../stores/sync-store';
import { useTerminalStore } from '../stores/terminal-store';
import { getBridge } from '../bridge/bridge';
import { adopt } from './enrol-terminal';
import { enrolmentState, switchToEnrolled } from './enrolment';
import { downloadOutletData } from './outlet-download';
import { requestSync, startScheduler } from './sync-cycle';
import { onIdentityChanged } from './terminal-channel';

export async function startSync(db: PosDatabase): Promise<void> {
  // Another window enrolled this terminal or opened it for sales: start again from the database.
  onIdentityChanged(() => location.reload());
  addEventListener('online', () => {
    useSyncStore.setState({ networkUp: true });
    if (useSyncStore.getState().stage === 'downloading') void downloadOutletData(db);
    requestSync('online');
  });
  addEventListener('offline', () => useSyncStore.setState({ networkUp: false }));
  // A sale goes out at once; a refund as promptly, as it lowers an ASN's month, which other outlets
  // show; a sign-in, so the person starting work sees a top bar with nothing left waiting; and a
  // shift closed and a day closed, which the manager's day close on another till of the outlet
  // reads from the province (a shift's opening goes with its first sale).
  onCommitted(({ events }) => {
    if (events.some(sentAtOnce)) requestSync('sale');
  });

  const connection = await connectionInfo();
  useSyncStore.setState({ connection });
  if (!connection) return;
  if (useTerminalStore.getState().identity?.training) await adopt(await switchToEnrolled(db, connection));
  if ((await enrolmentState(db))?.stage === 'ready') startScheduler(db);
  else {
    useSyncStore.setState({ stage: 'downloading' });
    void downloadOutletData(db);
  }
}

const SENT_AT_ONCE = new Set<SyncEvent['type']>(['sale.completed', 'sale.refunded', 'shift.closed', 'day.closed']);

function sentAtOnce(event: SyncEvent): boolean {
  if (event.type === 'audit.recorded') return event.payload.event.kind === 'login';
  return SENT_AT_ONCE.has(event.type);
}

async function connectionInfo() {
  const result = await getBridge().invoke('sync-connection');
  return result.ok ? result.value : null;
}
