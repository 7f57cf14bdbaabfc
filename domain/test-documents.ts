/**
 * Sound Sale and Refund documents, for tests and for the printer's test page, built from the few
 * facts the caller cares about, computing every derived figure the way saleProblems and refundLine
 * do (and refusing to return a sale that fails saleProblems).
 */
import { rupiah, subtract, sum, type Rupiah } from './money';
import { refundAsn, refundLine, type Refund, type RefundPayment } from './checkout/refund';
import { lineGross, saleProblems, type Payment, type PaymentMethod, type Sale, type SaleLine } from './checkout/sale';
import { toNip } from './asn/nip';
import { toOutletId, toTerminalId } from './outlet/terminal';
import { toShiftId } from './shift/shift';
import { businessDate } from './wita';
import { DEFAULT_TAX_STATUS, type TaxSeller, type TaxStatus } from './tax/ppn';
import { taxedSale } from './tax/sale-tax';

export interface LineSpec {
  price: number;
  quantity?: number;
  weightGrams?: number;
  discount?: number;
  category?: string;
  supplier?: string;
  name?: string;
  unit?: string;
  productId?: string;
  /** Used only with the sale's `seller`. */
  taxStatus?: TaxStatus;
}

export interface PaymentSpec {
  method: PaymentMethod;
  /** Defaults to what is left of the total; the last payment should leave nothing. */
  amount?: number;
  tendered?: number;
  reference?: string;
}

export interface SaleSpec {
  id?: string;
  receiptNo?: string;
  shiftId?: string | null;
  completedAt?: string;
  outletId?: string;
  terminalId?: string;
  cashier?: Sale['cashier'];
  lines: LineSpec[];
  discount?: number;
  payments?: PaymentSpec[];
  nip?: string | null;
  training?: boolean;
  /** A PKP outlet's sale: tax figures computed as checkout does. */
  seller?: TaxSeller;
}

let counter = 0;

export function buildSale(spec: SaleSpec): Sale {
  counter += 1;
  const lines: SaleLine[] = spec.lines.map((l, i) => {
    const draft = {
      quantity: l.weightGrams === undefined ? (l.quantity ?? 1) : 1,
      weightGrams: l.weightGrams ?? null,
      unitPrice: rupiah(l.price),
    };
    const discount = rupiah(l.discount ?? 0);
    return {
      lineNo: i + 1,
      productId: l.productId ?? `p-${l.name ?? i}`,
      barcode: null,
      name: l.name ?? `Produk ${i + 1}`,
      supplier: l.supplier ?? 'UMKM Sumba',
      category: l.category ?? 'Makanan',
      unit: l.unit ?? 'pcs',
      ...draft,
      discount,
      total: subtract(lineGross(draft), discount),
    };
  });
  const subtotal = sum(lines.map((l) => l.total));
  const discount = rupiah(spec.discount ?? 0);
  const total = subtract(subtotal, discount);
  let left: Rupiah = total;
  const payments: Payment[] = (spec.payments ?? [{ method: 'cash' }]).map((p) => {
    const amount = rupiah(p.amount ?? left);
    left = subtract(left, amount);
    return { method: p.method, amount, tendered: rupiah(p.tendered ?? amount), reference: p.reference ?? null };
  });
  const completedAt = spec.completedAt ?? '2026-02-10T03:00:00.000Z';
  const untaxed: Sale = {
    id: spec.id ?? `sale-${counter}`,
    receiptNo: spec.receiptNo ?? `LBJ-T1-${counter}`,
    outletId: toOutletId(spec.outletId ?? 'LBJ'),
    terminalId: toTerminalId(spec.terminalId ?? 'T1'),
    shiftId: spec.shiftId === null ? null : toShiftId(spec.shiftId ?? 'shift-1'),
    cashier: spec.cashier ?? { id: 'k1', name: 'Maria' },
    training: spec.training ?? false,
    completedAt,
    businessDate: businessDate(completedAt),
    lines,
    subtotal,
    discount,
    total,
    payments,
    change: sum(payments.map((p) => subtract(p.tendered, p.amount))),
    asn: spec.nip ? { nip: toNip(spec.nip), name: 'Yohanes', verified: true } : null,
  };
  const sale = taxedSale(
    untaxed,
    (l) => spec.lines[l.lineNo - 1]!.taxStatus ?? DEFAULT_TAX_STATUS,
    spec.seller ?? null,
  );
  const problems = saleProblems(sale);
  if (problems.length > 0) throw new Error(`test sale is unsound: ${problems.join('; ')}`);
  return sale;
}

export interface RefundSpec {
  id?: string;
  shiftId?: string;
  /** Defaults to the whole total in cash (nothing for a refund of free goods). */
  payments?: RefundPayment[];
  refundedAt?: string;
}

/** A refund of `picks` ([line number, quantity]) priced after the `earlier` refunds of the sale. */
export function buildRefund(
  original: Sale,
  picks: Array<[lineNo: number, quantity: number]>,
  earlier: readonly Refund[],
  spec: RefundSpec = {},
): Refund {
  counter += 1;
  const refundedAt = spec.refundedAt ?? '2026-02-11T02:00:00.000Z';
  const lines = picks.map(([lineNo, quantity]) => refundLine(original, lineNo, quantity, earlier));
  const total = sum(lines.map((l) => l.amount));
  return {
    id: spec.id ?? `refund-${counter}`,
    receiptNo: `${original.outletId}-${original.terminalId}-R${counter}`,
    originalSaleId: original.id,
    originalReceiptNo: original.receiptNo,
    outletId: original.outletId,
    terminalId: original.terminalId,
    shiftId: toShiftId(spec.shiftId ?? 'shift-2'),
    cashier: { id: 'k1', name: 'Maria' },
    approvedBy: { id: 'm1', name: 'Pak Agus' },
    training: original.training,
    refundedAt,
    businessDate: businessDate(refundedAt),
    reason: 'Kemasan rusak',
    lines,
    total,
    payments: spec.payments ?? (total > 0 ? [{ method: 'cash', amount: total }] : []),
    asn: refundAsn(original),
  };
}
