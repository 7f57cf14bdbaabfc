/**
 * Purchase orders (pesanan) as the province reads them: an order with its lines, ordered and
 * received (`npm run admin -- po show`, the purchase-orders stream), and the month's outright
 * purchases already ordered for an outlet, which the purchase budget is checked against.
 */
import { rupiah, type Rupiah } from '#domain/money';
import type { PurchaseOrderLine, PurchaseOrderStatus } from '#domain/supplier/purchase-order';
import type { BusinessDate, BusinessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';

/** PO-000042: what the supplier and the outlet quote. */
export function purchaseOrderNumber(serial: string | number): string {
  return `PO-${String(serial).padStart(6, '0')}`;
}

export interface PurchaseOrderRecord {
  id: string;
  number: string;
  outletId: string;
  outletName: string;
  supplierId: number;
  supplierName: string;
  supplierPhone: string;
  date: BusinessDate;
  raisedBy: string;
  status: PurchaseOrderStatus;
  total: Rupiah;
  lines: (PurchaseOrderLine & { lineNo: number; received: number })[];
}

interface OrderRow {
  id: string;
  serial: string;
  outlet_id: string;
  outlet_name: string;
  supplier_id: string;
  supplier_name: string;
  supplier_phone: string;
  date: BusinessDate;
  raised_by: string;
  status: PurchaseOrderStatus;
  total: string;
}

const ORDER_COLUMNS = `o.id::text, o.serial::text, o.outlet_id, t.name AS outlet_name, o.supplier_id::text,
  s.name AS supplier_name, s.phone AS supplier_phone, to_char(o.business_date, 'YYYY-MM-DD') AS date, o.raised_by,
  o.status, o.total::text
  FROM purchase_orders o JOIN outlets t ON t.id = o.outlet_id JOIN suppliers s ON s.id = o.supplier_id`;

/** An order by its number (PO-000042, or just 42) or id, with its lines; null when there is none. */
export async function findPurchaseOrder(db: Queryable, key: string): Promise<PurchaseOrderRecord | null> {
  const serial = /^(?:PO-)?0*(\d{1,15})$/i.exec(key.trim())?.[1] ?? null;
  const id = /^[0-9a-f-]{36}$/i.test(key.trim()) ? key.trim() : null;
  if (serial === null && id === null) return null;
  const { rows } = await db.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} WHERE o.serial = $1::bigint OR o.id = $2::uuid LIMIT 1`,
    [serial, id],
  );
  const order = rows[0];
  if (!order) return null;
  const { rows: lines } = await db.query<{
    line_no: number;
    product_id: string;
    name: string;
    unit: string;
    sold_by: 'unit' | 'weight';
    kind: 'beli-putus' | 'konsinyasi';
    quantity: string;
    unit_cost: string;
    received: string;
  }>(
    `SELECT line_no, product_id, name, unit, sold_by, kind, quantity::text, unit_cost::text, received::text
     FROM purchase_order_lines WHERE order_id = $1 ORDER BY line_no`,
    [order.id],
  );
  return {
    ...orderRecord(order),
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      productId: l.product_id,
      name: l.name,
      unit: l.unit,
      soldBy: l.sold_by,
      kind: l.kind,
      quantity: Number(l.quantity),
      unitCost: rupiah(Number(l.unit_cost)),
      received: Number(l.received),
    })),
  };
}

/** Orders newest first, of one outlet or all; without their lines. */
export async function listPurchaseOrders(
  db: Queryable,
  outletId: string | null,
): Promise<Omit<PurchaseOrderRecord, 'lines'>[]> {
  const { rows } = await db.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} WHERE $1::text IS NULL OR o.outlet_id = $1 ORDER BY o.serial DESC LIMIT 200`,
    [outletId],
  );
  return rows.map(orderRecord);
}

function orderRecord(r: OrderRow): Omit<PurchaseOrderRecord, 'lines'> {
  return {
    id: r.id,
    number: purchaseOrderNumber(r.serial),
    outletId: r.outlet_id,
    outletName: r.outlet_name,
    supplierId: Number(r.supplier_id),
    supplierName: r.supplier_name,
    supplierPhone: r.supplier_phone,
    date: r.date,
    raisedBy: r.raised_by,
    status: r.status,
    total: rupiah(Number(r.total)),
  };
}

/** The outlet's budget for the month (null: none set) and the outright purchases ordered in it so far. */
export async function monthBudget(
  db: Queryable,
  outletId: string,
  month: BusinessMonth,
  lock = false,
): Promise<{ budget: Rupiah | null; committed: Rupiah }> {
  const { rows } = await db.query<{ amount: string }>(
    `SELECT amount::text FROM purchase_budgets WHERE outlet_id = $1 AND month = $2${lock ? ' FOR UPDATE' : ''}`,
    [outletId, month],
  );
  const { rows: ordered } = await db.query<{ committed: string }>(
    `SELECT coalesce(sum(outright), 0)::text AS committed FROM purchase_orders
     WHERE outlet_id = $1 AND business_date BETWEEN ($2 || '-01')::date AND (($2 || '-01')::date + interval '1 month' - interval '1 day')::date`,
    [outletId, month],
  );
  return {
    budget: rows[0] ? rupiah(Number(rows[0].amount)) : null,
    committed: rupiah(Number(ordered[0]!.committed)),
  };
}

/** What is still to arrive per product on the outlet's orders not yet received in full. */
export async function onOrder(db: Queryable, outletId: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{ product_id: string; outstanding: string }>(
    `SELECT l.product_id, sum(greatest(l.quantity - l.received, 0))::text AS outstanding
     FROM purchase_orders o JOIN purchase_order_lines l ON l.order_id = o.id
     WHERE o.outlet_id = $1 AND o.status <> 'received'
     GROUP BY l.product_id`,
    [outletId],
  );
  return new Map(rows.map((r) => [r.product_id, Number(r.outstanding)]));
}
