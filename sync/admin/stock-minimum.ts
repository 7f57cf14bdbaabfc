/**
 * `stock minimum OUTLET PRODUCT QTY|default`: an outlet's own minimum stock for a product, over the
 * province default, or back to the default. The product's position in the outlet's products stream
 * moves in the same transaction, so the outlet's terminals get the new minimum on their next pull.
 */
import { checkQuantity } from '#domain/stock/quantity';
import type { Database } from '../server/db/database';
import { writeTransaction } from '../server/streams/change-log';
import { AdminError, requireOutlet } from './output';

interface ProductRow {
  id: string;
  name: string;
  sold_by: 'unit' | 'weight';
  minimum_stock: number | null;
}

export async function stockMinimum(
  db: Database,
  outletId: string,
  productKey: string,
  amount: string,
): Promise<string> {
  const outletName = await requireOutlet(db, outletId);
  const { rows } = await db.query<ProductRow>(
    'SELECT id, name, sold_by, minimum_stock FROM products WHERE id = $1 OR barcode = $1 ORDER BY id = $1 DESC LIMIT 1',
    [productKey],
  );
  const product = rows[0];
  if (!product) throw new AdminError(`Produk "${productKey}" tidak dikenal (tulis id produk atau barcodenya).`);
  const unit = product.sold_by === 'weight' ? 'gram' : 'satuan';
  const provinceText =
    product.minimum_stock === null ? 'tidak ada minimum provinsi' : `minimum provinsi ${product.minimum_stock} ${unit}`;
  const minimum = amount === 'default' ? null : parseMinimum(amount);
  await writeTransaction(db, async (tx) => {
    if (minimum === null)
      await tx.query('DELETE FROM outlet_stock_minimums WHERE outlet_id = $1 AND product_id = $2', [
        outletId,
        product.id,
      ]);
    else
      await tx.query(
        `INSERT INTO outlet_stock_minimums (outlet_id, product_id, minimum) VALUES ($1, $2, $3)
         ON CONFLICT (outlet_id, product_id) DO UPDATE SET minimum = excluded.minimum, updated_at = now()`,
        [outletId, product.id, minimum],
      );
    tx.changed('products', outletId, [product.id]);
  });
  const what =
    minimum === null ? `kembali ke bawaan provinsi (${provinceText})` : `kini ${minimum} ${unit} (${provinceText})`;
  return `Minimum stok ${product.name} di ${outletName} ${what}; terminal outlet menerimanya pada sinkronisasi berikutnya.`;
}

/** A whole number of units (grams for weighed goods), zero allowed: zero means "never low". */
function parseMinimum(amount: string): number {
  const checked = checkQuantity(/^-?\d+(\.\d+)?$/.test(amount.trim()) ? Number(amount) : Number.NaN, {
    allowZero: true,
  });
  if (!checked.ok)
    throw new AdminError(`Minimum "${amount}" tidak valid: ${checked.error.message} Atau tulis "default".`);
  return checked.value;
}
