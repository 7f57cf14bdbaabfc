/**
 * The catalog gives products without a barcode an in-store EAN-13 article code so they can wear a
 * label and be scanned: from this till's own block (prefix 21, domain/catalog/barcode.ts), its
 * outlet's number from the settings stream (`outlet.codeBlock`) and the till's number from its id,
 * so no other till, and not the province (prefix 20), can give the same code. Codes continue after
 * the highest code of the block in the catalog, read inside the same transaction that writes them;
 * the unique barcode index is the last word, so two assignments at once (two tabs, a double click)
 * can never give one code to two products.
 */
import {
  nextTillArticleCodes,
  tillCodeBlock,
  tillCodeRange,
  TRAINING_CODE_BLOCK,
  type Gtin,
  type TillCodeBlock,
} from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { OUTLET_CODE_BLOCK_SETTING } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';
import type { TerminalIdentity } from '#domain/outlet/terminal';

/** Said when the till's block is not known yet: its outlet's number has not been pulled. */
export const NO_CODE_BLOCK =
  'Kode toko belum bisa dibuat di terminal ini: nomor outlet dari provinsi belum diterima. Sinkronkan dulu.';

/** This till's block of in-store codes; a training till's; null before its outlet's number arrived. */
export async function ownCodeBlock(db: PosDatabase, identity: TerminalIdentity): Promise<TillCodeBlock | null> {
  if (identity.training) return TRAINING_CODE_BLOCK;
  return tillCodeBlock((await db.serverSettings.get(OUTLET_CODE_BLOCK_SETTING))?.value, identity.terminalId);
}

/** `count` new codes of the block, after the highest the catalog holds (call inside a transaction on products). */
export async function mintCodes(db: PosDatabase, block: TillCodeBlock, count: number): Promise<Gtin[]> {
  if (count === 0) return [];
  const highest = await db.products
    .where('barcode')
    .between(...tillCodeRange(block), true, true)
    .last();
  return nextTillArticleCodes(block, highest?.barcode ? [highest.barcode] : [], count);
}

/** Whether a product can get an in-store article code: sold by the unit and without a barcode. */
export function needsInStoreCode(product: Product): boolean {
  return product.barcode === null && product.soldBy === 'unit';
}

/** Gives each of these products that needs one a new code; returns the products as saved (none while the till has no block). */
export async function assignInStoreCodes(
  db: PosDatabase,
  identity: TerminalIdentity,
  productIds: readonly string[],
): Promise<Product[]> {
  const block = await ownCodeBlock(db, identity);
  return db.transaction('rw', db.products, async () => {
    const products = (await db.products.bulkGet([...productIds])).filter(
      (p): p is Product => p !== undefined && needsInStoreCode(p),
    );
    if (products.length === 0 || block === null) return [];
    const codes = await mintCodes(db, block, products.length);
    const coded = products.map((p, i) => ({ ...p, barcode: codes[i]! }));
    await db.products.bulkPut(coded);
    return coded;
  });
}
