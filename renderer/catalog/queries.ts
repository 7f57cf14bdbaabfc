/** What the catalog screens read from the database, as live queries: codes given show at once. */
import { useLiveQuery } from 'dexie-react-hooks';
import { isInStoreArticle } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { database } from '../stores/terminal-store';
import { needsInStoreCode } from './assign-codes';

/** Products that need a printed label: no barcode of their own, or an in-store code the catalog gave them. */
function wantsLabel(product: Product): boolean {
  return (
    product.active && (needsInStoreCode(product) || (product.barcode !== null && isInStoreArticle(product.barcode)))
  );
}

/** Those without a code first, then by name; undefined until the first answer. */
export function useLabelProducts(): Product[] | undefined {
  return useLiveQuery(async () => {
    const all = await database().products.toArray();
    return all
      .filter(wantsLabel)
      .sort((a, b) => Number(a.barcode !== null) - Number(b.barcode !== null) || a.name.localeCompare(b.name, 'id'));
  }, []);
}
