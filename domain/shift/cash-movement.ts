/**
 * Pay in / pay out (kas masuk / kas keluar): cash put into or taken out of the drawer during a shift
 * for something other than a sale (more change from the safe, paying a producer's delivery), each
 * with a reason. Amounts are positive; the kind gives the direction.
 */
import { idMaker, type KindOfId } from '../checked-id';
import { formatRupiah, rupiah, type Rupiah } from '../money';
import type { OutletId, TerminalId } from '../outlet/terminal';
import type { StaffRef } from '../staff/staff';
import type { ShiftId } from './shift';

export type CashMovementKind = 'pay-in' | 'pay-out';

/** A pay in's or pay out's id (a UUIDv7), made only by toCashMovementId or the wire's schemas. */
export type CashMovementId = KindOfId<'CashMovementId'>;

export const toCashMovementId = idMaker<'CashMovementId'>('a cash movement id');

export interface CashMovement {
  id: CashMovementId;
  outletId: OutletId;
  terminalId: TerminalId;
  shiftId: ShiftId;
  kind: CashMovementKind;
  amount: Rupiah;
  reason: string;
  /** UTC instant from the terminal clock. */
  at: string;
  cashier: StaffRef;
  /** Mode latihan: practice money, never counted by the province. */
  training: boolean;
}

const MAX_REASON_LENGTH = 200;

/** The kas keluar a kasir may take on their own; above it a manager approves (a province setting). */
export const DEFAULT_PAY_OUT_APPROVAL_THRESHOLD = rupiah(100_000);

export function payOutNeedsApproval(amount: Rupiah, threshold: Rupiah): boolean {
  return amount > threshold;
}

/**
 * Why a movement cannot be recorded, empty when it can. `drawerCash` is the cash the drawer should
 * hold now (the X report's expected cash): a pay out cannot take more than that.
 */
export function cashMovementProblems(
  movement: Pick<CashMovement, 'kind' | 'amount' | 'reason'>,
  drawerCash: Rupiah,
): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(movement.amount) || movement.amount <= 0)
    problems.push('Jumlah uang harus lebih dari nol.');
  const reason = movement.reason.trim();
  if (reason.length === 0) problems.push('Alasan wajib diisi.');
  if (reason.length > MAX_REASON_LENGTH) problems.push(`Alasan paling panjang ${MAX_REASON_LENGTH} huruf.`);
  if (movement.kind === 'pay-out' && movement.amount > drawerCash) {
    problems.push(`Kas keluar ${formatRupiah(movement.amount)} melebihi uang di laci (${formatRupiah(drawerCash)}).`);
  }
  return problems;
}
