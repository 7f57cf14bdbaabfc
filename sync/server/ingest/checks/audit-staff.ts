/**
 * Audit entries count nowhere, so they are stored whatever they say; but one that names staff the
 * outlet does not have, an approver who is not one of its managers, or another outlet's sale is
 * flagged (audit_log.flags) for the province to look at.
 */
import type { AuditEntry } from '#domain/staff/audit';
import type { Queryable } from '#sync/server/db/database';
import { foreignReceiptProblems } from './receipt-references';

export async function auditFlags(tx: Queryable, entries: readonly AuditEntry[], outletId: string): Promise<string[][]> {
  const ids = [...new Set(entries.flatMap((e) => [e.staff.id, ...(e.approvedBy ? [e.approvedBy.id] : [])]))];
  const { rows } = await tx.query<{ id: string; role: string }>(
    'SELECT id, role FROM staff WHERE outlet_id = $1 AND id = ANY ($2::text[])',
    [outletId, ids],
  );
  const roles = new Map(rows.map((r) => [r.id, r.role]));
  const receipts = await foreignReceiptProblems(
    tx,
    entries.map((e) =>
      e.event.kind === 'approved' && e.event.action.kind === 'refund' ? e.event.action.originalReceiptNo : '',
    ),
    outletId,
  );
  return entries.map((entry, index) => {
    const flags: string[] = [];
    if (!roles.has(entry.staff.id)) flags.push(`staff ${entry.staff.id} is not staff of outlet ${outletId}`);
    if (entry.approvedBy && roles.get(entry.approvedBy.id) !== 'manager')
      flags.push(`approver ${entry.approvedBy.id} is not a manager of outlet ${outletId}`);
    if (receipts[index]) flags.push(`the approval ${receipts[index]}`);
    return flags;
  });
}
