/**
 * A cashier's shift on one terminal: opened with a counted float (modal awal), closed with a counted
 * drawer. A shift belongs to the WITA business date it opened on, even when it runs past midnight.
 */
import { cashCountProblems, type CashCount } from './cash-count';
import { idMaker, type KindOfId } from '../checked-id';
import { formatRupiah, rupiah, type Rupiah } from '../money';
import type { OutletId, TerminalId } from '../outlet/terminal';
import type { StaffRef } from '../staff/staff';
import { businessDate, type BusinessDate } from '../wita';

/**
 * The variance a cashier may close with on their own, either way: more than a few small notes
 * missing or extra is worth a manager's look.
 */
export const DEFAULT_VARIANCE_THRESHOLD = rupiah(10_000);

export interface ShiftClosing {
  /** UTC instant from the terminal clock. */
  closedAt: string;
  /** The cashier, or a manager closing a shift left open. */
  closedBy: StaffRef;
  counted: CashCount;
  /** The threshold this close was judged by, kept so the document reads the same forever. */
  varianceThreshold: Rupiah;
  /** Required when the variance is over the threshold. */
  varianceReason: string | null;
  /** The manager whose PIN approved a variance over the threshold. */
  approvedBy: StaffRef | null;
}

/** A shift's id (the UUIDv7 its terminal made at open), made only by toShiftId or the wire's schemas. */
export type ShiftId = KindOfId<'ShiftId'>;

export const toShiftId = idMaker<'ShiftId'>('a shift id');

export interface Shift {
  id: ShiftId;
  outletId: OutletId;
  terminalId: TerminalId;
  cashier: StaffRef;
  /** Mode latihan: a practice shift, never counted by the province. */
  training: boolean;
  /** UTC instant from the terminal clock. */
  openedAt: string;
  /** The WITA date the shift opened: its sales, refunds and report belong to this day. */
  businessDate: BusinessDate;
  openingFloat: CashCount;
  closing: ShiftClosing | null;
}

/** A new open shift; throws when the float count is not a count (the screen checks it first). */
export function openShift(opening: Omit<Shift, 'businessDate' | 'closing'>): Shift {
  const problems = cashCountProblems(opening.openingFloat);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  return { ...opening, businessDate: businessDate(opening.openedAt), closing: null };
}

/** A variance (counted − expected, either way) needs a reason and a manager once it exceeds the threshold. */
export function varianceNeedsApproval(variance: Rupiah, threshold: Rupiah): boolean {
  return Math.abs(variance) > threshold;
}

/**
 * Why a shift cannot close with this count, empty when it can. `variance` is the report's
 * counted − expected for this count.
 */
export function closingProblems(closing: ShiftClosing, variance: Rupiah): string[] {
  const problems = cashCountProblems(closing.counted);
  if (!varianceNeedsApproval(variance, closing.varianceThreshold)) return problems;
  const over = `Selisih kas ${formatRupiah(variance)} melebihi batas ${formatRupiah(closing.varianceThreshold)}`;
  if ((closing.varianceReason ?? '').trim() === '') problems.push(`${over}: alasan wajib diisi.`);
  if (closing.approvedBy === null) problems.push(`${over}: perlu persetujuan manajer.`);
  return problems;
}
