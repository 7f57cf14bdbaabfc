/**
 * Discounts on a line or on the whole sale, as an amount or a percentage in basis points
 * (1 % = 100 bp). A discount never takes a price below zero: one larger than its base is refused,
 * not clipped, so a typo cannot silently give goods away. Percentages round half-up to whole Rupiah,
 * as a cashier rounds by hand.
 */
import { allocate, formatRupiah, percentOf, subtract, type Rupiah } from '../money';
import { missingCase } from '../missing-case';
import type { Sale } from './sale';

export type Discount = { kind: 'amount'; amount: Rupiah } | { kind: 'percent'; basisPoints: number };

const FULL_PERCENT_BP = 10_000;

/** Why a discount cannot apply to `base` (the line's gross or the sale's subtotal), or null. */
export function discountProblem(base: Rupiah, discount: Discount): string | null {
  switch (discount.kind) {
    case 'amount':
      if (discount.amount < 0) return 'Diskon tidak boleh negatif.';
      if (discount.amount > base)
        return `Diskon ${formatRupiah(discount.amount)} melebihi harga ${formatRupiah(base)}.`;
      return null;
    case 'percent':
      if (
        !Number.isSafeInteger(discount.basisPoints) ||
        discount.basisPoints < 0 ||
        discount.basisPoints > FULL_PERCENT_BP
      ) {
        return 'Diskon persen harus antara 0% dan 100%.';
      }
      return null;
    default:
      return missingCase(discount);
  }
}

/** The Rupiah a discount takes off `base`; throws when discountProblem would refuse it. */
export function discountAmount(base: Rupiah, discount: Discount): Rupiah {
  const problem = discountProblem(base, discount);
  if (problem !== null) throw new RangeError(problem);
  switch (discount.kind) {
    case 'amount':
      return discount.amount;
    case 'percent':
      return percentOf(base, discount.basisPoints, 'half-up');
    default:
      return missingCase(discount);
  }
}

/**
 * What the buyer paid for each line: its total less its share of the whole-sale discount, shared in
 * proportion to line totals so the parts add up to the sale total exactly.
 */
export function netLineAmounts(sale: Pick<Sale, 'lines' | 'discount'>): Rupiah[] {
  if (sale.lines.length === 0) return [];
  const shares = allocate(
    sale.discount,
    sale.lines.map((l) => l.total),
  );
  return sale.lines.map((line, i) => subtract(line.total, shares[i]!));
}

/** Reads a percentage a person typed ("10", "12,5", "12.5 %") as basis points, or null; at most two decimals. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
