/**
 * The ASN roster upload of the Pengaturan screen: POST /v1/backoffice/asn-roster?file=NAME[&confirm=1]
 * with a CSV or XLSX file as the body (http/sheet-file.ts), provinsi only. Without `confirm` it
 * is the preview — the import done and rolled back (sync/admin/import-asn.ts, the same code as
 * `npm run admin -- import-asn`), so it counts ASN added, changed, unchanged, not in the file and
 * refused rows exactly as the import will; with `confirm=1` the same file is written and audited
 * in its transaction. NIPs are masked in the answer, as in every ASN list outside BKD's CSV.
 */
import { maskNip } from '#domain/asn/nip';
import type { AsnRosterImport } from '#sync/protocol/backoffice-manage';
import { importAsnSheet } from '#sync/admin/import-asn';
import { recordAudit } from '../backoffice/audit';
import { requireSession } from '../http/backoffice-auth';
import type { Route } from '../http/context';
import { readSheetFile } from '../http/sheet-file';
import { PREVIEW_ROWS } from './backoffice-catalog-import';

export const asnRosterImportRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const confirmed = ctx.url.searchParams.get('confirm') === '1';
  const sheet = await readSheetFile(ctx);
  const outcome = await importAsnSheet(ctx.app.db, sheet.cells, {
    problems: sheet.problems,
    dryRun: !confirmed,
    written: (tx, counts) =>
      recordAudit(tx, {
        userName: user.name,
        action: 'asn.roster-import',
        subject: sheet.fileName,
        before: null,
        after: counts,
      }),
  });
  const answer: AsnRosterImport = {
    confirmed,
    created: outcome.created,
    updated: outcome.updated,
    unchanged: outcome.unchanged,
    absent: outcome.absent,
    rows: outcome.changed.slice(0, PREVIEW_ROWS).map((r) => ({ ...r, nip: maskNip(r.nip) })),
    problems: outcome.problems,
  };
  return { status: 200, body: answer };
};
