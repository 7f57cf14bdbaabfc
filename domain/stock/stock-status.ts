/** What the Stok screen and the province's report say of a product's stock at one outlet. */
import { addDays, type BusinessDate } from '../wita';

export type StockStatus = 'out' | 'low' | 'ok';

/** The Stok screen and the province's report list batches expiring within this many days. */
export const EXPIRY_WARNING_DAYS = 30;

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
