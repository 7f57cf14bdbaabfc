/** A code scanned or typed on a stock screen (receiving, transfer), looked up in the catalog. */
import { parseBarcode } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { showError, showProblem } from './notice-store';
import { useTerminalStore } from './terminal-store';

/**
 * The catalog's product for the code (with the grams of a scale's weight label); an article barcode
 * the catalog does not have as `unknownBarcode`; null, with the reason shown, for anything else.
 */
export function scannedProduct(
  code: string,
): { product: Product; grams: number | null } | { unknownBarcode: string } | null {
  const parsed = parseBarcode(code);
  if (!parsed.ok) {
    showProblem(parsed.error);
    return null;
  }
  const { catalog } = useTerminalStore.getState();
  const scanned = parsed.value;
  const product =
    scanned.kind === 'article'
      ? scanned.keys.map((key) => catalog.byBarcode(key)).find((p) => p !== undefined)
      : catalog.byPlu(scanned.plu);
  if (product) return { product, grams: scanned.kind === 'weight-embedded' ? scanned.grams : null };
  if (scanned.kind === 'article') return { unknownBarcode: scanned.keys[0]! };
  showError(`PLU ${scanned.plu} belum ada di katalog.`);
  return null;
}
