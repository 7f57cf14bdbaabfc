/**
 * Which acts at the counter need a manager's PIN. A kasir may sell, take payment and open their own
 * shift; a manager may do everything, and approves sensitive acts at the cashier's terminal. Each act
 * also gets the Indonesian words the approval prompt and the audit log show.
 */
import { discountProblem, type Discount } from '../checkout/discount';
import { missingCase } from '../missing-case';
import { formatRupiah, type Rupiah } from '../money';
import { payOutNeedsApproval } from '../shift/cash-movement';
import { varianceNeedsApproval } from '../shift/shift';
import type { StaffRole } from './staff';
import type { WriteOffReason } from '../stock/stock-reason';
import { WRITE_OFF_LABEL } from '../stock/write-off';

export type SensitiveAction =
  | { kind: 'line-discount'; lineNo: number; base: Rupiah; discount: Discount; reason: string }
  | { kind: 'sale-discount'; base: Rupiah; discount: Discount; reason: string }
  | { kind: 'price-override'; lineNo: number; from: Rupiah; to: Rupiah; reason: string }
  | { kind: 'remove-line'; lineNo: number; nipEntered: boolean; paymentEntered: boolean }
  /** Emptying the cart of a sale in progress (a completed sale is never voided, only refunded). */
  | { kind: 'void-sale'; lineCount: number; total: Rupiah; nipEntered: boolean; paymentEntered: boolean }
  /** Opening the cash drawer without a sale (pay in/out and sales open it on their own). */
  | { kind: 'open-drawer'; reason: string }
  | { kind: 'refund'; originalReceiptNo: string; total: Rupiah }
  | { kind: 'close-shift'; variance: Rupiah; threshold: Rupiah }
  /** Kas keluar above the province's threshold. */
  | { kind: 'pay-out'; amount: Rupiah; threshold: Rupiah; reason: string }
  /** Booking a stock-take's adjustments (stok opname): `net` is the variance in Rupiah. */
  | { kind: 'approve-stock-take'; products: number; net: Rupiah }
  /** Stok terbuang: goods taken off the books. */
  | { kind: 'write-off'; reason: WriteOffReason; lineCount: number };

/** Whether the act needs a manager at all, whoever asks. */
export function needsManager(action: SensitiveAction): boolean {
  switch (action.kind) {
    case 'line-discount':
    case 'sale-discount':
    case 'price-override':
    case 'open-drawer':
    case 'refund':
    case 'approve-stock-take':
    case 'write-off':
      return true;
    case 'remove-line':
    case 'void-sale':
      // Before a NIP or payment, removing lines is ordinary correction of the cart.
      return action.nipEntered || action.paymentEntered;
    case 'close-shift':
      return varianceNeedsApproval(action.variance, action.threshold);
    case 'pay-out':
      return payOutNeedsApproval(action.amount, action.threshold);
    default:
      return missingCase(action);
  }
}

/** Whether the person asking must get a manager's PIN first: managers approve their own acts. */
export function approvalRequired(action: SensitiveAction, role: StaffRole): boolean {
  switch (role) {
    case 'manager':
      return false;
    case 'kasir':
      return needsManager(action);
    default:
      return missingCase(role);
  }
}

function describeDiscount(discount: Discount): string {
  switch (discount.kind) {
    case 'amount':
      return formatRupiah(discount.amount);
    case 'percent':
      return `${(discount.basisPoints / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
    default:
      return missingCase(discount);
  }
}

/** The act in words, for the approval prompt and the audit log. */
export function describeAction(action: SensitiveAction): string {
  switch (action.kind) {
    case 'line-discount':
      return `Diskon ${describeDiscount(action.discount)} pada baris ${action.lineNo}`;
    case 'sale-discount':
      return `Diskon ${describeDiscount(action.discount)} untuk seluruh belanja`;
    case 'price-override':
      return `Ubah harga baris ${action.lineNo} dari ${formatRupiah(action.from)} menjadi ${formatRupiah(action.to)}`;
    case 'remove-line':
      return `Hapus baris ${action.lineNo}${action.nipEntered || action.paymentEntered ? ' setelah NIP atau pembayaran dimasukkan' : ''}`;
    case 'void-sale':
      return `Batalkan transaksi ${action.lineCount} baris sebesar ${formatRupiah(action.total)}${action.nipEntered || action.paymentEntered ? ' setelah NIP atau pembayaran dimasukkan' : ''}`;
    case 'open-drawer':
      return 'Buka laci tanpa penjualan';
    case 'refund':
      return `Refund struk ${action.originalReceiptNo} sebesar ${formatRupiah(action.total)}`;
    case 'close-shift':
      return `Tutup shift dengan selisih kas ${formatRupiah(action.variance)}`;
    case 'pay-out':
      return `Kas keluar ${formatRupiah(action.amount)} (di atas batas ${formatRupiah(action.threshold)})`;
    case 'approve-stock-take':
      return `Setujui stok opname ${action.products} produk, selisih ${formatRupiah(action.net)}`;
    case 'write-off':
      return `Stok terbuang ${action.lineCount} baris (${WRITE_OFF_LABEL[action.reason].toLowerCase()})`;
    default:
      return missingCase(action);
  }
}

/** Why the act cannot go ahead as entered (a reason missing, a discount too large), empty when it can. */
export function actionProblems(action: SensitiveAction): string[] {
  const reasonMissing = 'reason' in action && action.reason.trim() === '' ? ['Alasan wajib diisi.'] : [];
  switch (action.kind) {
    case 'line-discount':
    case 'sale-discount': {
      const problem = discountProblem(action.base, action.discount);
      return problem === null ? reasonMissing : [problem, ...reasonMissing];
    }
    case 'price-override':
      return action.to < 0 ? ['Harga baru tidak boleh negatif.', ...reasonMissing] : reasonMissing;
    case 'open-drawer':
    case 'pay-out':
    case 'write-off':
      return reasonMissing;
    case 'remove-line':
    case 'void-sale':
    case 'refund':
    case 'close-shift':
    case 'approve-stock-take':
      return [];
    default:
      return missingCase(action);
  }
}
