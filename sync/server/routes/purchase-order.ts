/**
 * POST /v1/sync/purchase-orders, terminal token: an outlet manager raises a purchase order for the
 * terminal's own outlet (sync/protocol/purchase-order.ts). The same rules as `po raise`
 * (../purchasing/raise-order.ts); a refusal is 422 `order-refused` with the manager's message.
 */
import { businessDate } from '#domain/wita';
import { raisePurchaseOrderSchema, type RaisedPurchaseOrder } from '#sync/protocol/purchase-order';
import { authenticate, jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { orderLine, raiseOrder, suppliedProducts } from '../purchasing/raise-order';
import { findSupplier } from '../reports/supplier-statement';
import { loadPurchaseOrders } from '../streams/purchase-orders';

const ORDER_BODY = { bytes: 64 * 1024, depth: 4, items: 600, values: 2000 };

const refused = (message: string) => new HttpError(422, 'order-refused', message);

export const raisePurchaseOrderRoute: Route = async (ctx) => {
  const terminal = await authenticate(ctx);
  const body = await jsonBody(ctx, raisePurchaseOrderSchema, ORDER_BODY);
  const { db } = ctx.app;
  const today = businessDate(new Date());
  const supplier = await findSupplier(db, body.supplier);
  if (!supplier) throw refused(`UMKM "${body.supplier}" tidak terdaftar di provinsi: pesanan tidak bisa dibuat.`);
  const supplied = await suppliedProducts(db, terminal.outletId, supplier.id, today);
  const lines = [];
  for (const line of body.lines) {
    const product = supplied.find((p) => p.id === line.productId);
    if (!product) {
      const { rows } = await db.query<{ name: string }>('SELECT name FROM products WHERE id = $1', [line.productId]);
      throw refused(`${rows[0]?.name ?? line.productId} tidak dipasok ${supplier.name} menurut syarat pasok provinsi.`);
    }
    lines.push(orderLine(product, line.quantity));
  }
  const { rows: outlets } = await db.query<{ name: string }>('SELECT name FROM outlets WHERE id = $1', [
    terminal.outletId,
  ]);
  const raised = await raiseOrder(db, {
    outletId: terminal.outletId,
    outletName: outlets[0]!.name,
    supplierId: supplier.id,
    date: today,
    raisedBy: body.raisedBy,
    lines,
  });
  if (!raised.ok) throw refused(raised.error.message);
  const [order] = await loadPurchaseOrders(db, terminal.outletId, [raised.value.id]);
  const reply: RaisedPurchaseOrder = { order: order!, budgetLeft: raised.value.left };
  return { status: 201, body: reply };
};
