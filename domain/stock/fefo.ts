/**
 * First expired, first out: goods leave from the batch that expires first, undated batches last.
 * Taking never blocks — the shelf is the truth and the ledger catches up — so what no batch holds
 * is reported as overdrawn (stock on hand goes negative) for the stock-take to find.
 */
import type { BusinessDate } from '../wita';

export interface StockBatch<K> {
  key: K;
  /** null for goods without an expiry date. */
  expiry: BusinessDate | null;
  remaining: number;
}

export interface BatchTake<K> {
  key: K;
  quantity: number;
}

export interface FefoTaking<K> {
  /** The batches taken from, in order, and how much from each. */
  takes: BatchTake<K>[];
  /** What no batch held: 0 unless the ledger said less than left the shelf. */
  overdrawn: number;
}

/** Which batches `quantity` leaves from: earliest expiry first, undated last, ties in the given order. */
export function takeFefo<K>(batches: readonly StockBatch<K>[], quantity: number): FefoTaking<K> {
  const order = batches
    .map((batch, index) => ({ batch, index }))
    .filter(({ batch }) => batch.remaining > 0)
    .sort((a, b) => compareExpiry(a.batch.expiry, b.batch.expiry) || a.index - b.index);
  const takes: BatchTake<K>[] = [];
  let left = quantity;
  for (const { batch } of order) {
    if (left <= 0) break;
    const taken = Math.min(left, batch.remaining);
    takes.push({ key: batch.key, quantity: taken });
    left -= taken;
  }
  return { takes, overdrawn: Math.max(0, left) };
}

/** Dated before undated, earlier before later. */
export function compareExpiry(a: BusinessDate | null, b: BusinessDate | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
