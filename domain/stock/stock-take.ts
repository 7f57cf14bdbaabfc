/**
 * Stok opname, the rules: what a count covers, which quantities it takes, and how each counted
 * product is reconciled with the ledger while the register keeps selling.
 *
 * A product's expected quantity is the ledger's on hand at the moment it was first counted. A sale
 * or refund of it between its first and its last count happened while it was being counted: the
 * scans after it could not see what it took (or could see what it brought back), so it is added
 * back to the counted figure. A sale after its last count took goods already counted: the ledger
 * has the sale, and the count stands. The adjustment booked is counted − expected either way, so
 * nothing is counted twice (sync/PROTOCOL.md, "stock.counted").
 */
import type { Product, SoldBy } from '../catalog/product';
import { formatKilograms } from '../checkout/sale';
import { rupiah, sum, type Rupiah } from '../money';
import { ok, problem, type Result } from '../result';
import { checkQuantity, stockValue } from './quantity';

/** What a stock-take counts: every product of the outlet, or those of one category. */
export type StockTakeScope = { kind: 'outlet' } | { kind: 'category'; category: string };

export function inScope(product: Pick<Product, 'category'>, scope: StockTakeScope): boolean {
  return scope.kind === 'outlet' || product.category === scope.category;
}

export function describeScope(scope: StockTakeScope): string {
  return scope.kind === 'outlet' ? 'Seluruh outlet' : `Kategori ${scope.category}`;
}

/** A quantity counted: whole units, or whole grams for weighed goods; zero where nothing was found. */
export function checkCountedQuantity(quantity: number, soldBy: SoldBy): Result<number> {
  if (Number.isFinite(quantity) && quantity >= 0 && !Number.isInteger(quantity))
    return problem(
      'invalid-quantity',
      soldBy === 'weight'
        ? 'Berat dihitung dalam gram bulat, tanpa koma.'
        : 'Jumlah dihitung dalam satuan utuh, tanpa koma.',
    );
  return checkQuantity(quantity, { allowZero: true });
}

/** A sale or refund of a counted product, as the ledger recorded it (sales negative). */
export interface SaleMovement {
  occurredAt: string;
  quantity: number;
}

/** One counted product, as the count keeps it. */
export interface CountedFigures {
  /** On hand at its first count. */
  expected: number;
  /** What the scans and typed counts add up to. */
  counted: number;
  firstCountedAt: string;
  lastCountedAt: string;
}

export interface Reconciled {
  expected: number;
  /** The counted figure with what left or came back while the product was being counted. */
  counted: number;
  /** Units (or grams) sold net of refunds between its first and last count. */
  soldWhileCounting: number;
  /** counted − expected: what the stock-take books. */
  variance: number;
}

/** `movements`: the product's sales and refunds since the count started, in any order. */
export function reconcile(figures: CountedFigures, movements: readonly SaleMovement[]): Reconciled {
  const soldWhileCounting = movements
    .filter((m) => m.occurredAt > figures.firstCountedAt && m.occurredAt < figures.lastCountedAt)
    .reduce((total, m) => total - m.quantity, 0);
  // Refunds that outnumber sales could take the figure below zero: nothing on the shelf is zero.
  const counted = Math.max(0, figures.counted + soldWhileCounting);
  return { expected: figures.expected, counted, soldWhileCounting, variance: counted - figures.expected };
}

export interface ReviewLine extends Reconciled {
  product: Pick<Product, 'id' | 'name' | 'price' | 'soldBy' | 'unit'>;
  /** The variance at the selling price (per unit, or per kilogram for weighed goods). */
  varianceValue: Rupiah;
}

export interface StockTakeReview {
  lines: ReviewLine[];
  /** Products in scope nobody counted: left as they are unless marked zero. */
  notCounted: Pick<Product, 'id' | 'name' | 'soldBy' | 'unit'>[];
  /** Σ of the shortages (negative) and of the surpluses, in Rupiah. */
  shortage: Rupiah;
  surplus: Rupiah;
  net: Rupiah;
  /** Lines whose count differs from what was expected. */
  differing: number;
}

/** A signed quantity's worth at a price: a shortage is negative. */
export function varianceValue(variance: number, price: Rupiah, soldBy: SoldBy): Rupiah {
  const value = stockValue(Math.abs(variance), price, soldBy);
  return rupiah(variance < 0 ? -value : value);
}

export function reviewStockTake(
  lines: readonly Omit<ReviewLine, 'varianceValue'>[],
  inScopeProducts: readonly Pick<Product, 'id' | 'name' | 'soldBy' | 'unit'>[],
): StockTakeReview {
  const counted = new Set(lines.map((l) => l.product.id));
  const valued = lines.map((l) => ({
    ...l,
    varianceValue: varianceValue(l.variance, l.product.price, l.product.soldBy),
  }));
  const shortage = sum(valued.filter((l) => l.varianceValue < 0).map((l) => l.varianceValue));
  const surplus = sum(valued.filter((l) => l.varianceValue > 0).map((l) => l.varianceValue));
  return {
    lines: valued,
    notCounted: inScopeProducts.filter((p) => !counted.has(p.id)),
    shortage,
    surplus,
    net: rupiah(shortage + surplus),
    differing: valued.filter((l) => l.variance !== 0).length,
  };
}

/** "12 pcs", "-1,25 kg": a stock quantity as the count shows it. */
export function formatStockQuantity(quantity: number, product: Pick<Product, 'soldBy' | 'unit'>): string {
  return product.soldBy === 'weight' ? formatKilograms(quantity) : `${quantity} ${product.unit}`;
}

/** Refuses a stock-take with nothing counted. */
export function checkApprovable(lineCount: number): Result<number> {
  return lineCount === 0 ? problem('empty-document', 'Belum ada barang yang dihitung.') : ok(lineCount);
}
