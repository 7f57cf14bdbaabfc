/**
 * The products stream: the province catalog with the outlet's own price and minimum stock where it
 * has them (outlet_products, outlet_stock_minimums). Key: product id.
 */
import type { ProductItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';

export async function loadProducts(db: Queryable, outletId: string, ids: readonly string[]): Promise<ProductItem[]> {
  const { rows } = await db.query<ProductItem>(
    `SELECT p.id, p.barcode, p.plu, p.name, coalesce(op.price, p.price) AS price, p.sold_by AS "soldBy",
            coalesce(s.name, '') AS supplier, p.category, p.unit, p.active,
            p.perishable, coalesce(om.minimum, p.minimum_stock) AS "minimumStock", p.tax_status AS "taxStatus"
     FROM unnest($1::text[]) WITH ORDINALITY AS k (id, n)
     JOIN products p ON p.id = k.id
     LEFT JOIN suppliers s ON s.id = p.supplier_id
     LEFT JOIN outlet_products op ON op.product_id = p.id AND op.outlet_id = $2
     LEFT JOIN outlet_stock_minimums om ON om.product_id = p.id AND om.outlet_id = $2
     ORDER BY k.n`,
    [ids, outletId],
  );
  return rows;
}
