/**
 * Audit entries (domain/staff/audit) as the terminal records them: each one a row of the audit table and
 * an 'audit.recorded' outbox event, written in the transaction of the act it records.
 */
import { v7 as uuidv7 } from 'uuid';
import type { AuditEntry, AuditEvent } from '#domain/staff/audit';
import type { StaffRef } from '#domain/staff/staff';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { PosDatabase } from '../db/database';
import { commitPlanned, type NewEvent, type RowWrite } from '../outbox/commit';

export function auditEntry(
  identity: TerminalIdentity,
  at: Date,
  staff: StaffRef,
  event: AuditEvent,
  approvedBy: StaffRef | null = null,
): AuditEntry {
  return {
    id: uuidv7(),
    outletId: identity.outletId,
    terminalId: identity.terminalId,
    at: at.toISOString(),
    training: identity.training,
    staff,
    approvedBy,
    event,
  };
}

/** The row and event of an entry, for the commit of the act it records. */
export function auditWrites(entry: AuditEntry): { writes: RowWrite[]; events: NewEvent[] } {
  return {
    writes: [{ op: 'add', store: 'audit', value: entry }],
    events: [{ type: 'audit.recorded', occurredAt: entry.at, payload: entry }],
  };
}

/** An entry on its own (a login, a lock, a cart approval). */
export function recordAudit(db: PosDatabase, entry: AuditEntry): Promise<void> {
  return commitPlanned(db, ['audit'], auditWrites(entry));
}
