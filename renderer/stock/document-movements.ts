/**
 * The stock movements a document makes, derived from the document alone (and, for a refund, the
 * sale it returns goods of): the commit of each document writes them, and the rebuild from the
 * journal derives them again from the documents it restores, so both book the same ledger.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import { lineStockQuantity } from '#domain/stock/quantity';
import { stockDelta } from '#domain/stock/stock-reason';
import type {
  StockCounted,
  StockReceived,
  StockWrittenOff,
  TransferReceived,
  TransferSent,
} from '#sync/protocol/stock';
import type { StockMovement } from '../db/rows';

export type StockUnit = StockMovement['unit'];
/** Grams for a product sold by weight, units otherwise. */
export type UnitOf = (productId: string) => StockUnit;

export function saleMovements(sale: Sale): StockMovement[] {
  return sale.lines.map((l) => ({
    id: uuidv7(),
    productId: l.productId,
    saleId: sale.id,
    reason: 'sale',
    quantity: stockDelta('sold', lineStockQuantity(l.quantity, l.weightGrams)),
    unit: l.weightGrams === null ? 'unit' : 'g',
    occurredAt: sale.completedAt,
  }));
}

/**
 * Goods back on the shelf. A weighed line comes back whole: its one "unit" is the weight sold, read
 * from the original sale (undefined when the terminal no longer has it: then counted as units).
 */
export function refundMovements(refund: Refund, sold: Pick<Sale, 'lines'> | undefined): StockMovement[] {
  return refund.lines.map((l) => {
    const grams = sold?.lines.find((s) => s.lineNo === l.lineNo)?.weightGrams ?? null;
    return {
      id: uuidv7(),
      productId: l.productId,
      saleId: refund.originalSaleId,
      // Damaged goods are recorded as come back, but not onto the shelf.
      reason: l.damaged ? 'refund-damaged' : 'refund',
      refundId: refund.id,
      quantity: l.damaged ? 0 : stockDelta('refunded', lineStockQuantity(l.quantity, grams)),
      unit: grams === null ? 'unit' : 'g',
      occurredAt: refund.refundedAt,
    };
  });
}

/** Each line of a goods receiving is its own batch, with its expiry. */
export function receivingMovements(receiving: StockReceived, unitOf: UnitOf): StockMovement[] {
  return receiving.lines.map((line) => ({
    id: uuidv7(),
    productId: line.productId,
    quantity: stockDelta('received', line.quantity),
    unit: line.newProduct ? (line.newProduct.soldBy === 'weight' ? 'g' : 'unit') : unitOf(line.productId),
    occurredAt: receiving.receivedAt,
    reason: 'received',
    documentId: receiving.id,
    batchId: uuidv7(),
    unitCost: line.unitCost,
    expiry: line.expiry,
  }));
}

export function transferSentMovements(transfer: TransferSent, unitOf: UnitOf): StockMovement[] {
  return transfer.lines.map((l) => ({
    id: uuidv7(),
    productId: l.productId,
    quantity: stockDelta('transfer-out', l.quantity),
    unit: unitOf(l.productId),
    occurredAt: transfer.sentAt,
    reason: 'transfer-out',
    documentId: transfer.id,
  }));
}

/** What arrived of each line, each expiry that arrived its own batch; a line of which nothing arrived moves nothing. */
export function transferReceivedMovements(receiving: TransferReceived, unitOf: UnitOf): StockMovement[] {
  return receiving.lines
    .filter((l) => l.received > 0)
    .map((l) => ({
      id: uuidv7(),
      productId: l.productId,
      quantity: stockDelta('transfer-in', l.received),
      unit: unitOf(l.productId),
      occurredAt: receiving.receivedAt,
      reason: 'transfer-in',
      // The transfer's id, as the sending half's movements carry it.
      documentId: receiving.transferId,
      ...(l.batches && { batches: l.batches.map((b) => ({ id: uuidv7(), expiry: b.expiry, quantity: b.quantity })) }),
    }));
}

/** Each line leaves stock; the level takes it from the earliest expiry first, so an expired batch goes first. */
export function writeOffMovements(writeOff: StockWrittenOff, unitOf: UnitOf): StockMovement[] {
  return writeOff.lines.map((l) => ({
    id: uuidv7(),
    productId: l.productId,
    quantity: stockDelta('written-off', l.quantity),
    unit: unitOf(l.productId),
    occurredAt: writeOff.writtenOffAt,
    reason: 'written-off',
    documentId: writeOff.id,
    writeOffReason: writeOff.reason,
  }));
}

/** The adjustment of each line that differs: counted − expected (sales made while counting are in expected). */
export function stockCountMovements(count: StockCounted, unitOf: UnitOf): StockMovement[] {
  return count.lines
    .filter((l) => l.counted !== l.expected)
    .map((l) => ({
      id: uuidv7(),
      productId: l.productId,
      quantity: l.counted - l.expected,
      unit: unitOf(l.productId),
      occurredAt: count.approvedAt,
      reason: 'counted',
      documentId: count.id,
    }));
}

/** A UnitOf from the products at hand; a product not among them counts in units. */
export function unitsOf(products: Iterable<{ id: string; soldBy: 'unit' | 'weight' } | undefined>): UnitOf {
  const weighed = new Set<string>();
  for (const p of products) if (p?.soldBy === 'weight') weighed.add(p.id);
  return (productId) => (weighed.has(productId) ? 'g' : 'unit');
}
