/**
 * Turns spreadsheet rows (from CSV or XLSX, on the terminal or the server) into catalog entries.
 * Headers are matched case-insensitively, with the Indonesian names shops actually use. Each row
 * either becomes a whole entry or a problem with its spreadsheet line number; nothing in between.
 */
import { normalizeGtin } from './barcode';
import { parseRupiah } from '../money';
import type { Product } from './product';
import { parseTaxStatus } from '../tax/ppn';
import { joinReasons, readSheetRows, rowCells, type ColumnMap, type RowProblem } from '../sheet-columns';

export { normalizeHeader, type RowProblem } from '../sheet-columns';

/** A product as a spreadsheet row gives it: everything but what the importer decides (id, active…). */
export type CatalogRow = Pick<
  Product,
  | 'barcode'
  | 'plu'
  | 'name'
  | 'price'
  | 'soldBy'
  | 'supplier'
  | 'category'
  | 'unit'
  | 'perishable'
  | 'minimumStock'
  | 'taxStatus'
> & {
  /** Spreadsheet line number (the header is line 1). */
  line: number;
};

type Field = 'barcode' | 'plu' | 'name' | 'price' | 'supplier' | 'category' | 'unit' | 'perishable' | 'minimum' | 'ppn';

const ALIASES: Record<Field, readonly string[]> = {
  barcode: ['barcode', 'kode barcode', 'kode', 'kode barang', 'ean', 'gtin'],
  plu: ['plu', 'kode timbang'],
  name: ['name', 'nama', 'nama produk', 'nama barang', 'produk'],
  price: ['price', 'harga', 'harga jual'],
  supplier: ['supplier', 'pemasok', 'umkm', 'nama umkm', 'produsen'],
  category: ['category', 'kategori'],
  unit: ['unit', 'satuan'],
  perishable: ['perishable', 'kedaluwarsa', 'mudah basi', 'pangan'],
  minimum: ['minimum', 'stok minimum', 'minimal stok', 'min'],
  ppn: ['ppn', 'status ppn', 'pajak'],
};
/** Cells that say yes in the perishable column; blank or anything else is no. */
const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'x']);
const REQUIRED: readonly Field[] = ['name', 'price'];
/** Units sold by weight: their price is per kilogram and they scan as weight-embedded codes. */
const WEIGHT_UNITS = new Set(['kg', 'kilogram']);

/** Reads a whole sheet: first row headers, the rest data. Blank rows are skipped silently. */
export function readCatalogRows(sheet: readonly (readonly unknown[])[]): {
  rows: CatalogRow[];
  problems: RowProblem[];
} {
  return readSheetRows(sheet, {
    aliases: ALIASES,
    required: REQUIRED,
    readRow,
    keysOf: (row) => [row.barcode, row.plu],
    repeated: (earlier) => `Barcode/PLU sama dengan baris ${earlier}.`,
  });
}

function readRow(cells: readonly unknown[], columns: ColumnMap<Field>, line: number): CatalogRow | RowProblem {
  const get = rowCells(cells, columns);
  const reasons: string[] = [];
  const name = get('name');
  if (name === '') reasons.push('nama kosong');
  else if (name.length > 200) reasons.push('nama lebih dari 200 huruf');
  const priceText = get('price');
  const price = parseRupiah(priceText);
  if (price === null) reasons.push(priceText === '' ? 'harga kosong' : `harga "${priceText}" bukan angka Rupiah bulat`);
  const barcodeText = get('barcode');
  const barcode = barcodeText === '' ? null : normalizeGtin(barcodeText);
  if (barcodeText !== '' && barcode === null)
    reasons.push(`barcode "${barcodeText}" tidak valid (panjang atau digit pemeriksa salah)`);
  const pluText = get('plu');
  if (pluText !== '' && !/^\d{4}$/.test(pluText)) reasons.push(`PLU "${pluText}" harus 4 angka`);
  const unit = get('unit').toLowerCase() || 'pcs';
  const minimumText = get('minimum');
  const minimum = minimumText === '' ? null : Number(minimumText);
  if (minimum !== null && !(Number.isSafeInteger(minimum) && minimum >= 0))
    reasons.push(`minimum "${minimumText}" harus bilangan bulat, tidak negatif (gram untuk barang timbangan)`);
  const taxStatus = parseTaxStatus(get('ppn'));
  if (taxStatus === null) reasons.push(`PPN "${get('ppn')}" harus kena-ppn atau dibebaskan`);
  if (reasons.length > 0 || price === null || taxStatus === null) return { line, reason: joinReasons(reasons) };
  return {
    line,
    barcode,
    plu: pluText === '' ? null : pluText,
    name,
    price,
    soldBy: WEIGHT_UNITS.has(unit) ? 'weight' : 'unit',
    supplier: get('supplier'),
    category: get('category') || 'Lainnya',
    unit,
    // Absent when the sheet has no such column: a re-import then keeps what the product had.
    ...(columns.perishable === undefined ? {} : { perishable: YES.has(get('perishable').toLowerCase()) }),
    ...(columns.minimum === undefined ? {} : { minimumStock: minimum }),
    ...(columns.ppn === undefined ? {} : { taxStatus }),
  };
}
