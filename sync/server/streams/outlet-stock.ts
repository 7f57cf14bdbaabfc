/**
 * The outlet-stock stream: the terminal's outlet's stock on hand per product, as the province keeps
 * it from every till's movements (stock_levels, ingest/stock-ledger.ts, which marks a product
 * changed for its outlet whenever a movement moves it). Key: product id.
 */
import type { OutletStockItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';

export async function loadOutletStock(
  db: Queryable,
  outletId: string,
  productIds: readonly string[],
): Promise<OutletStockItem[]> {
  const { rows } = await db.query<{ productId: string; onHand: string }>(
    `SELECT l.product_id AS "productId", l.on_hand::text AS "onHand"
     FROM unnest($1::text[]) WITH ORDINALITY AS k (id, n)
     JOIN stock_levels l ON l.outlet_id = $2 AND l.product_id = k.id
     ORDER BY k.n`,
    [productIds, outletId],
  );
  return rows.map((r) => ({ productId: r.productId, onHand: Number(r.onHand) }));
}
