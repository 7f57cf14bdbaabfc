/**
 * The expiries goods carry between outlets (mutasi): which dated batches a transfer takes at the
 * sending outlet, and which of them the receiving outlet puts on its shelf when less arrived.
 */
import type { BusinessDate } from '../wita';
import { compareExpiry, takeFefo, type StockBatch } from './fefo';

/** So much of a product expiring on one date; null for goods without an expiry date (or of unknown expiry). */
export interface ExpiryQuantity {
  expiry: BusinessDate | null;
  quantity: number;
}

export interface ExpiriesTaken<K> {
  /** What `quantity` takes, earliest expiry first, one entry per expiry; they add up to the quantity. */
  taken: ExpiryQuantity[];
  /** The batches as the taking leaves them, for a further line of the same product. */
  left: StockBatch<K>[];
}

/**
 * The expiries `quantity` leaves with, taken earliest expiry first (FEFO, as the ledger takes them).
 * What no batch covers leaves with expiry null: the ledger said less than left the shelf.
 */
export function takeExpiries<K>(batches: readonly StockBatch<K>[], quantity: number): ExpiriesTaken<K> {
  const { takes, overdrawn } = takeFefo(batches, quantity);
  const takenOf = new Map(takes.map((t) => [t.key, t.quantity]));
  const taken: ExpiryQuantity[] = [];
  const add = (expiry: BusinessDate | null, q: number) => {
    const last = taken.at(-1);
    if (last && last.expiry === expiry) last.quantity += q;
    else taken.push({ expiry, quantity: q });
  };
  for (const take of takes) add(batches.find((b) => b.key === take.key)!.expiry, take.quantity);
  if (overdrawn > 0) add(null, overdrawn);
  return {
    taken,
    left: batches.map((b) => (takenOf.has(b.key) ? { ...b, remaining: b.remaining - takenOf.get(b.key)! } : b)),
  };
}

/**
 * What of the sent expiries arrived, when `arrived` of them did. The rule: a shortage comes off the
 * latest-expiring goods (undated last of all), so the goods that arrive keep the earliest expiries
 * sent — the receiving outlet never believes its goods keep longer than they may.
 */
export function arrivedExpiries(sent: readonly ExpiryQuantity[], arrived: number): ExpiryQuantity[] {
  let left = arrived;
  const kept: ExpiryQuantity[] = [];
  for (const batch of [...sent].sort((a, b) => compareExpiry(a.expiry, b.expiry))) {
    const quantity = Math.min(left, batch.quantity);
    if (quantity > 0) kept.push({ expiry: batch.expiry, quantity });
    left -= quantity;
  }
  return kept;
}
