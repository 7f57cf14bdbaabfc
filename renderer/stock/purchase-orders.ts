/**
 * The purchase orders (pesanan) this outlet can receive against, from the purchase-orders stream:
 * those with something still to arrive, and what a receiving adds to them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { orderStatus } from '#domain/supplier/purchase-order';
import type { PurchaseOrderRow } from '../db/rows';
import { database } from '../stores/terminal-store';

/** Open and partly received orders, oldest first. */
export function useOpenPurchaseOrders(): PurchaseOrderRow[] | undefined {
  return useLiveQuery(
    async () => (await database().purchaseOrders.orderBy('date').toArray()).filter((o) => o.status !== 'received'),
    [],
  );
}

/** What is still to arrive of an order line (0 once it has all it ordered, or more). */
export function outstanding(line: PurchaseOrderRow['lines'][number]): number {
  return Math.max(0, line.quantity - line.received);
}

/** The order with a receiving's quantities added to its lines (by product), and its status after. */
export function receivedInto(
  order: PurchaseOrderRow,
  received: readonly { productId: string; quantity: number }[],
): PurchaseOrderRow {
  const lines = order.lines.map((line) => ({
    ...line,
    received:
      line.received + received.filter((r) => r.productId === line.productId).reduce((a, r) => a + r.quantity, 0),
  }));
  return { ...order, lines, status: orderStatus(lines) };
}
