/**
 * A manager's purchase order (pesanan) to a UMKM from the terminal: the lines pre-filled from the
 * replenishment suggestion of the supplier's products here, and the order sent to the province
 * (POST /v1/sync/purchase-orders through the bridge), which checks the lines, the supplier's terms
 * and the outlet's monthly budget. The order it answers joins the orders to receive against.
 */
import type { Product } from '#domain/catalog/product';
import { DEFAULT_LEAD_TIME_DAYS } from '#domain/stock/replenishment';
import { ok, problem, type Result } from '#domain/result';
import { errorBodySchema } from '#sync/protocol/errors';
import {
  raisedPurchaseOrderSchema,
  type RaisedPurchaseOrder,
  type RaisePurchaseOrder,
} from '#sync/protocol/purchase-order';
import { getBridge } from '../bridge/bridge';
import type { PosDatabase } from '../db/database';
import { replenishmentFigures } from './stock-card';

export interface SuggestedLine {
  product: Product;
  onHand: number;
  suggested: number;
}

/** The supplier's active products (as the catalog names their supplier) with what replenishment suggests ordering. */
export async function orderSuggestion(db: PosDatabase, supplier: string, now: Date): Promise<SuggestedLine[]> {
  const products = await db.products.filter((p) => p.active && p.supplier === supplier).sortBy('name');
  return Promise.all(
    products.map(async (product) => {
      const figures = await replenishmentFigures(db, product, DEFAULT_LEAD_TIME_DAYS, now);
      return { product, onHand: figures.onHand, suggested: figures.suggested };
    }),
  );
}

export async function raisePurchaseOrder(
  db: PosDatabase,
  order: RaisePurchaseOrder,
): Promise<Result<RaisedPurchaseOrder>> {
  const result = await getBridge().invoke('sync-purchase-order', order);
  if (!result.ok) return result;
  const answer = result.value;
  if (answer.kind === 'unreachable')
    return answer.reason === 'not-enrolled'
      ? problem(
          'not-enrolled',
          'Pesanan ke UMKM dikirim ke provinsi: daftarkan terminal ini dulu (tidak di mode latihan).',
        )
      : problem(
          'server-unreachable',
          `Server provinsi tidak bisa dihubungi (${answer.message}). Pesanan perlu koneksi karena anggaran diperiksa provinsi: coba lagi saat online.`,
        );
  const refusal = errorBodySchema.safeParse(answer.body);
  if (answer.status === 422 && refusal.success) return problem('order-refused', refusal.data.error.message);
  const raised = raisedPurchaseOrderSchema.safeParse(answer.body);
  if (answer.status !== 201 || !raised.success)
    return problem(
      'server-refused',
      `Server provinsi tidak menerima pesanan (status ${answer.status}). Coba lagi nanti.`,
    );
  await db.purchaseOrders.put(raised.data.order);
  return ok(raised.data);
}
