/**
 * A refund (pengembalian) is a new document pointing at the sale it returns goods from; the sale
 * itself is never edited. It returns some or all units of some lines, pays the money back by the
 * sale's own payment methods or in cash, and lowers the ASN total of the sale's NIP and WITA month.
 *
 * Each line's money back is fixed by its quantity: units k+1..k+q of a line that sold n units for a
 * net amount N (after line and whole-sale discounts) return floor(N·(k+q)/n) − floor(N·k/n), so
 * refunding a line in pieces returns exactly N in the end and never more.
 */
import { netLineAmounts } from './discount';
import { formatRupiah, multiplyRatio, rupiah, subtract, sum, type Rupiah } from '../money';
import { paymentMethodLabel } from './payment-method';
import { PAYMENT_METHODS, type PaymentMethod, type Sale, type SaleLine } from './sale';
import type { StaffRef } from '../staff/staff';
import type { Nip } from '../asn/nip';
import type { Problem } from '../result';
import type { OutletId, TerminalId } from '../outlet/terminal';
import type { ShiftId } from '../shift/shift';
import { refundLineTax, sameLineTax, type LineTax } from '../tax/ppn';
import { businessMonth, type BusinessDate, type BusinessMonth } from '../wita';

export interface RefundLine {
  /** The line number on the original sale. */
  lineNo: number;
  productId: string;
  name: string;
  category: string;
  supplier: string;
  quantity: number;
  amount: Rupiah;
  /** Came back damaged (rusak): recorded in the ledger, not back on the shelf. Absent means back to stock. */
  damaged?: boolean;
  /** Set when the sold line had tax figures: the part of them this line returns (domain/tax/ppn). */
  tax?: LineTax;
}

export interface RefundPayment {
  method: PaymentMethod;
  amount: Rupiah;
}

/** The ASN month a refund lowers: the original sale's NIP and the WITA month of that sale. */
export interface RefundAsn {
  nip: Nip;
  month: BusinessMonth;
}

export interface Refund {
  id: string;
  /** The refund's own receipt number, from the same per-terminal sequence as sales. */
  receiptNo: string;
  originalSaleId: string;
  originalReceiptNo: string;
  outletId: OutletId;
  terminalId: TerminalId;
  shiftId: ShiftId | null;
  cashier: StaffRef | null;
  /** The manager whose PIN approved it. */
  approvedBy: StaffRef | null;
  training: boolean;
  /** UTC instant from the terminal clock. */
  refundedAt: string;
  businessDate: BusinessDate;
  reason: string;
  lines: RefundLine[];
  total: Rupiah;
  payments: RefundPayment[];
  asn: RefundAsn | null;
}

export interface RefundableLine {
  lineNo: number;
  name: string;
  /** A weighed line's weight: its one unit is the whole weight sold. */
  weightGrams: number | null;
  sold: number;
  refunded: number;
  remaining: number;
}

/** Units of each line already returned by refunds of this sale. */
function refundedByLine(original: Sale, earlierRefunds: readonly Refund[]): Map<number, number> {
  const refunded = new Map<number, number>();
  for (const refund of earlierRefunds) {
    if (refund.originalSaleId !== original.id) continue;
    for (const line of refund.lines) refunded.set(line.lineNo, (refunded.get(line.lineNo) ?? 0) + line.quantity);
  }
  return refunded;
}

/** The sale's lines with what is left to refund, for the refund screen. */
export function refundableLines(original: Sale, earlierRefunds: readonly Refund[]): RefundableLine[] {
  const refunded = refundedByLine(original, earlierRefunds);
  return original.lines.map((line) => {
    const done = refunded.get(line.lineNo) ?? 0;
    return {
      lineNo: line.lineNo,
      name: line.name,
      weightGrams: line.weightGrams,
      sold: line.quantity,
      refunded: done,
      remaining: line.quantity - done,
    };
  });
}

export type RefundStatus = 'none' | 'partial' | 'full';

/** Whether the sale's goods came back: none, some, or all of them (then nothing is left to refund). */
export function refundStatus(original: Sale, earlierRefunds: readonly Refund[]): RefundStatus {
  const lines = refundableLines(original, earlierRefunds);
  if (lines.every((l) => l.refunded === 0)) return 'none';
  return lines.every((l) => l.remaining === 0) ? 'full' : 'partial';
}

/** The money and tax returned for `quantity` more units of a line after `alreadyRefunded` of them. */
function lineAmount(
  line: SaleLine,
  net: Rupiah,
  alreadyRefunded: number,
  quantity: number,
): Pick<RefundLine, 'amount' | 'tax'> {
  const upTo = (units: number) => multiplyRatio(net, units, line.quantity, 'down');
  const before = upTo(alreadyRefunded);
  const after = upTo(alreadyRefunded + quantity);
  const amount = subtract(after, before);
  return line.tax === undefined ? { amount } : { amount, tax: refundLineTax(line.tax, net, before, after) };
}

/**
 * Whether each pick ([line number, quantity]) names a line of the sale with that many units left to
 * refund: what refundLine insists on, as a Problem for the cashier before any line is priced.
 */
export function refundPicksProblem(
  original: Sale,
  picks: ReadonlyArray<readonly [number, number]>,
  earlierRefunds: readonly Refund[],
): Problem | null {
  const left = new Map(refundableLines(original, earlierRefunds).map((l) => [l.lineNo, l.remaining]));
  const fit = picks.every(
    ([lineNo, quantity]) => Number.isSafeInteger(quantity) && quantity > 0 && quantity <= (left.get(lineNo) ?? 0),
  );
  return fit
    ? null
    : { code: 'refund-exceeds-sale', message: 'Jumlah yang dikembalikan melebihi sisa yang bisa dikembalikan.' };
}

/**
 * The refund line for returning `quantity` units of line `lineNo`, priced after the units refunded
 * before. Throws when the line does not exist or fewer units are left (refundPicksProblem checks
 * first); refundProblems says the same in words for documents that arrive from elsewhere.
 */
export function refundLine(
  original: Sale,
  lineNo: number,
  quantity: number,
  earlierRefunds: readonly Refund[],
): RefundLine {
  const index = original.lines.findIndex((l) => l.lineNo === lineNo);
  const line = original.lines[index];
  if (line === undefined) throw new RangeError(`Sale ${original.receiptNo} has no line ${lineNo}`);
  const already = refundedByLine(original, earlierRefunds).get(lineNo) ?? 0;
  if (!Number.isSafeInteger(quantity) || quantity <= 0 || already + quantity > line.quantity) {
    throw new RangeError(`Cannot refund ${quantity} of line ${lineNo}: ${line.quantity - already} left`);
  }
  const net = netLineAmounts(original)[index]!;
  return {
    lineNo,
    productId: line.productId,
    name: line.name,
    category: line.category,
    supplier: line.supplier,
    quantity,
    ...lineAmount(line, net, already, quantity),
  };
}

/** How the money goes back: all in cash, or by the way the buyer paid. */
export type RefundMethod = 'original' | 'cash';

/**
 * The payments of a refund of `total`: all in cash, or by the non-cash methods the buyer paid with,
 * each up to what it paid less the earlier refunds by it, and cash for the rest.
 */
export function payBack(
  original: Sale,
  earlierRefunds: readonly Refund[],
  total: Rupiah,
  method: RefundMethod,
): RefundPayment[] {
  if (total === 0) return [];
  if (method === 'cash') return [{ method: 'cash', amount: total }];
  const earlier = earlierRefunds.filter((r) => r.originalSaleId === original.id);
  const payments: RefundPayment[] = [];
  let left = total;
  for (const m of PAYMENT_METHODS.filter((p) => p !== 'cash')) {
    const paid = sum(original.payments.filter((p) => p.method === m).map((p) => p.amount));
    const before = sum(earlier.flatMap((r) => r.payments.filter((p) => p.method === m).map((p) => p.amount)));
    const amount = rupiah(Math.min(left, paid - before));
    if (amount <= 0) continue;
    payments.push({ method: m, amount });
    left = subtract(left, amount);
  }
  return left > 0 ? [...payments, { method: 'cash', amount: left }] : payments;
}

export function refundAsn(original: Sale): RefundAsn | null {
  return original.asn === null ? null : { nip: original.asn.nip, month: businessMonth(original.completedAt) };
}

/**
 * Business checks for a refund against its original sale and the refunds of that sale made before
 * it (others are ignored). Messages are for the cashier and for the server's quarantine; empty when
 * the refund is sound.
 */
export function refundProblems(refund: Refund, original: Sale, earlierRefunds: readonly Refund[]): string[] {
  const problems: string[] = [];
  if (refund.originalSaleId !== original.id || refund.originalReceiptNo !== original.receiptNo) {
    problems.push(`Refund menunjuk struk ${refund.originalReceiptNo}, bukan ${original.receiptNo}.`);
  }
  if (refund.training !== original.training)
    problems.push('Refund latihan dan penjualan sungguhan tidak boleh dicampur.');
  const earlier = earlierRefunds.filter((r) => r.originalSaleId === original.id && r.id !== refund.id);
  problems.push(...lineProblems(refund, original, earlier));
  const total = sum(refund.lines.map((l) => l.amount));
  if (refund.total !== total)
    problems.push(`Total refund ${formatRupiah(refund.total)} seharusnya ${formatRupiah(total)}.`);
  problems.push(...paymentProblems(refund, original, earlier));
  const asn = refundAsn(original);
  if (refund.asn?.nip !== asn?.nip || refund.asn?.month !== asn?.month) {
    problems.push(
      asn === null
        ? 'Struk asal bukan belanja ASN.'
        : `Refund harus mengurangi belanja ASN ${asn.month} dari struk asal.`,
    );
  }
  return problems;
}

function lineProblems(refund: Refund, original: Sale, earlier: readonly Refund[]): string[] {
  if (refund.lines.length === 0) return ['Refund tidak berisi barang.'];
  const problems: string[] = [];
  const refunded = refundedByLine(original, earlier);
  const nets = netLineAmounts(original);
  const seen = new Set<number>();
  for (const line of refund.lines) {
    const index = original.lines.findIndex((l) => l.lineNo === line.lineNo);
    const sold = original.lines[index];
    if (sold === undefined) {
      problems.push(`Baris ${line.lineNo} tidak ada di struk ${original.receiptNo}.`);
      continue;
    }
    if (seen.has(line.lineNo)) {
      problems.push(`Baris ${line.lineNo} muncul lebih dari sekali.`);
      continue;
    }
    seen.add(line.lineNo);
    if (
      line.productId !== sold.productId ||
      line.name !== sold.name ||
      line.category !== sold.category ||
      line.supplier !== sold.supplier
    ) {
      problems.push(`Baris ${line.lineNo}: data barang tidak sama dengan struk asal.`);
    }
    const already = refunded.get(line.lineNo) ?? 0;
    const left = sold.quantity - already;
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      problems.push(`Baris ${line.lineNo}: jumlah ${line.quantity} harus bilangan bulat positif.`);
    } else if (line.quantity > left) {
      problems.push(`Baris ${line.lineNo}: jumlah ${line.quantity} melebihi sisa yang bisa dikembalikan (${left}).`);
    } else {
      const expected = lineAmount(sold, nets[index]!, already, line.quantity);
      if (line.amount !== expected.amount)
        problems.push(
          `Baris ${line.lineNo}: nilai ${formatRupiah(line.amount)} seharusnya ${formatRupiah(expected.amount)}.`,
        );
      // A refund made before tax figures existed carries none; one that carries them must match the sale's.
      if (line.tax !== undefined && !sameLineTax(line.tax, expected.tax))
        problems.push(`Baris ${line.lineNo}: PPN yang dikembalikan tidak sesuai dengan struk asal.`);
    }
  }
  return problems;
}

/**
 * Money goes back in cash or by a method the buyer used, never more by a method than it paid. Goods
 * that were free (fully discounted) come back with no payment at all.
 */
function paymentProblems(refund: Refund, original: Sale, earlier: readonly Refund[]): string[] {
  if (refund.payments.length === 0 && refund.total !== 0) return ['Refund tidak punya pembayaran kembali.'];
  const problems: string[] = [];
  for (const p of refund.payments) {
    if (p.amount <= 0)
      problems.push(`Pengembalian ${paymentMethodLabel(p.method)} ${formatRupiah(p.amount)} harus lebih dari nol.`);
  }
  const paidBack = sum(refund.payments.map((p) => p.amount));
  if (paidBack !== refund.total)
    problems.push(
      `Uang kembali ${formatRupiah(paidBack)} tidak sama dengan total refund ${formatRupiah(refund.total)}.`,
    );
  for (const method of PAYMENT_METHODS) {
    if (method === 'cash') continue;
    const now = sum(refund.payments.filter((p) => p.method === method).map((p) => p.amount));
    if (now === 0) continue;
    const paid = sum(original.payments.filter((p) => p.method === method).map((p) => p.amount));
    const before = sum(earlier.flatMap((r) => r.payments.filter((p) => p.method === method).map((p) => p.amount)));
    if (before + now > paid) {
      const label = paymentMethodLabel(method);
      problems.push(
        `Pengembalian lewat ${label} ${formatRupiah(now)} melebihi sisa pembayaran ${label} di struk asal (${formatRupiah(subtract(paid, before))}).`,
      );
    }
  }
  return problems;
}
