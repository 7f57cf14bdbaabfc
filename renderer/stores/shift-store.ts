/**
 * The terminal's shift as the screens see it: the open shift (or none: then nothing can be sold),
 * its X report, and the actions that open it, move cash, print the X report, close it with a count
 * and close the day. The records themselves are written by shifts/shift-commands.
 */
import { create } from 'zustand';
import type { CashCount } from '#domain/shift/cash-count';
import { DEFAULT_PAY_OUT_APPROVAL_THRESHOLD, type CashMovementKind } from '#domain/shift/cash-movement';
import type { Rupiah } from '#domain/money';
import { DEFAULT_VARIANCE_THRESHOLD, type Shift } from '#domain/shift/shift';
import type { DayClosing, ShiftReport } from '#domain/shift/shift-report';
import { tillStatuses, type OutletDay, type TillStatus } from '#domain/shift/outlet-tills';
import type { Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import { businessDate, formatBusinessDate } from '#domain/wita';
import {
  checkCashMovement,
  closeAction,
  closeDay,
  closeShift,
  moveCash,
  previewClose,
  printXReport,
  reprintZReport,
  startShift,
} from '../shifts/shift-commands';
import { sellingShift } from '#domain/shift/selling-shift';
import { loadShiftReport, openShiftOf } from '../shifts/shift-documents';
import { fetchOutletDay } from '../shifts/outlet-day';
import { payOutApprovalThreshold, varianceThreshold } from '../sync/province-settings';
import { approve } from './approval-store';
import { showError, showInfo, showProblem } from './notice-store';
import { openDrawer } from '../print/print-commands';
import { printNow } from '../print/printer-service';
import { currentUser } from './session-store';
import { database, showScreen, useTerminalStore } from './terminal-store';

interface ShiftState {
  /** The open shift, or null; undefined until read from the database. */
  shift: Shift | null | undefined;
  /** The open shift's X report as last computed. */
  report: ShiftReport | null;
  /** The shift closed last on this screen, with its Z report. */
  closed: { shift: Shift; report: ShiftReport } | null;
  /** The variance a close may have without a manager (a province setting), as last read. */
  varianceThreshold: Rupiah;
  /** The kas keluar a kasir may take without a manager (a province setting), as last read. */
  payOutThreshold: Rupiah;
  /** The outlet's tills today as the province last said (null: not asked, mode latihan, or offline). */
  tills: TillStatus[] | null;
}

export const useShiftStore = create<ShiftState>(() => ({
  shift: undefined,
  report: null,
  closed: null,
  varianceThreshold: DEFAULT_VARIANCE_THRESHOLD,
  payOutThreshold: DEFAULT_PAY_OUT_APPROVAL_THRESHOLD,
  tills: null,
}));

function identity() {
  const value = useTerminalStore.getState().identity;
  if (!value) throw new Error('Terminal belum siap.');
  return value;
}

/** Reads the open shift (at sign-in, after a reload) and its X report. */
export async function loadShift(): Promise<void> {
  const shift = await openShiftOf(database());
  useShiftStore.setState({
    shift,
    report: shift ? await loadShiftReport(database(), shift) : null,
    ...(await approvalThresholds()),
  });
}

/** After a sale, refund or cash movement, and as the shift screen shows a form: the X report and the province's thresholds again (a pull may have changed them). */
export async function refreshShiftReport(): Promise<void> {
  const { shift } = useShiftStore.getState();
  if (shift)
    useShiftStore.setState({ report: await loadShiftReport(database(), shift), ...(await approvalThresholds()) });
}

async function approvalThresholds(): Promise<Pick<ShiftState, 'varianceThreshold' | 'payOutThreshold'>> {
  const { training } = identity();
  return {
    varianceThreshold: await varianceThreshold(database(), training),
    payOutThreshold: await payOutApprovalThreshold(database(), training),
  };
}

/** The open shift, for selling and moving cash (domain/shift/selling-shift.ts); says why not. */
export function requireShift(): Shift | null {
  const result = sellingShift(useShiftStore.getState().shift ?? null, currentUser());
  if (result.ok) return result.value;
  showError(result.error.message);
  return null;
}

export async function openShiftWithFloat(openingFloat: CashCount): Promise<boolean> {
  const result = await startShift(database(), identity(), currentUser(), openingFloat, new Date());
  if (!result.ok) {
    showProblem(result.error);
    return false;
  }
  useShiftStore.setState({ shift: result.value, closed: null });
  await refreshShiftReport();
  showScreen('register');
  showInfo(`Shift dibuka oleh ${result.value.cashier.name}. Selamat bekerja!`, 'success');
  return true;
}

/** Kas masuk/keluar: recorded, the slip printed and the drawer opened. */
export async function moveShiftCash(kind: CashMovementKind, amount: Rupiah, reason: string): Promise<boolean> {
  const shift = requireShift();
  if (!shift) return false;
  const move = { kind, amount, reason };
  const check = await checkCashMovement(database(), shift, move);
  if (check.problems.length > 0) {
    showError(check.problems.join(' '));
    return false;
  }
  if (check.approval && !(await approve(check.approval)).ok) return false;
  const result = await moveCash(database(), identity(), shift, currentUser(), move, new Date());
  if (!result.ok) {
    showProblem(result.error);
    return false;
  }
  printNow();
  await refreshShiftReport();
  // The drawer's own message when it does not open; the movement is recorded either way.
  if (await openDrawer())
    showInfo(`${kind === 'pay-in' ? 'Kas masuk' : 'Kas keluar'} tercatat; bukti dicetak.`, 'success');
  return true;
}

export async function printShiftXReport(): Promise<void> {
  const shift = requireShift();
  if (!shift) return;
  const report = await printXReport(database(), identity(), shift, new Date());
  useShiftStore.setState({ report });
  printNow();
  showInfo('Laporan X masuk antrean printer.', 'success');
}

/** "Buka laci" without a sale: a manager's approval, recorded, then the drawer. */
export async function openDrawerWithoutSale(reason: string): Promise<boolean> {
  const approval = await approve({ kind: 'open-drawer', reason });
  if (!approval.ok) return false;
  return openDrawer();
}

/** The closed shift and Z report this count would give. */
async function closingPreview(counted: CashCount): Promise<{ shift: Shift; report: ShiftReport } | null> {
  const shift = requireShift();
  if (!shift) return null;
  const preview = await previewClose(
    database(),
    shift,
    { counted, closedBy: currentUser(), varianceReason: null, approvedBy: null },
    new Date(),
  );
  if (!preview.ok) {
    showProblem(preview.error);
    return null;
  }
  return preview.value;
}

/** Closes the shift with this count; over the threshold, with a reason and a manager's PIN. */
export async function closeShiftWithCount(counted: CashCount, varianceReason: string): Promise<boolean> {
  const shift = requireShift();
  const preview = await closingPreview(counted);
  if (!shift || !preview) return false;
  const user = currentUser();
  let approvedBy: StaffRef | null = null;
  if (preview.report.varianceNeedsApproval) {
    if (varianceReason.trim() === '') {
      showError('Selisih kas melebihi batas: tulis alasannya dulu.');
      return false;
    }
    const approval = await approve(closeAction(preview.shift, preview.report), { recorded: false });
    if (!approval.ok) return false;
    approvedBy = approval.value;
  }
  const result = await closeShift(
    database(),
    identity(),
    shift,
    { counted, closedBy: user, varianceReason: varianceReason || null, approvedBy },
    new Date(),
  );
  if (!result.ok) {
    showProblem(result.error);
    return false;
  }
  useShiftStore.setState({ shift: null, report: null, closed: result.value });
  printNow();
  showInfo('Shift ditutup; laporan Z dicetak.', 'success');
  return true;
}

/** A past Z report again, marked SALINAN. */
export async function reprintShiftZReport(shift: Shift): Promise<void> {
  await reprintZReport(database(), identity(), shift, new Date());
  printNow();
  showInfo(`Salinan laporan Z shift ${shift.cashier.name} masuk antrean printer.`, 'success');
}

/** The outlet's tills today, from the province, for the manager's day close; null in mode latihan. */
async function outletToday(): Promise<Result<OutletDay | null>> {
  const { training, terminalId } = identity();
  const day = await fetchOutletDay(businessDate(new Date()), training);
  useShiftStore.setState({ tills: day.ok && day.value ? tillStatuses(day.value, terminalId) : null });
  return day;
}

/** Asks the province which tills of the outlet closed their shifts and synced; `announce`: say why not, when it cannot. */
export async function checkOutletTills(announce: boolean): Promise<void> {
  const day = await outletToday();
  if (!day.ok && announce) showProblem(day.error);
}

/** Tutup hari: managers only, once every shift of today on every till of the outlet is closed. */
export async function closeToday(): Promise<DayClosing | null> {
  const user = currentUser();
  if (user.role !== 'manager') {
    showError('Tutup hari hanya oleh manajer.');
    return null;
  }
  const outlet = await outletToday();
  if (!outlet.ok) {
    showProblem(outlet.error);
    return null;
  }
  const result = await closeDay(database(), identity(), businessDate(new Date()), user, new Date(), outlet.value);
  if (!result.ok) {
    showProblem(result.error);
    return null;
  }
  printNow();
  const tills = new Set(result.value.report.shifts.map((s) => s.terminalId)).size;
  showInfo(
    `Hari ${formatBusinessDate(result.value.businessDate)} ditutup untuk ${tills} till; laporan harian dicetak.`,
    'success',
  );
  return result.value;
}
