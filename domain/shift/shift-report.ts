/**
 * The X report (any time during a shift) and the Z report (at close), and the day close over an
 * outlet's shifts. Pure figures: printing and storing them is the caller's.
 *
 * Expected cash = opening float + cash taken for sales (payment amounts, so change is already
 * netted) + pay ins − pay outs − cash paid back for refunds. Variance = counted − expected.
 * Category and supplier figures use what buyers paid per line (whole-sale discounts shared over the
 * lines), so they add up to the shift's sales and refunds exactly.
 */
import { cashCountTotal } from './cash-count';
import { NO_TAX, type TaxFigures } from '../tax/ppn';
import { netTaxFigures, refundTaxFigures, saleTaxFigures } from '../tax/sale-tax';
import type { CashMovement } from './cash-movement';
import { netLineAmounts } from '../checkout/discount';
import { missingCase } from '../missing-case';
import { add, subtract, sum, ZERO, type Rupiah } from '../money';
import type { Refund } from '../checkout/refund';
import { lineGross, PAYMENT_METHODS, type PaymentMethod, type Sale } from '../checkout/sale';
import { idMaker, type KindOfId } from '../checked-id';
import type { OutletId, TerminalId } from '../outlet/terminal';
import { varianceNeedsApproval, type Shift, type ShiftId } from './shift';
import type { StaffRef } from '../staff/staff';
import type { BusinessDate } from '../wita';
import { ok, problem, type Result } from '../result';

/** Sales, refunds and their difference for one category or one UMKM supplier. */
export interface KeyedAmounts {
  key: string;
  sales: Rupiah;
  refunds: Rupiah;
  net: Rupiah;
}

export type ByMethod = Record<PaymentMethod, Rupiah>;

/**
 * What screen and paper call netSales: sales after discounts but before refunds ("Penjualan bersih"
 * would read as after refunds, which is "Hasil bersih"). Short enough for a 58 mm row with its amount.
 */
export const NET_SALES_LABEL = 'Penjualan sblm refund';

/** The figures a shift report and a day close share. */
export interface ShiftTotals {
  saleCount: number;
  /** Line amounts before any discount. */
  grossSales: Rupiah;
  lineDiscounts: Rupiah;
  saleDiscounts: Rupiah;
  /** grossSales − lineDiscounts − saleDiscounts: the sum of sale totals. */
  netSales: Rupiah;
  salesByMethod: ByMethod;
  refundCount: number;
  refunds: Rupiah;
  refundsByMethod: ByMethod;
  /** netSales − refunds. */
  net: Rupiah;
  payInCount: number;
  payIns: Rupiah;
  payOutCount: number;
  payOuts: Rupiah;
  openingFloat: Rupiah;
  expectedCash: Rupiah;
  /** Null until the drawer is counted at close. */
  counted: Rupiah | null;
  /** counted − expectedCash: negative when cash is missing. */
  variance: Rupiah | null;
  byCategory: KeyedAmounts[];
  bySupplier: KeyedAmounts[];
  asnSaleCount: number;
  asnSales: Rupiah;
  asnRefunds: Rupiah;
  /**
   * PPN (issue 19): sales less refunds, kena PPN and bebas PPN, DPP and PPN, from the documents'
   * own figures. Absent when no sale or refund carried tax figures (not a PKP, or an older terminal).
   */
  tax?: TaxFigures;
}

export interface ShiftReport extends ShiftTotals {
  /** X while the shift is open, Z once it is closed. */
  kind: 'X' | 'Z';
  shiftId: ShiftId;
  outletId: OutletId;
  terminalId: TerminalId;
  cashier: StaffRef;
  businessDate: BusinessDate;
  openedAt: string;
  closedAt: string | null;
  /** In the order the terminal recorded the sales. */
  firstReceiptNo: string | null;
  lastReceiptNo: string | null;
  varianceNeedsApproval: boolean;
}

export interface ShiftReportInput {
  shift: Shift;
  /** The shift's sales in the order the terminal recorded them. */
  sales: readonly Sale[];
  /** Refunds made during the shift (whichever shift sold the goods). */
  refunds: readonly Refund[];
  movements: readonly CashMovement[];
}

function byMethod(): ByMethod {
  return { cash: ZERO, qris: ZERO, debit: ZERO };
}

class KeyedTally {
  private readonly rows = new Map<string, { sales: Rupiah; refunds: Rupiah }>();

  add(key: string, sales: Rupiah, refunds: Rupiah): void {
    const row = this.rows.get(key) ?? { sales: ZERO, refunds: ZERO };
    this.rows.set(key, { sales: add(row.sales, sales), refunds: add(row.refunds, refunds) });
  }

  /** Largest sales first, then by name. */
  list(): KeyedAmounts[] {
    return [...this.rows]
      .map(([key, r]) => ({ key, sales: r.sales, refunds: r.refunds, net: subtract(r.sales, r.refunds) }))
      .sort((a, b) => b.sales - a.sales || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

export function shiftReport(input: ShiftReportInput): ShiftReport {
  const { shift, sales, refunds, movements } = input;
  const foreign = [...sales, ...refunds, ...movements].find((doc) => doc.shiftId !== shift.id);
  if (foreign !== undefined)
    throw new RangeError(`Document ${foreign.id} belongs to shift ${foreign.shiftId}, not ${shift.id}`);

  const categories = new KeyedTally();
  const suppliers = new KeyedTally();
  const salesByMethod = byMethod();
  let grossSales = ZERO;
  let lineDiscounts = ZERO;
  let saleDiscounts = ZERO;
  let asnSaleCount = 0;
  let asnSales = ZERO;
  for (const sale of sales) {
    const nets = netLineAmounts(sale);
    sale.lines.forEach((line, i) => {
      grossSales = add(grossSales, lineGross(line));
      lineDiscounts = add(lineDiscounts, line.discount);
      categories.add(line.category, nets[i]!, ZERO);
      suppliers.add(line.supplier, nets[i]!, ZERO);
    });
    saleDiscounts = add(saleDiscounts, sale.discount);
    for (const p of sale.payments) salesByMethod[p.method] = add(salesByMethod[p.method], p.amount);
    if (sale.asn !== null) {
      asnSaleCount += 1;
      asnSales = add(asnSales, sale.total);
    }
  }

  const refundsByMethod = byMethod();
  for (const refund of refunds) {
    for (const line of refund.lines) {
      categories.add(line.category, ZERO, line.amount);
      suppliers.add(line.supplier, ZERO, line.amount);
    }
    for (const p of refund.payments) refundsByMethod[p.method] = add(refundsByMethod[p.method], p.amount);
  }

  let payIns = ZERO;
  let payOuts = ZERO;
  let payInCount = 0;
  let payOutCount = 0;
  for (const m of movements) {
    switch (m.kind) {
      case 'pay-in':
        payIns = add(payIns, m.amount);
        payInCount += 1;
        break;
      case 'pay-out':
        payOuts = add(payOuts, m.amount);
        payOutCount += 1;
        break;
      default:
        missingCase(m.kind);
    }
  }

  const netSales = sum(sales.map((s) => s.total));
  const refundTotal = sum(refunds.map((r) => r.total));
  const openingFloat = cashCountTotal(shift.openingFloat);
  const expectedCash = sum([
    openingFloat,
    salesByMethod.cash,
    payIns,
    subtract(ZERO, payOuts),
    subtract(ZERO, refundsByMethod.cash),
  ]);
  const counted = shift.closing === null ? null : cashCountTotal(shift.closing.counted);
  const variance = counted === null ? null : subtract(counted, expectedCash);
  return {
    kind: shift.closing === null ? 'X' : 'Z',
    shiftId: shift.id,
    outletId: shift.outletId,
    terminalId: shift.terminalId,
    cashier: shift.cashier,
    businessDate: shift.businessDate,
    openedAt: shift.openedAt,
    closedAt: shift.closing?.closedAt ?? null,
    firstReceiptNo: sales[0]?.receiptNo ?? null,
    lastReceiptNo: sales.at(-1)?.receiptNo ?? null,
    varianceNeedsApproval:
      variance !== null && shift.closing !== null && varianceNeedsApproval(variance, shift.closing.varianceThreshold),
    saleCount: sales.length,
    grossSales,
    lineDiscounts,
    saleDiscounts,
    netSales,
    salesByMethod,
    refundCount: refunds.length,
    refunds: refundTotal,
    refundsByMethod,
    net: subtract(netSales, refundTotal),
    payInCount,
    payIns,
    payOutCount,
    payOuts,
    openingFloat,
    expectedCash,
    counted,
    variance,
    byCategory: categories.list(),
    bySupplier: suppliers.list(),
    asnSaleCount,
    asnSales,
    asnRefunds: sum(refunds.filter((r) => r.asn !== null).map((r) => r.total)),
    ...taxTotals(sales, refunds),
  };
}

function taxTotals(sales: readonly Sale[], refunds: readonly Refund[]): { tax?: TaxFigures } {
  const taxed = sales.some((s) => s.tax !== undefined) || refunds.some((r) => r.lines.some((l) => l.tax));
  return taxed ? { tax: netTaxFigures(sales.map(saleTaxFigures), refunds.map(refundTaxFigures)) } : {};
}

export interface DayClose extends ShiftTotals {
  outletId: OutletId;
  businessDate: BusinessDate;
  /** The Z reports of the day's shifts, in the order given. */
  shifts: ShiftReport[];
}

export type DayCloseResult = Result<DayClose>;

/**
 * The outlet's day: every shift that opened on the WITA date, all closed. Counted and variance are
 * the sums over the shifts.
 */
export function dayClose(outletId: OutletId, date: BusinessDate, reports: readonly ShiftReport[]): DayCloseResult {
  const stray = reports.find((r) => r.outletId !== outletId || r.businessDate !== date);
  if (stray !== undefined)
    throw new RangeError(`Shift ${stray.shiftId} is ${stray.outletId} ${stray.businessDate}, not ${outletId} ${date}`);
  const open = reports.filter((r) => r.kind === 'X');
  if (open.length > 0) {
    const names = open.map((r) => `${r.cashier.name} (${r.terminalId})`).join(', ');
    return problem('shifts-open', `Tutup hari belum bisa: shift ${names} belum ditutup.`);
  }
  const categories = new KeyedTally();
  const suppliers = new KeyedTally();
  for (const r of reports) {
    for (const c of r.byCategory) categories.add(c.key, c.sales, c.refunds);
    for (const s of r.bySupplier) suppliers.add(s.key, s.sales, s.refunds);
  }
  const total = (pick: (r: ShiftReport) => Rupiah) => sum(reports.map(pick));
  const count = (pick: (r: ShiftReport) => number) => reports.reduce((n, r) => n + pick(r), 0);
  const methods = (pick: (r: ShiftReport) => ByMethod) =>
    Object.fromEntries(PAYMENT_METHODS.map((m) => [m, total((r) => pick(r)[m])])) as ByMethod;
  return ok({
    outletId,
    businessDate: date,
    shifts: [...reports],
    saleCount: count((r) => r.saleCount),
    grossSales: total((r) => r.grossSales),
    lineDiscounts: total((r) => r.lineDiscounts),
    saleDiscounts: total((r) => r.saleDiscounts),
    netSales: total((r) => r.netSales),
    salesByMethod: methods((r) => r.salesByMethod),
    refundCount: count((r) => r.refundCount),
    refunds: total((r) => r.refunds),
    refundsByMethod: methods((r) => r.refundsByMethod),
    net: total((r) => r.net),
    payInCount: count((r) => r.payInCount),
    payIns: total((r) => r.payIns),
    payOutCount: count((r) => r.payOutCount),
    payOuts: total((r) => r.payOuts),
    openingFloat: total((r) => r.openingFloat),
    expectedCash: total((r) => r.expectedCash),
    counted: total((r) => r.counted ?? ZERO),
    variance: total((r) => r.variance ?? ZERO),
    byCategory: categories.list(),
    bySupplier: suppliers.list(),
    asnSaleCount: count((r) => r.asnSaleCount),
    asnSales: total((r) => r.asnSales),
    asnRefunds: total((r) => r.asnRefunds),
    ...(reports.some((r) => r.tax !== undefined)
      ? {
          tax: netTaxFigures(
            reports.map((r) => r.tax ?? NO_TAX),
            [],
          ),
        }
      : {}),
  });
}

/** A day closing's id (a UUIDv7), made only by toDayClosingId or the wire's schemas. */
export type DayClosingId = KindOfId<'DayClosingId'>;

export const toDayClosingId = idMaker<'DayClosingId'>('a day closing id');

/** The record of an outlet's day closed on one terminal by a manager, with the day's figures. */
export interface DayClosing {
  id: DayClosingId;
  outletId: OutletId;
  terminalId: TerminalId;
  businessDate: BusinessDate;
  /** UTC instant from the terminal clock. */
  closedAt: string;
  closedBy: StaffRef;
  training: boolean;
  report: DayClose;
}
