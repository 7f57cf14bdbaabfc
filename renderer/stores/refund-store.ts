/**
 * A refund in progress: the original sale found by its receipt's QR code or number, then the goods
 * and quantities coming back, the way the money goes back, a reason, and a manager's approval.
 */
import { create } from 'zustand';
import type { Refund } from '#domain/checkout/refund';
import { formatRupiah } from '#domain/money';
import { refundPicksProblem, type RefundMethod } from '#domain/checkout/refund';
import { findOutletSale, withOutletRefunds } from '../refunds/outlet-sale';
import { completeRefund, draftRefund, findSaleToRefund, type RefundSubject } from '../refunds/refund-commands';
import { approve } from './approval-store';
import { showError, showInfo, showProblem } from './notice-store';
import { openDrawer } from '../print/print-commands';
import { printNow } from '../print/printer-service';
import { currentUser } from './session-store';
import { requireShift } from './shift-store';
import { database, showScreen, useTerminalStore } from './terminal-store';

interface RefundState {
  subject: RefundSubject | null;
  /** The refund just recorded, shown until the next one starts. */
  done: Refund | null;
}

export const useRefundStore = create<RefundState>(() => ({ subject: null, done: null }));

/** A scanned receipt QR or a typed receipt number: opens that sale for refund on the history screen. */
export async function findForRefund(code: string): Promise<boolean> {
  const here = await findSaleToRefund(database(), code);
  const found = !here.ok
    ? here
    : here.value
      ? await withOutletRefunds(here.value)
      : await findOutletSale(database(), code);
  if (!found.ok) {
    showProblem(found.error);
    return false;
  }
  useRefundStore.setState({ subject: found.value, done: null });
  showScreen('sales');
  return true;
}

export function closeRefund(): void {
  useRefundStore.setState({ subject: null, done: null });
}

export async function submitRefund(
  picks: ReadonlyArray<readonly [number, number]>,
  method: RefundMethod,
  reason: string,
  damaged: ReadonlySet<number> = new Set(),
): Promise<Refund | null> {
  const { subject } = useRefundStore.getState();
  const identity = useTerminalStore.getState().identity;
  const shift = requireShift();
  if (!subject || !identity || !shift) return null;
  // Every field is checked before a manager is called over.
  if (picks.length === 0 || reason.trim() === '') {
    showError(
      [
        picks.length === 0 && 'Isi jumlah barang yang dikembalikan.',
        reason.trim() === '' && 'Alasan refund wajib diisi.',
      ]
        .filter(Boolean)
        .join(' '),
    );
    return null;
  }
  const user = currentUser();
  const cashier = { id: user.id, name: user.name };
  const now = new Date();
  const wrongPick = refundPicksProblem(subject.sale, picks, subject.earlier);
  if (wrongPick) {
    showError(wrongPick.message);
    return null;
  }
  const total = draftRefund(
    identity,
    { subject, picks, method, reason, damaged, cashier, shiftId: shift.id, approvedBy: cashier },
    now,
  ).total;
  const approval = await approve(
    { kind: 'refund', originalReceiptNo: subject.sale.receiptNo, total },
    { recorded: false },
  );
  if (!approval.ok || !approval.value) return null;
  const result = await completeRefund(
    database(),
    identity,
    { subject, picks, method, reason, damaged, cashier, shiftId: shift.id, approvedBy: approval.value },
    now,
  );
  if (!result.ok) {
    showProblem(result.error);
    return null;
  }
  const refund = result.value;
  useRefundStore.setState({ subject: { ...subject, earlier: [...subject.earlier, refund] }, done: refund });
  printNow();
  const drawer = refund.payments.some((p) => p.method === 'cash') ? await openDrawer() : true;
  if (drawer) showInfo(`Refund ${refund.receiptNo} tersimpan: ${formatRupiah(refund.total)} dikembalikan.`, 'success');
  return refund;
}
