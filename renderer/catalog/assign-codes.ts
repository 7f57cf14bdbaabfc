/**
 * The catalog gives products without a barcode an in-store EAN-13 article code (prefix 20–21) so
 * they can wear a label and be scanned. Codes continue after the highest article code in the
 * catalog, read inside the same transaction that writes them; the unique barcode index is the last
 * word, so two assignments at once (two tabs, a double click) can never give one code to two products.
 */
import { nextInStoreArticleCodes } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import type { PosDatabase } from '../db/database';

/** The in-store article codes the catalog gives (prefix 20–21). */
export const ARTICLE_RANGE = ['2000000000000', '2199999999999'] as const;

/** Whether a product can get an in-store article code: sold by the unit and without a barcode. */
export function needsInStoreCode(product: Product): boolean {
  return product.barcode === null && product.soldBy === 'unit';
}

/** Gives each of these products that needs one a new code; returns the products as saved. */
export async function assignInStoreCodes(db: PosDatabase, productIds: readonly string[]): Promise<Product[]> {
  return db.transaction('rw', db.products, async () => {
    const products = (await db.products.bulkGet([...productIds])).filter(
      (p): p is Product => p !== undefined && needsInStoreCode(p),
    );
    if (products.length === 0) return [];
    const highest = await db.products
      .where('barcode')
      .between(...ARTICLE_RANGE, true, true)
      .last();
    const codes = nextInStoreArticleCodes(highest?.barcode ? [highest.barcode] : [], products.length);
    const coded = products.map((p, i) => ({ ...p, barcode: codes[i]! }));
    await db.products.bulkPut(coded);
    return coded;
  });
}
