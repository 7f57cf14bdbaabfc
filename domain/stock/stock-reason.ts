/**
 * Why a quantity of stock changed (kartu stok). Stock on hand is the sum of an outlet's movements,
 * never edited: each change is a new movement with one of these reasons.
 */
export type StockReason =
  | 'received'
  | 'sold'
  | 'refunded'
  /** Returned by the buyer but damaged: recorded, not back on the shelf. */
  | 'refund-damaged'
  | 'written-off'
  /** A stock-take's adjustment: counted − expected, either sign. */
  | 'counted'
  | 'transfer-out'
  | 'transfer-in';

export const STOCK_REASONS: readonly StockReason[] = [
  'received',
  'sold',
  'refunded',
  'refund-damaged',
  'written-off',
  'counted',
  'transfer-out',
  'transfer-in',
];

/** Why stock was written off (stok terbuang): damaged, expired, lost. */
export type WriteOffReason = 'rusak' | 'kedaluwarsa' | 'hilang';
export const WRITE_OFF_REASONS: readonly WriteOffReason[] = ['rusak', 'kedaluwarsa', 'hilang'];

/** What a document's quantity does to stock on hand, by reason. 'counted' carries its own sign. */
const DIRECTION: Record<Exclude<StockReason, 'counted'>, 1 | 0 | -1> = {
  received: 1,
  sold: -1,
  refunded: 1,
  'refund-damaged': 0,
  'written-off': -1,
  'transfer-out': -1,
  'transfer-in': 1,
};

/**
 * The change in stock on hand of a movement: `quantity` is the document's (positive) quantity, or
 * for 'counted' the signed adjustment counted − expected.
 */
export function stockDelta(reason: StockReason, quantity: number): number {
  return reason === 'counted' ? quantity : DIRECTION[reason] * quantity;
}
