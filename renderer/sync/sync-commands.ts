/** The manager's sync actions: export what has not been sent, and send refused events again. */
import { auditSignedIn } from '../audit/signed-in';
import { database, useTerminalStore } from '../stores/terminal-store';
import { requestSync } from './sync-cycle';
import { exportUnsynced, requeueDeadLetters } from './unsynced';

/** Writes the export file and audits it; returns what was exported and where. */
export async function exportUnsyncedEvents() {
  const done = await exportUnsynced(database(), useTerminalStore.getState().identity!);
  await auditSignedIn({ kind: 'exported', events: done.events, deadLetters: done.deadLetters, file: done.path });
  return done;
}

/** Dead letters back into the outbox, then a sync; returns how many. */
export async function resendDeadLetters(): Promise<number> {
  const count = await requeueDeadLetters(database());
  requestSync('manual');
  return count;
}
