/** A manager enrols the terminal with the province: it leaves mode latihan and downloads its outlet. */
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { EnrolmentRequest, SyncConnectionInfo } from '#bridge/bridge-contract';
import type { Result } from '#domain/result';
import { auditSignedIn } from '../audit/signed-in';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { clearCart } from '../stores/cart-store';
import { useSessionStore } from '../stores/session-store';
import { useSyncStore } from '../stores/sync-store';
import { reloadCatalog, useTerminalStore } from '../stores/terminal-store';
import { switchToEnrolled } from './enrolment';
import { downloadOutletData } from './outlet-download';
import { announceIdentityChanged } from './terminal-channel';

/** The connection once enrolled, or why the host or the server refused. */
export async function enrolTerminal(db: PosDatabase, request: EnrolmentRequest): Promise<Result<SyncConnectionInfo>> {
  const manager = useSessionStore.getState().user;
  const result = await getBridge().invoke('sync-enrol', request);
  if (!result.ok) return result;
  useSyncStore.setState({ connection: result.value });
  await adopt(await switchToEnrolled(db, result.value));
  // The first event of the enrolled terminal: who enrolled it, and where.
  await auditSignedIn(
    { kind: 'enrolled', serverUrl: result.value.serverUrl, terminalId: result.value.terminalId },
    manager,
  );
  announceIdentityChanged();
  void downloadOutletData(db);
  return result;
}

/** The enrolled identity replaces mode latihan's: its cart and its demo session end with it. */
export async function adopt(identity: TerminalIdentity): Promise<void> {
  clearCart();
  // Signed out without an audit entry: the demo staff member's session ends with mode latihan.
  useSessionStore.setState({ user: null });
  useTerminalStore.setState({ identity });
  useSyncStore.setState({ stage: 'downloading' });
  await reloadCatalog();
}
