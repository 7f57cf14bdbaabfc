/** Printing barcode labels: products without a code get an in-store one first, then their labels print. */
import type { Product } from '#domain/catalog/product';
import { printLabels } from '../print/print-commands';
import { showInfo } from '../stores/notice-store';
import { database, reloadCatalog, useTerminalStore } from '../stores/terminal-store';
import { assignInStoreCodes, needsInStoreCode, NO_CODE_BLOCK } from './assign-codes';

/** The chosen products' labels, copies each; true once queued. */
export async function printProductLabels(copies: ReadonlyMap<string, number>): Promise<boolean> {
  const ids = [...copies.keys()];
  const coded = await assignInStoreCodes(database(), useTerminalStore.getState().identity!, ids);
  if (coded.length > 0) {
    await reloadCatalog();
    showInfo(`${coded.length} produk mendapat kode toko baru.`, 'success');
  }
  // Read back as saved: every chosen product now has its code, whoever gave it.
  const saved = (await database().products.bulkGet(ids)).filter((p): p is Product => p !== undefined);
  if (saved.some(needsInStoreCode)) showInfo(NO_CODE_BLOCK);
  const chosen = saved.filter((p) => p.barcode !== null);
  return printLabels(
    chosen.map((p) => ({ name: p.name, price: p.price, barcode: p.barcode!, copies: copies.get(p.id)! })),
  );
}
