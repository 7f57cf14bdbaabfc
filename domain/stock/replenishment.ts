/**
 * Replenishment (saran pesan): how fast a product sells over the last 28 days, how long what is on
 * hand lasts at that rate, and how much to order now so that the shelf stays above its minimum
 * until the order arrives and for a reorder cycle after. Shared by the Stok screen and the
 * province's stock report.
 */

/** Sales velocity is measured over this many days. */
export const SALES_WINDOW_DAYS = 28;
/** Days from ordering to the shelf, where the terminal has not been told otherwise. */
export const DEFAULT_LEAD_TIME_DAYS = 7;
/** A replenishment order should last this many days once it has arrived (the cover days). */
export const REORDER_CYCLE_DAYS = 14;

/** Units (or grams) sold per day over the window, net of refunds; never below zero. */
export function salesVelocity(soldInWindow: number): number {
  return Math.max(0, soldInWindow) / SALES_WINDOW_DAYS;
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
  /** Goods already on their way here (transfers sent to this outlet, not received yet). */
  incoming?: number;
}

/**
 * How much to order now (0 for nothing): the lead time's and one reorder cycle's sales above the
 * minimum, less what is on hand and on its way, rounded up to whole units or grams.
 */
export function replenishment({
  onHand,
  soldInWindow,
  leadTimeDays,
  minimum,
  incoming = 0,
}: ReplenishmentInput): number {
  const needed = Math.ceil(salesVelocity(soldInWindow) * (leadTimeDays + REORDER_CYCLE_DAYS)) + (minimum ?? 0);
  return Math.max(0, needed - onHand - incoming);
}
