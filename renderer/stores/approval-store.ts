/**
 * A manager's approval at the cashier's terminal. A sensitive act (domain/staff/approval) asked for by a
 * kasir waits for a manager to pick their name and enter their PIN on the approval dialog; a
 * manager's own acts go ahead. Approvals of acts that leave no document of their own (discounts,
 * price overrides, late removals and voids, opening the drawer) are audit entries here; refunds and
 * shift closes record theirs with their documents.
 */
import { create } from 'zustand';
import { approvalRequired, needsManager, type SensitiveAction } from '#domain/staff/approval';
import type { StaffRef } from '#domain/staff/staff';
import { ok, problem, type Result } from '#domain/result';
import { auditEntry, recordAudit } from '../audit/audit-log';
import { checkPin, staffRef } from '../staff/pin-check';
import { currentUser } from './session-store';
import { database, useTerminalStore } from './terminal-store';

/** Who approved (null when the act needed no one), or that no manager did. */
export type Approval = Result<StaffRef | null>;

const NOT_APPROVED = problem('not-approved', 'Dibatalkan: tidak disetujui manajer.');

interface Pending {
  action: SensitiveAction;
  answer(approval: Approval): void;
}

export const useApprovalStore = create<{ pending: Pending | null }>(() => ({ pending: null }));

/**
 * Resolves once the act may go ahead (its value the manager, or null when it needed none) or
 * was cancelled. With `recorded` (the default) the approval is written to the audit log here.
 */
export async function approve(
  action: SensitiveAction,
  options: { recorded: boolean } = { recorded: true },
): Promise<Approval> {
  if (!needsManager(action)) return ok(null);
  const user = currentUser();
  const approval = approvalRequired(action, user.role)
    ? await new Promise<Approval>((answer) => {
        useApprovalStore.getState().pending?.answer(NOT_APPROVED);
        useApprovalStore.setState({ pending: { action, answer } });
      })
    : ok(staffRef(user));
  if (approval.ok && approval.value && options.recorded) {
    const identity = useTerminalStore.getState().identity!;
    await recordAudit(
      database(),
      auditEntry(identity, new Date(), staffRef(user), { kind: 'approved', action }, approval.value),
    );
  }
  return approval;
}

/** The dialog's "Setujui": checks the manager's PIN; returns the refusal in words, or null when approved. */
export async function submitApproval(managerId: string, pin: string): Promise<string | null> {
  const { pending } = useApprovalStore.getState();
  const identity = useTerminalStore.getState().identity;
  if (!pending || !identity) return 'Tidak ada yang perlu disetujui.';
  const result = await checkPin(database(), identity, managerId, pin, 'approval', new Date());
  if (!result.ok) return result.error.message;
  useApprovalStore.setState({ pending: null });
  pending.answer(ok(staffRef(result.value)));
  return null;
}

export function cancelApproval(): void {
  const { pending } = useApprovalStore.getState();
  useApprovalStore.setState({ pending: null });
  pending?.answer(NOT_APPROVED);
}
