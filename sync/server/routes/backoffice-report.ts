/**
 * The governor's monthly report: GET /v1/backoffice/reports/governor/YYYY-MM (JSON, for the
 * printable page) and …/YYYY-MM.pdf (the same, rendered on the server). Role provinsi gets the
 * province; an outlet user only its own outlet's report (`?outlet=` naming another is 403), built
 * in the server's scope whatever the page asks; bkd, whose role is the ASN figures, is refused.
 */
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '#sync/protocol/primitives';
import { outletInScope, visibleOutlet } from '../backoffice/scope';
import { requireSession } from '../http/backoffice-auth';
import type { RequestContext, Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { governorPdf } from '../reports/governor-pdf';
import { governorReport } from '../reports/governor-report';

export const governorReportRoute: Route = async (ctx) => {
  const report = await readReport(ctx);
  if (ctx.params[1] !== '.pdf') return { status: 200, body: report };
  return {
    status: 200,
    text: await governorPdf(report),
    contentType: 'application/pdf',
    headers: { 'Content-Disposition': `inline; filename="laporan-gubernur-${report.month}.pdf"` },
  };
};

async function readReport(ctx: RequestContext) {
  const { user } = await requireSession(ctx, { change: false, roles: ['provinsi', 'outlet'] });
  const month = ctx.params[0]!;
  if (!businessMonthSchema.safeParse(month).success)
    throw new HttpError(400, 'invalid-query', `month "${month}" must be YYYY-MM, e.g. 2026-12`);
  const outletId = ctx.url.searchParams.get('outlet') ?? visibleOutlet(user);
  const outlet = outletId === null ? null : { id: outletId, name: await outletInScope(ctx.app.db, user, outletId) };
  return governorReport(ctx.app.db, month as BusinessMonth, outlet);
}
