/** What the Stok screen and the province's report say of a product's stock at one outlet. */
import { addDays, type BusinessDate } from '../wita';

export type StockStatus = 'out' | 'low' | 'ok';

/** Sales velocity is measured over this many days. */
export const SALES_WINDOW_DAYS = 28;
/** Days from ordering to the shelf, where the province has not said otherwise. */
export const DEFAULT_LEAD_TIME_DAYS = 7;
/** The Stok screen and the province's report list batches expiring within this many days. */
export const EXPIRY_WARNING_DAYS = 30;
/** A replenishment order should last this many days once it has arrived. */
export const REORDER_CYCLE_DAYS = 14;

/** Out at zero or below (the ledger may go negative), low at or below the minimum when one is set. */
export function stockStatus(onHand: number, minimum: number | null): StockStatus {
  if (onHand <= 0) return 'out';
  if (minimum !== null && onHand <= minimum) return 'low';
  return 'ok';
}

/** Whether a batch's expiry date is before `today` (goods are sellable through their expiry date). */
export function isExpired(expiry: BusinessDate | null, today: BusinessDate): boolean {
  return expiry !== null && expiry < today;
}

/** Whether a batch expires from today through `days` days from now (expired ones are not "expiring"). */
export function expiresWithin(expiry: BusinessDate | null, today: BusinessDate, days: number): boolean {
  return expiry !== null && expiry >= today && expiry <= addDays(today, days);
}

/**
 * Whole days the stock on hand lasts at the last 28 days' rate of sale; null when nothing sold
 * (no rate to divide by), 0 when nothing is on hand.
 */
export function daysOfCover(onHand: number, soldInWindow: number): number | null {
  if (onHand <= 0) return 0;
  if (soldInWindow <= 0) return null;
  return Math.floor((onHand * SALES_WINDOW_DAYS) / soldInWindow);
}

export interface ReplenishmentInput {
  onHand: number;
  /** Stock quantity sold in the last 28 days, net of refunds. */
  soldInWindow: number;
  /** Days from ordering to the goods on the shelf. */
  leadTimeDays: number;
  minimum: number | null;
}

/**
 * How much to order now (0 for nothing): when what is on hand would fall to the minimum before an
 * order made today arrives, order up to the lead time's and one reorder cycle's sales above the
 * minimum. In whole units or grams, rounded up.
 */
export function replenishment({ onHand, soldInWindow, leadTimeDays, minimum }: ReplenishmentInput): number {
  const daily = Math.max(0, soldInWindow) / SALES_WINDOW_DAYS;
  const floor = minimum ?? 0;
  const reorderPoint = Math.ceil(daily * leadTimeDays) + floor;
  if (onHand > reorderPoint) return 0;
  const orderUpTo = Math.ceil(daily * (leadTimeDays + REORDER_CYCLE_DAYS)) + floor;
  return Math.max(0, orderUpTo - onHand);
}
