/**
 * The purchase-orders stream: the purchase orders (pesanan) raised for the terminal's outlet, with
 * ordered and received per line. Key: order id. Raising an order marks it changed for its outlet,
 * and so does every receiving against it (ingest/stock-received.ts); an order fully received comes
 * once more with status `received`, and the terminal drops it.
 */
import { rupiah } from '#domain/money';
import type { PurchaseOrderItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';
import { purchaseOrderNumber } from '../reports/purchase-orders';

interface OrderRow extends Omit<PurchaseOrderItem, 'number' | 'lines'> {
  serial: string;
  lines: (Omit<PurchaseOrderItem['lines'][number], 'quantity' | 'unitCost' | 'received'> & {
    quantity: string | number;
    unitCost: string | number;
    received: string | number;
  })[];
}

export async function loadPurchaseOrders(
  db: Queryable,
  outletId: string,
  ids: readonly string[],
): Promise<PurchaseOrderItem[]> {
  const { rows } = await db.query<OrderRow>(
    `SELECT o.id::text, o.serial::text, s.name AS "supplierName", to_char(o.business_date, 'YYYY-MM-DD') AS date,
            o.raised_by AS "raisedBy", o.status,
            json_agg(json_build_object('lineNo', l.line_no, 'productId', l.product_id, 'name', l.name, 'unit', l.unit,
                     'soldBy', l.sold_by, 'kind', l.kind, 'quantity', l.quantity, 'unitCost', l.unit_cost,
                     'received', l.received) ORDER BY l.line_no) AS lines
     FROM unnest($1::uuid[]) WITH ORDINALITY AS k (id, n)
     JOIN purchase_orders o ON o.id = k.id AND o.outlet_id = $2
     JOIN suppliers s ON s.id = o.supplier_id
     JOIN purchase_order_lines l ON l.order_id = o.id
     GROUP BY k.n, o.id, s.name
     ORDER BY k.n`,
    [ids, outletId],
  );
  return rows.map(({ serial, lines, ...r }) => ({
    ...r,
    number: purchaseOrderNumber(serial),
    lines: lines.map((l) => ({
      ...l,
      quantity: Number(l.quantity),
      unitCost: rupiah(Number(l.unitCost)),
      received: Number(l.received),
    })),
  }));
}
