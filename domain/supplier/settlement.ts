/**
 * The settlement with a supplier (rekap pemasok): what the shop owes for a period, what it paid and
 * the balance. Consigned goods are owed as they sell, net of refunds: units × the supplier price, or
 * the selling price less the shop's commission. Goods bought outright are owed when received, at the
 * receiving's cost. Amounts are worked out per group (outlet, product, terms), never per line, so
 * rounding happens once per group: a commission splits the group's selling amount with allocate()
 * (domain/money.ts), the two parts adding up to it exactly and a tie's last Rupiah going to the supplier.
 */
import type { SoldBy } from '../catalog/product';
import { allocate, formatRupiah, rupiah, subtract, sum, type Rupiah } from '../money';
import { ok, problem, type Result } from '../result';
import { stockValue } from '../stock/quantity';
import type { BusinessDate, BusinessMonth } from '../wita';
import type { SupplyKind, SupplyTerms } from './terms';

/** What the goods sold under terms cost the shop: the consigned supplier's share, or the outright unit cost. */
export function costOfSales(terms: SupplyTerms, quantity: number, sales: Rupiah, soldBy: SoldBy): Rupiah {
  if (terms.kind === 'beli-putus') return stockValue(quantity, terms.unitCost, soldBy);
  if ('supplierPrice' in terms) return stockValue(quantity, terms.supplierPrice, soldBy);
  return allocate(sales, [10_000 - terms.commissionBp, terms.commissionBp])[0]!;
}

/** One row of a statement: a product at an outlet under one set of terms. */
export interface StatementLine {
  outletId: string;
  productId: string;
  name: string;
  kind: SupplyKind;
  /** termsLabel(), or the receiving for goods bought outright. */
  terms: string;
  /** Consigned: units (grams for weighed goods) sold net of refunds; outright: received. */
  quantity: number;
  /** Consigned: the net selling amount; outright: zero. */
  sales: Rupiah;
  owed: Rupiah;
}

export interface Payout {
  id: number;
  paidOn: BusinessDate;
  /** Negative for a correction. */
  amount: Rupiah;
  reference: string;
}

export interface SupplierStatement {
  supplier: { id: number; name: string; nib: string | null; bank: string | null };
  month: BusinessMonth;
  from: BusinessDate;
  to: BusinessDate;
  /** Owed before the month less paid before it. */
  opening: Rupiah;
  lines: StatementLine[];
  payouts: Payout[];
  owed: Rupiah;
  paid: Rupiah;
  closing: Rupiah;
}

export function statementTotals(
  opening: Rupiah,
  lines: readonly Pick<StatementLine, 'owed'>[],
  payouts: readonly Pick<Payout, 'amount'>[],
): { owed: Rupiah; paid: Rupiah; closing: Rupiah } {
  const owed = sum(lines.map((l) => l.owed));
  const paid = sum(payouts.map((p) => p.amount));
  return { owed, paid, closing: subtract(sum([opening, owed]), paid) };
}

/**
 * A payout the province is about to record. A correction (negative) always goes in; a payment
 * larger than the balance is refused unless confirmed (an advance, say), since it is far more
 * often a typo.
 */
export function checkPayout(amount: Rupiah, balance: Rupiah, confirmed: boolean): Result<Rupiah> {
  if (amount === 0) return problem('payout-zero', 'Jumlah pembayaran tidak boleh nol.');
  if (amount > balance && !confirmed)
    return problem(
      'payout-over-balance',
      `Pembayaran ${formatRupiah(amount)} melebihi saldo terutang ${formatRupiah(balance)}. ` +
        'Periksa jumlahnya; bila memang benar (misalnya uang muka), ulangi dengan --confirm.',
    );
  return ok(amount);
}

/**
 * What is still unpaid of each month's debt when payouts settle the oldest months first; months
 * fully paid are left out, the oldest first.
 */
export function unpaidMonths(
  owedByMonth: readonly { month: BusinessMonth; owed: Rupiah }[],
  paid: Rupiah,
): { month: BusinessMonth; unpaid: Rupiah }[] {
  let left: number = paid;
  const out: { month: BusinessMonth; unpaid: Rupiah }[] = [];
  for (const { month, owed } of [...owedByMonth].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    const settled = Math.min(Math.max(left, 0), Math.max(owed, 0));
    left -= settled;
    if (owed - settled !== 0) out.push({ month, unpaid: rupiah(owed - settled) });
  }
  return out;
}
