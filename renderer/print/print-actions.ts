/**
 * What cash control asks of the printer after a commit: print what was just queued (slips, X and Z
 * reports, refund receipts) and open the cash drawer (pay in/out, a manager's "buka laci").
 * PLACEHOLDER until issue 4's printer wiring lands on main; replaced at that merge.
 */
export function printQueued(): void {}

export async function openCashDrawer(): Promise<boolean> {
  return true;
}
