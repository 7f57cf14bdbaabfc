/**
 * The catalog import of the Katalog screen: POST /v1/backoffice/catalog-import?file=NAME[&confirm=1]
 * with the file's bytes as the body (CSV or XLSX, http/sheet-file.ts). Without
 * `confirm` it is the preview: the rows are read, checked and written in a transaction that is
 * rolled back, so the counts and per-row refusals are those the import will give, and nothing is
 * stored. With `confirm=1` the same file is read again and written (refused rows skipped), audited
 * in the same transaction.
 * Provinsi only: the catalog is the province's.
 */
import type { CatalogImport } from '#sync/protocol/backoffice-manage';
import { importCatalogSheet } from '#sync/admin/import-catalog';
import { recordAudit } from '../backoffice/audit';
import { requireSession } from '../http/backoffice-auth';
import type { Route } from '../http/context';
import { readSheetFile } from '../http/sheet-file';

/** Rows the preview lists; the counts cover them all. */
export const PREVIEW_ROWS = 200;

export const catalogImportRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const confirmed = ctx.url.searchParams.get('confirm') === '1';
  const sheet = await readSheetFile(ctx);
  const outcome = await importCatalogSheet(ctx.app.db, sheet.cells, {
    problems: sheet.problems,
    dryRun: !confirmed,
    written: (tx, counts, refused) =>
      recordAudit(tx, {
        userName: user.name,
        action: 'catalog.import',
        subject: sheet.fileName,
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
