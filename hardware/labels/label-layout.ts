/**
 * Shelf/product labels for UMKM products that came without a barcode: the name, the price and the
 * in-store EAN-13 code (GS1 prefix 20–29) the catalog assigned, one label per cut.
 */
import { hasValidCheckDigit } from '#domain/catalog/barcode';
import { formatRupiah, type Rupiah } from '#domain/money';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';

export interface ProductLabel {
  name: string;
  price: Rupiah;
  /** In-store EAN-13, prefix 20–29, with a valid check digit. */
  barcode: string;
  copies: number;
}

export function isInStoreEan13(code: string): boolean {
  return /^2\d{12}$/.test(code) && hasValidCheckDigit(code);
}

export function layoutLabels(labels: readonly ProductLabel[], columns: Columns): PrintCommand[] {
  const out: PrintCommand[] = [];
  for (const label of labels) {
    if (!isInStoreEan13(label.barcode)) throw new RangeError(`Not an in-store EAN-13: ${label.barcode}`);
    for (let copy = 0; copy < label.copies; copy++) {
      for (const text of wrap(label.name, columns).slice(0, 2))
        out.push({ type: 'text', text, align: 'center', bold: true });
      out.push({ type: 'text', text: formatRupiah(label.price), align: 'center', tall: true });
      out.push({ type: 'ean13', data: label.barcode });
      out.push({ type: 'cut' });
    }
  }
  return out;
}
