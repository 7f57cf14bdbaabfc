/**
 * The stock ledger of documents restored from the journal (renderer/journal/rebuild.ts): their
 * movements, derived as their commit derived them (document-movements.ts), and the stock levels
 * folded from those movements in seq order. Runs inside the rebuild's transaction, which must name
 * products, sales, stockMovements and stockLevels.
 */
import { missingCase } from '#domain/missing-case';
import type { SyncEvent } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';
import type { StockLevel, StockMovement } from '../db/rows';
import {
  receivingMovements,
  refundMovements,
  saleMovements,
  stockCountMovements,
  transferReceivedMovements,
  transferSentMovements,
  unitsOf,
  writeOffMovements,
  type UnitOf,
} from './document-movements';
import { applyMovement } from './stock-level';

/** `events` in seq order; returns how many movements were booked. */
export async function restoreLedger(db: PosDatabase, events: readonly SyncEvent[]): Promise<number> {
  const unitOf = unitsOf(await db.products.toArray());
  const movements: StockMovement[] = [];
  for (const event of events) movements.push(...(await movementsOf(db, event, unitOf)));
  const levels = new Map<string, StockLevel | undefined>();
  for (const m of movements) {
    if (!levels.has(m.productId)) levels.set(m.productId, await db.stockLevels.get(m.productId));
    levels.set(m.productId, applyMovement(levels.get(m.productId), m));
  }
  await db.stockMovements.bulkAdd(movements);
  await db.stockLevels.bulkPut([...levels.values()].filter((l) => l !== undefined));
  return movements.length;
}

async function movementsOf(db: PosDatabase, event: SyncEvent, unitOf: UnitOf): Promise<StockMovement[]> {
  switch (event.type) {
    case 'sale.completed':
      return saleMovements(event.payload);
    case 'sale.refunded':
      return refundMovements(event.payload, await db.sales.get(event.payload.originalSaleId));
    case 'stock.received':
      return receivingMovements(event.payload, unitOf);
    case 'stock.transfer-sent':
      return transferSentMovements(event.payload, unitOf);
    case 'stock.transfer-received':
      return transferReceivedMovements(event.payload, unitOf);
    case 'stock.written-off':
      return writeOffMovements(event.payload, unitOf);
    case 'stock.counted':
      return stockCountMovements(event.payload, unitOf);
    // Shifts, cash, audit and day closings move no stock.
    case 'shift.opened':
    case 'shift.closed':
    case 'cash.moved':
    case 'audit.recorded':
    case 'day.closed':
      return [];
    default:
      return missingCase(event);
  }
}
