/** The catalog in memory, for a scan or a search to answer within a frame: lookups by code and the search index. */
import type { ProductLookup } from '#domain/checkout/cart';
import type { Product } from '#domain/catalog/product';
import { createSearchIndex, searchProducts } from '#domain/catalog/product-search';
import { featuredProducts, type FeaturedProduct } from '#domain/checkout/customer-display';

export interface CatalogIndex extends ProductLookup {
  size: number;
  /** An active product by id: what a cart line was made from (its minimum stock, whether it is perishable). */
  byId(id: string): Product | undefined;
  search(query: string, limit?: number): Product[];
  /** A few UMKM products for the customer display between sales. */
  featured: FeaturedProduct[];
}

/** User Timing name around each search, read by the checkout benchmark. */
export const SEARCH_MEASURE = 'pos:product-search';

export function buildCatalogIndex(products: readonly Product[]): CatalogIndex {
  const active = products.filter((p) => p.active);
  const byBarcode = new Map(active.filter((p) => p.barcode !== null).map((p) => [p.barcode as string, p]));
  const byPlu = new Map(active.filter((p) => p.plu !== null).map((p) => [p.plu as string, p]));
  const byId = new Map(active.map((p) => [p.id, p]));
  const index = createSearchIndex(active);
  return {
    size: active.length,
    featured: featuredProducts(active),
    byId: (id) => byId.get(id),
    byBarcode: (gtin) => byBarcode.get(gtin),
    byPlu: (plu) => byPlu.get(plu),
    search(query, limit) {
      const start = performance.now();
      const hits = searchProducts(index, query, limit);
      performance.measure(SEARCH_MEASURE, { start, end: performance.now() });
      return hits;
    },
  };
}
