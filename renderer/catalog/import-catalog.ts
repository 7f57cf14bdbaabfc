/**
 * Catalog import from a manager's spreadsheet (CSV or XLSX). domain/catalog/catalog-rows decides which rows
 * are good; here good rows are written, each whole, in one transaction: a row updates the product
 * with the same barcode (or PLU) or adds a new one. A row whose PLU or barcode belongs to another
 * product is refused with its line number rather than half-applied.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/browser';
import { v7 as uuidv7 } from 'uuid';
import { readCatalogRows, type CatalogRow, type RowProblem } from '#domain/catalog/catalog-rows';
import type { Product } from '#domain/catalog/product';
import { ok, problem, type Result } from '#domain/result';
import type { PosDatabase } from '../db/database';

export interface ImportReport {
  added: number;
  updated: number;
  problems: RowProblem[];
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The sheet as rows of cells, or why the file cannot be read. */
export async function readSpreadsheet(file: File): Promise<Result<unknown[][]>> {
  if (file.size > MAX_IMPORT_BYTES) return problem('file-too-large', `Berkas ${file.name} lebih dari 20 MB.`);
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    try {
      return ok((await readSheet(file)) as unknown[][]);
    } catch {
      return problem('file-unreadable', `Berkas ${file.name} bukan XLSX yang bisa dibaca.`);
    }
  }
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    const text = (await file.text()).replace(/^\uFEFF/, '');
    // Excel in Indonesian locales saves CSV with semicolons; Papa detects the delimiter.
    return ok(Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
  }
  return problem('file-type', `Berkas ${file.name} tidak didukung: pilih .csv atau .xlsx.`);
}

export async function importCatalog(db: PosDatabase, sheet: readonly (readonly unknown[])[]): Promise<ImportReport> {
  const { rows, problems } = readCatalogRows(sheet);
  const report: ImportReport = { added: 0, updated: 0, problems: [...problems] };
  await db.transaction('rw', db.products, async () => {
    for (const row of rows) {
      const byBarcode = row.barcode ? await db.products.where('barcode').equals(row.barcode).first() : undefined;
      const byPlu = row.plu ? await db.products.where('plu').equals(row.plu).first() : undefined;
      const existing = byBarcode ?? (row.barcode ? undefined : byPlu);
      if (byPlu && byPlu.id !== existing?.id) {
        report.problems.push({ line: row.line, reason: `PLU ${row.plu} sudah dipakai ${byPlu.name}.` });
        continue;
      }
      if (!row.barcode && !row.plu) {
        report.problems.push({ line: row.line, reason: 'Barcode dan PLU kosong: produk tidak bisa dipindai.' });
        continue;
      }
      await db.products.put(toProduct(row, existing?.id ?? uuidv7()));
      if (existing) report.updated++;
      else report.added++;
    }
  });
  report.problems.sort((a, b) => a.line - b.line);
  return report;
}

function toProduct(row: CatalogRow, id: string): Product {
  return {
    id,
    barcode: row.barcode,
    plu: row.plu,
    name: row.name,
    price: row.price,
    soldBy: row.soldBy,
    supplier: row.supplier,
    category: row.category,
    unit: row.unit,
    active: true,
    ...(row.taxStatus === undefined ? {} : { taxStatus: row.taxStatus }),
  };
}
