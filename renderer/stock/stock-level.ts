/**
 * A product's stock level after one more movement: pure, so the commit can apply it inside its
 * transaction to the row it just read (a `RowWrite` of op 'update'), and the upgrade to the ledger
 * can fold existing movements the same way.
 */
import type { StockBatch, StockLevel, StockMovement } from '../db/rows';

export function emptyLevel(productId: string, unit: StockLevel['unit']): StockLevel {
  return { productId, onHand: 0, unit, batches: [], negativeSince: null, updatedAt: '' };
}

/** Earliest expiry first; goods without an expiry last, then in the order received. */
function byExpiry(a: StockBatch, b: StockBatch): number {
  if (a.expiry !== b.expiry) {
    if (a.expiry === null) return 1;
    if (b.expiry === null) return -1;
    return a.expiry < b.expiry ? -1 : 1;
  }
  return a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0;
}

/**
 * Goods leaving take from the earliest-expiring batch first (FEFO); what no batch covers leaves on
 * hand below zero. A sale is never refused for it: the level is flagged, the stock-take settles it.
 */
function takeFefo(batches: readonly StockBatch[], quantity: number): StockBatch[] {
  let left = quantity;
  const kept: StockBatch[] = [];
  for (const batch of batches) {
    const taken = Math.min(left, batch.remaining);
    left -= taken;
    if (batch.remaining > taken) kept.push(taken === 0 ? batch : { ...batch, remaining: batch.remaining - taken });
  }
  return kept;
}

/** The batches a movement brings: a receiving's line, or the expiries a transfer brought. */
function arrivingBatches(movement: StockMovement): StockBatch[] {
  const receivedAt = movement.occurredAt;
  if (movement.reason === 'received')
    return [{ id: movement.batchId, expiry: movement.expiry, remaining: movement.quantity, receivedAt }];
  if (movement.reason === 'transfer-in')
    return (movement.batches ?? []).map((b) => ({ id: b.id, expiry: b.expiry, remaining: b.quantity, receivedAt }));
  return [];
}

export function applyMovement(level: StockLevel | undefined, movement: StockMovement): StockLevel {
  const current = level ?? emptyLevel(movement.productId, movement.unit);
  const onHand = current.onHand + movement.quantity;
  let batches = current.batches;
  const arriving = arrivingBatches(movement);
  if (arriving.length > 0) batches = [...batches, ...arriving].sort(byExpiry);
  else if (movement.quantity < 0) batches = takeFefo(batches, -movement.quantity);
  const next: StockLevel = {
    productId: current.productId,
    onHand,
    unit: movement.unit,
    batches,
    negativeSince: onHand >= 0 ? null : (current.negativeSince ?? movement.occurredAt),
    updatedAt: movement.occurredAt,
  };
  if (batches.length > 0 && batches[0]!.expiry !== null) next.nextExpiry = batches[0]!.expiry;
  return next;
}
