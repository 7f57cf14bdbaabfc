/**
 * The catalog import of the Katalog screen: POST /v1/backoffice/catalog-import?file=NAME[&confirm=1]
 * with the file's bytes as the body (CSV or XLSX, at most MAX_CATALOG_FILE_BYTES). Without
 * `confirm` it is the preview: the rows are read, checked and written in a transaction that is
 * rolled back, so the counts and per-row refusals are those the import will give, and nothing is
 * stored. With `confirm=1` the same file is read again and written (refused rows skipped), audited
 * in the same transaction.
 * Provinsi only: the catalog is the province's. XLSX cells are read as the values the file stores
 * (read-excel-file never evaluates a formula), CSV cells as text.
 */
import { readSheet } from 'read-excel-file/node';
import type { CatalogImport } from '#sync/protocol/backoffice-manage';
import { parseCsvSheet } from '#sync/admin/csv';
import { importCatalogSheet } from '#sync/admin/import-catalog';
import { recordAudit } from '../backoffice/audit';
import { requireSession } from '../http/backoffice-auth';
import { readRaw } from '../http/body';
import type { Route } from '../http/context';
import { HttpError } from '../http/http-error';

export const MAX_CATALOG_FILE_BYTES = 5 * 1024 * 1024;
/** Rows the preview lists; the counts cover them all. */
const PREVIEW_ROWS = 200;

export const catalogImportRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const fileName = (ctx.url.searchParams.get('file') ?? '').slice(0, 200);
  const confirmed = ctx.url.searchParams.get('confirm') === '1';
  const sheet = await readCatalogFile(fileName, await readRaw(ctx.req, MAX_CATALOG_FILE_BYTES));
  const outcome = await importCatalogSheet(ctx.app.db, sheet.cells, {
    problems: sheet.problems,
    dryRun: !confirmed,
    written: (tx, counts, refused) =>
      recordAudit(tx, {
        userName: user.name,
        action: 'catalog.import',
        subject: fileName,
        before: null,
        after: { created: counts.created, updated: counts.updated, refused: refused.length + sheet.problems.length },
      }),
  });
  const answer: CatalogImport = {
    confirmed,
    created: outcome.created,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    rows: outcome.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      line: r.line,
      name: r.name,
      price: r.price,
      barcode: r.barcode,
      plu: r.plu,
      supplier: r.supplier,
    })),
    rowCount: outcome.rows.length,
    problems: outcome.problems,
  };
  return { status: 200, body: answer };
};

/** The file's cells by its extension; 415 for another kind, 422 when it cannot be read. */
async function readCatalogFile(
  fileName: string,
  bytes: Buffer,
): Promise<{ cells: unknown[][]; problems: { line: number; reason: string }[] }> {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) {
    try {
      return { cells: (await readSheet(bytes)) as unknown[][], problems: [] };
    } catch {
      throw new HttpError(422, 'change-refused', `Berkas ${fileName} bukan XLSX yang bisa dibaca.`);
    }
  }
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    const csv = parseCsvSheet(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return { cells: csv.sheet, problems: csv.problems };
  }
  throw new HttpError(415, 'unsupported-media-type', `Berkas ${fileName} tidak didukung: pilih .csv atau .xlsx.`);
}
