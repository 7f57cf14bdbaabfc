/**
 * `import-catalog FILE.csv [--outlet OUTLET]`: the province catalog from a spreadsheet (headers as
 * domain/catalog/catalog-rows.ts reads them). Re-importing updates products in place, found again by
 * barcode, else PLU, else name and supplier. With --outlet, the file's prices become that
 * outlet's own prices for products already in the catalog. Optional columns `perishable` (ya/tidak)
 * and `minimum` (stock, grams for weighed goods) set what stock needs; `ppn` (kena-ppn, dibebaskan) the
 * product's tax status (issue 19). The supplier column names the
 * UMKM by its NIB (registered with `supplier add|import`) or by name. Bad rows are listed; good rows import.
 */
import { v7 as uuidv7 } from 'uuid';
import { readCatalogRows, type CatalogRow } from '#domain/catalog/catalog-rows';
import type { RowProblem } from '#domain/sheet-columns';
import type { Database } from '../server/db/database';
import type { WriteTx } from '../server/streams/change-log';
import { parseCsvSheet } from './csv';
import { countChanges, writeOrPreview, type ImportOutcome } from './import-outcome';
import { requireOutlet } from './output';

export async function importCatalog(db: Database, csvText: string, outletId?: string): Promise<ImportOutcome> {
  if (outletId !== undefined) await requireOutlet(db, outletId);
  const csv = parseCsvSheet(csvText);
  const { rows: _written, ...outcome } = await importCatalogSheet(db, csv.sheet, { outletId, problems: csv.problems });
  return outcome;
}

/** What a catalog sheet's import did (or, dry, would do), with the rows it wrote. */
export type SheetImport = ImportOutcome & { rows: CatalogRow[] };

/**
 * A catalog sheet (CSV or XLSX cells) imported. `dryRun` does every write and check in a
 * transaction that is rolled back, so a preview counts and refuses exactly as the import will.
 */
export async function importCatalogSheet(
  db: Database,
  sheet: readonly (readonly unknown[])[],
  options: {
    outletId?: string;
    problems?: readonly RowProblem[];
    dryRun?: boolean;
    /** Runs in the import's transaction after the writes (not in a dry run): the back office's audit. */
    written?: (tx: WriteTx, outcome: Omit<ImportOutcome, 'problems'>, problems: readonly RowProblem[]) => Promise<void>;
  } = {},
): Promise<SheetImport> {
  const { outletId } = options;
  const { rows, problems } = readCatalogRows(sheet);
  const unique = withoutRepeatedKeys(rows, problems);
  const outcome = await writeOrPreview(db, options.dryRun ?? false, async (tx) => {
    const counts = await (outletId === undefined
      ? upsertProducts(tx, unique, problems)
      : upsertOutletPrices(tx, outletId, unique, problems));
    if (!options.dryRun) await options.written?.(tx, counts, problems);
    return counts;
  });
  const refused = new Set(problems.map((p) => p.line));
  return {
    ...outcome,
    rows: unique.map(({ row }) => row).filter((row) => !refused.has(row.line)),
    problems: [...(options.problems ?? []), ...problems].sort((a, b) => a.line - b.line),
  };
}

/** A supplier cell of 13 digits is the UMKM's NIB (domain/supplier), anything else its name. */
const isNib = (supplier: string) => /^\d{13}$/.test(supplier);

/** How a re-import finds a product again. A product first imported without barcode keeps its name key. */
function naturalKey(row: CatalogRow): string {
  if (row.barcode) return `barcode:${row.barcode}`;
  if (row.plu) return `plu:${row.plu}`;
  return `name:${row.name.toLowerCase()}|${row.supplier.toLowerCase()}`;
}

/** Rows without barcode or PLU can still repeat by name and supplier; keep the first. */
function withoutRepeatedKeys(rows: readonly CatalogRow[], problems: RowProblem[]): { row: CatalogRow; key: string }[] {
  const lineOfKey = new Map<string, number>();
  return rows.flatMap((row) => {
    const key = naturalKey(row);
    const earlier = lineOfKey.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, reason: `Produk sama (nama dan pemasok) dengan baris ${earlier}.` });
      return [];
    }
    lineOfKey.set(key, row.line);
    return [{ row, key }];
  });
}

/** Rows written as products of the province's catalog; refused ones are added to `problems`. */
export async function upsertProducts(
  tx: WriteTx,
  keyed: { row: CatalogRow; key: string }[],
  problems: RowProblem[],
): Promise<Omit<ImportOutcome, 'problems'>> {
  const { rows: owners } = await tx.query<{ plu: string; natural_key: string }>(
    'SELECT plu, natural_key FROM products WHERE plu = ANY($1::text[])',
    [keyed.flatMap(({ row }) => (row.plu ? [row.plu] : []))],
  );
  const pluOwner = new Map(owners.map((o) => [o.plu, o.natural_key]));
  const { rows: registered } = await tx.query<{ id: number; nib: string }>(
    'SELECT id, nib FROM suppliers WHERE nib = ANY($1::text[])',
    [keyed.flatMap(({ row }) => (isNib(row.supplier) ? [row.supplier] : []))],
  );
  const supplierId = new Map<string, number>(registered.map((s) => [s.nib, s.id]));
  const good = keyed.filter(({ row, key }) => {
    const owner = row.plu ? pluOwner.get(row.plu) : undefined;
    if (owner !== undefined && owner !== key) {
      problems.push({ line: row.line, reason: `PLU ${row.plu} sudah dipakai produk lain di katalog.` });
      return false;
    }
    if (isNib(row.supplier) && !supplierId.has(row.supplier)) {
      problems.push({
        line: row.line,
        reason: `Tidak ada UMKM dengan NIB ${row.supplier}; daftarkan dulu: npm run admin -- supplier add`,
      });
      return false;
    }
    return true;
  });
  // A supplier named, not registered by NIB, is added by its name (the register fills in the rest later).
  const supplierNames = [...new Set(good.map(({ row }) => row.supplier).filter((s) => s !== '' && !isNib(s)))];
  await tx.query('INSERT INTO suppliers (name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING', [
    supplierNames,
  ]);
  const { rows: suppliers } = await tx.query<{ id: number; name: string }>(
    'SELECT id, name FROM suppliers WHERE name = ANY($1::text[])',
    [supplierNames],
  );
  for (const s of suppliers) supplierId.set(s.name, s.id);
  const column = <T>(pick: (r: CatalogRow) => T) => good.map(({ row }) => pick(row));
  const { rows: changed } = await tx.query<{ id: string; inserted: boolean }>(
    `INSERT INTO products (id, natural_key, barcode, plu, name, price, sold_by, supplier_id, category, unit)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::bigint[], $9::text[], $10::text[])
     ON CONFLICT (natural_key) DO UPDATE SET
       barcode = excluded.barcode, plu = excluded.plu, name = excluded.name, price = excluded.price, sold_by = excluded.sold_by,
       supplier_id = excluded.supplier_id, category = excluded.category, unit = excluded.unit, active = true, updated_at = now()
     WHERE (products.barcode, products.plu, products.name, products.price, products.sold_by, products.supplier_id, products.category, products.unit, products.active)
       IS DISTINCT FROM (excluded.barcode, excluded.plu, excluded.name, excluded.price, excluded.sold_by, excluded.supplier_id, excluded.category, excluded.unit, true)
     RETURNING id, xmax = 0 AS inserted`,
    [
      good.map(() => uuidv7()),
      good.map(({ key }) => key),
      column((r) => r.barcode),
      column((r) => r.plu),
      column((r) => r.name),
      column((r) => r.price),
      column((r) => r.soldBy),
      column((r) => supplierId.get(r.supplier) ?? null),
      column((r) => r.category),
      column((r) => r.unit),
    ],
  );
  const restocked = await updateStockSettings(tx, good);
  tx.changed('products', null, [...changed.map((c) => c.id), ...restocked]);
  return countChanges(changed, good.length);
}

/**
 * The optional `perishable` and `minimum` columns (issue 15) and `ppn` (issue 19), where the sheet has them: a sheet
 * without them leaves what the products had. Returns the ids of products they changed.
 */
async function updateStockSettings(tx: WriteTx, good: { row: CatalogRow; key: string }[]): Promise<string[]> {
  const given = good.filter(
    ({ row }) => row.perishable !== undefined || row.minimumStock !== undefined || row.taxStatus !== undefined,
  );
  if (given.length === 0) return [];
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE products p SET
       perishable = coalesce(u.perishable, p.perishable),
       minimum_stock = CASE WHEN u.minimum_given THEN u.minimum ELSE p.minimum_stock END,
       tax_status = coalesce(u.tax_status, p.tax_status),
       updated_at = now()
     FROM unnest($1::text[], $2::boolean[], $3::integer[], $4::boolean[], $5::text[])
       AS u (natural_key, perishable, minimum, minimum_given, tax_status)
     WHERE p.natural_key = u.natural_key
       AND (coalesce(u.perishable, p.perishable), CASE WHEN u.minimum_given THEN u.minimum ELSE p.minimum_stock END,
            coalesce(u.tax_status, p.tax_status))
           IS DISTINCT FROM (p.perishable, p.minimum_stock, p.tax_status)
     RETURNING p.id`,
    [
      given.map(({ key }) => key),
      given.map(({ row }) => row.perishable ?? null),
      given.map(({ row }) => row.minimumStock ?? null),
      given.map(({ row }) => row.minimumStock !== undefined),
      given.map(({ row }) => row.taxStatus ?? null),
    ],
  );
  return rows.map((r) => r.id);
}

async function upsertOutletPrices(
  tx: WriteTx,
  outletId: string,
  keyed: { row: CatalogRow; key: string }[],
  problems: RowProblem[],
): Promise<Omit<ImportOutcome, 'problems'>> {
  const { rows: products } = await tx.query<{ id: string; natural_key: string }>(
    'SELECT id, natural_key FROM products WHERE natural_key = ANY($1::text[])',
    [keyed.map(({ key }) => key)],
  );
  const idOfKey = new Map(products.map((p) => [p.natural_key, p.id]));
  const good = keyed.flatMap(({ row, key }) => {
    const id = idOfKey.get(key);
    if (id !== undefined) return [{ id, price: row.price }];
    problems.push({ line: row.line, reason: 'Produk belum ada di katalog provinsi; impor dulu tanpa --outlet.' });
    return [];
  });
  const { rows: changed } = await tx.query<{ id: string; inserted: boolean }>(
    `INSERT INTO outlet_products (outlet_id, product_id, price)
     SELECT $1, * FROM unnest($2::text[], $3::bigint[])
     ON CONFLICT (outlet_id, product_id) DO UPDATE SET price = excluded.price
     WHERE outlet_products.price IS DISTINCT FROM excluded.price
     RETURNING product_id AS id, xmax = 0 AS inserted`,
    [outletId, good.map((g) => g.id), good.map((g) => g.price)],
  );
  tx.changed(
    'products',
    outletId,
    changed.map((c) => c.id),
  );
  return countChanges(changed, good.length);
}
