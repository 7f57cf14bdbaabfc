/**
 * Raising a purchase order (pesanan) for an outlet, whoever asks (the province's `po raise`, an
 * outlet manager's terminal through POST /v1/sync/purchase-orders): the products a supplier
 * supplies (the terms in force name it), the lines checked, the month's budget checked under a
 * lock on its row, the order written and moved into the outlet's purchase-orders stream.
 */
import { v7 as uuidv7 } from 'uuid';
import { rupiah, type Rupiah } from '#domain/money';
import { failed, ok, type Result } from '#domain/result';
import { checkBudget, checkOrderLines, orderTotals, type PurchaseOrderLine } from '#domain/supplier/purchase-order';
import type { BusinessDate } from '#domain/wita';
import type { Database, Queryable } from '../db/database';
import { monthBudget, purchaseOrderNumber } from '../reports/purchase-orders';
import { writeTransaction } from '../streams/change-log';

/** A product a supplier supplies, with how it is supplied and its minimum at the outlet. */
export interface SuppliedProduct {
  id: string;
  name: string;
  unit: string;
  sold_by: 'unit' | 'weight';
  kind: 'beli-putus' | 'konsinyasi';
  cost: string;
  minimum: number | null;
}

export async function suppliedProducts(
  db: Queryable,
  outletId: string,
  supplierId: number,
  asOf: BusinessDate,
): Promise<SuppliedProduct[]> {
  const { rows } = await db.query<SuppliedProduct & { supplier_id: string }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (t.product_id) t.product_id AS id, t.supplier_id::text, p.name, p.unit, p.sold_by, t.kind,
              coalesce(t.unit_cost, t.supplier_price, 0)::text AS cost, coalesce(om.minimum, p.minimum_stock) AS minimum
       FROM supply_terms t
         JOIN products p ON p.id = t.product_id
         LEFT JOIN outlet_stock_minimums om ON om.product_id = t.product_id AND om.outlet_id = $1
       WHERE t.valid_from <= $2
       ORDER BY t.product_id, t.valid_from DESC) terms
     WHERE supplier_id = $3::text ORDER BY name`,
    [outletId, asOf, String(supplierId)],
  );
  return rows;
}

/** An order line of a supplied product, at its terms' cost. */
export function orderLine(p: SuppliedProduct, quantity: number): PurchaseOrderLine {
  return {
    productId: p.id,
    name: p.name,
    unit: p.unit,
    soldBy: p.sold_by,
    quantity,
    unitCost: rupiah(Number(p.cost)),
    kind: p.kind,
  };
}

export interface NewOrder {
  outletId: string;
  outletName: string;
  supplierId: number;
  date: BusinessDate;
  raisedBy: string;
  lines: readonly PurchaseOrderLine[];
}

export interface RaisedOrder {
  id: string;
  number: string;
  /** The month's budget left after the order. */
  left: Rupiah;
}

/** The order written, or why not (a line, the budget) in Bahasa Indonesia; nothing is written then. */
export async function raiseOrder(db: Database, order: NewOrder): Promise<Result<RaisedOrder>> {
  const checked = checkOrderLines(order.lines);
  if (!checked.ok) return checked;
  const { lines } = order;
  const totals = orderTotals(lines);
  const month = order.date.slice(0, 7);
  const id = uuidv7();
  return writeTransaction(db, async (tx) => {
    const { budget, committed } = await monthBudget(tx, order.outletId, month, true);
    const fits = checkBudget({ outletName: order.outletName, month, budget, committed, order: totals.outright });
    if (!fits.ok) return failed(fits.error);
    const { rows } = await tx.query<{ serial: string }>(
      `INSERT INTO purchase_orders (id, outlet_id, supplier_id, business_date, raised_by, total, outright)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING serial::text`,
      [id, order.outletId, order.supplierId, order.date, order.raisedBy, totals.total, totals.outright],
    );
    await tx.query(
      `INSERT INTO purchase_order_lines (order_id, line_no, product_id, name, unit, sold_by, kind, quantity, unit_cost)
       SELECT $1, n, product_id, name, unit, sold_by, kind, quantity, unit_cost
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])
         WITH ORDINALITY AS l (product_id, name, unit, sold_by, kind, quantity, unit_cost, n)`,
      [
        id,
        lines.map((l) => l.productId),
        lines.map((l) => l.name),
        lines.map((l) => l.unit),
        lines.map((l) => l.soldBy),
        lines.map((l) => l.kind),
        lines.map((l) => l.quantity),
        lines.map((l) => l.unitCost),
      ],
    );
    tx.changed('purchase-orders', order.outletId, [id]);
    return ok({ id, number: purchaseOrderNumber(rows[0]!.serial), left: fits.value });
  });
}
