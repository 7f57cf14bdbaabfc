/**
 * Audit entries for acts on the terminal's host — settings saved, enrolment, exports — naming whoever
 * is signed in, so a change of printer path or kiosk mode is never anonymous.
 */
import type { AuditEvent } from '#domain/staff/audit';
import type { StaffRef } from '#domain/staff/staff';
import { useSessionStore } from '../stores/session-store';
import { database, useTerminalStore } from '../stores/terminal-store';
import { auditEntry, recordAudit } from './audit-log';

/** `who` defaults to the person signed in now; nothing is recorded before anyone signed in. */
export async function auditSignedIn(
  event: AuditEvent,
  who: StaffRef | null = useSessionStore.getState().user,
): Promise<void> {
  const identity = useTerminalStore.getState().identity;
  if (!identity || !who) return;
  await recordAudit(database(), auditEntry(identity, new Date(), { id: who.id, name: who.name }, event));
}
