/**
 * Mode latihan's shelves: one opening receiving, so the register and the Stok screen show stock as
 * an outlet's would and a trainee learns to read the badges rather than ignore them. Most products
 * are stocked; one producer's goods run low and one's are out (the Bajawa coffee awaits its
 * delivery, which the trainee can practise receiving), and one's cakes expire within days. Never sent to the province: it is no event,
 * and enrolment removes it with the rest of the practice (renderer/sync/enrolment.ts).
 */
import type { Product } from '#domain/catalog/product';
import { DEMO_STAFF } from '#domain/staff/demo-staff';
import { multiplyRatio, sum } from '#domain/money';
import { stockValue } from '#domain/stock/quantity';
import { addDays, businessDate } from '#domain/wita';
import type { StockReceived } from '#sync/protocol/stock';
import type { StockLevel, StockMovement } from '../db/rows';
import { receivingMovements, unitsOf } from '../stock/document-movements';
import { documentHead, numberedLines } from '../stock/stock-document';
import { applyMovement } from '../stock/stock-level';
import { DEMO_IDENTITY } from './demo-outlet';

export const DEMO_OPENING_SUPPLIER = 'Stok awal mode latihan';
/** Out of stock in mode latihan: nothing on the shelf until the trainee receives it. */
export const DEMO_SOLD_OUT_PRODUCER = 'Koperasi Kopi Bajawa';
/** Low in mode latihan: below the default minimum. */
export const DEMO_LOW_PRODUCER = 'Madu Hutan Sumba Lestari';
/** Expiring soon in mode latihan, for the Stok screen's list and the write-off of expired stock. */
export const DEMO_EXPIRING_PRODUCER = 'Dapur Kue Ina Kupang';
export const DEMO_EXPIRING_DAYS = 5;

/** Units, or grams for weighed goods; 0 for none. */
export function demoOpeningQuantity(product: Pick<Product, 'supplier' | 'soldBy'>): number {
  if (product.supplier.startsWith(DEMO_SOLD_OUT_PRODUCER)) return 0;
  const low = product.supplier.startsWith(DEMO_LOW_PRODUCER);
  if (product.soldBy === 'weight') return low ? 500 : 10_000;
  return low ? 2 : 24;
}

export interface DemoOpeningStock {
  receiving: StockReceived;
  movements: StockMovement[];
  levels: StockLevel[];
}

/** The opening receiving of `catalog` at `now`, bought at 70 % of the shelf price. */
export function demoOpeningStock(catalog: readonly Product[], now: Date): DemoOpeningStock {
  const stocked = catalog.filter((p) => demoOpeningQuantity(p) > 0);
  const manager = DEMO_STAFF.find((s) => s.role === 'manager')!;
  const lines = numberedLines(stocked.map((p) => ({ product: p, quantity: demoOpeningQuantity(p) }))).map((l, i) => ({
    ...l,
    unitCost: multiplyRatio(stocked[i]!.price, 7, 10, 'half-up'),
    expiry: stocked[i]!.supplier.startsWith(DEMO_EXPIRING_PRODUCER)
      ? addDays(businessDate(now), DEMO_EXPIRING_DAYS)
      : null,
    newProduct: null,
  }));
  const receiving: StockReceived = {
    ...documentHead(DEMO_IDENTITY, now),
    receivedAt: now.toISOString(),
    receivedBy: { id: manager.id, name: manager.name },
    supplier: DEMO_OPENING_SUPPLIER,
    deliveryNote: 'LATIHAN',
    lines,
    total: sum(lines.map((l, i) => stockValue(l.quantity, l.unitCost, stocked[i]!.soldBy))),
  };
  const movements = receivingMovements(receiving, unitsOf(stocked));
  return { receiving, movements, levels: movements.map((m) => applyMovement(undefined, m)) };
}
