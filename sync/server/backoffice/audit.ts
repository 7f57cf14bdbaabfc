/** The back office's audit log: who changed what, when, with the values before and after. */
import type { Queryable } from '../db/database';

export interface AuditEntry {
  userName: string;
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
}

/** Written in the change's own transaction, so a change is never without its entry. */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    'INSERT INTO backoffice_audit (user_name, action, subject, before, after) VALUES ($1, $2, $3, $4, $5)',
    [entry.userName, entry.action, entry.subject, asJson(entry.before), asJson(entry.after)],
  );
}

/** SQL NULL for "nothing" (a record created or removed), else the value as jsonb text. */
function asJson(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
