/** Stock on hand of a product as the screens show it: the figure and whether it is low or out. */
import type { Product } from '#domain/catalog/product';
import { formatKilograms } from '#domain/checkout/sale';
import { isExpired, stockStatus, type StockStatus } from '#domain/stock/stock-status';
import type { BusinessDate } from '#domain/wita';
import type { StockLevel } from '../db/rows';

/**
 * Where the province set no minimum: a few units, or a kilogram of a weighed product, is "low".
 * Enough for an empty shelf to be seen coming at an outlet that stocks a handful of each item.
 */
export const DEFAULT_MINIMUM_UNITS = 3;
export const DEFAULT_MINIMUM_GRAMS = 1000;

export function minimumOf(product: Pick<Product, 'minimumStock' | 'soldBy'>): number {
  return product.minimumStock ?? (product.soldBy === 'weight' ? DEFAULT_MINIMUM_GRAMS : DEFAULT_MINIMUM_UNITS);
}

export interface StockFigure {
  onHand: number;
  status: StockStatus;
  /** "12 pcs", "1,25 kg". */
  text: string;
}

/**
 * Whether everything the ledger has on the shelf is from batches past their expiry: the cashier is
 * warned before selling it (goods sell through their expiry date, domain/stock/stock-status).
 */
export function onlyExpiredLeft(level: StockLevel | undefined, today: BusinessDate): boolean {
  if (!level || level.onHand <= 0 || level.batches.length === 0) return false;
  const batched = level.batches.reduce((total, b) => total + b.remaining, 0);
  return batched >= level.onHand && level.batches.every((b) => isExpired(b.expiry as BusinessDate | null, today));
}

/** A product never received nor sold has nothing on hand: no level row is zero. */
export function stockFigure(
  product: Pick<Product, 'minimumStock' | 'soldBy' | 'unit'>,
  level: StockLevel | undefined,
): StockFigure {
  const onHand = level?.onHand ?? 0;
  return {
    onHand,
    status: stockStatus(onHand, minimumOf(product)),
    text: product.soldBy === 'weight' ? formatKilograms(onHand) : `${onHand} ${product.unit}`,
  };
}

export const STATUS_LABEL: Record<StockStatus, string> = { out: 'Habis', low: 'Menipis', ok: 'Cukup' };
