/**
 * GET /v1/admin/reports/asn/MONTH (JSON) and …/MONTH.csv (every ASN's month): the ASN compliance
 * report for provincial staff with an admin token. Never logged beyond the path.
 */
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '#sync/protocol/primitives';
import { authenticateAdmin, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { asnComplianceReport, asnMonthData, asnReportCsv } from '../reports/asn-report';

export const asnReportRoute: Route = async (ctx) => {
  await authenticateAdmin(ctx);
  const [month, csv] = ctx.params;
  if (!businessMonthSchema.safeParse(month).success)
    throw new HttpError(400, 'invalid-query', `month "${month}" must be YYYY-MM, e.g. 2026-12`);
  const data = await asnMonthData(ctx.app.db, month as BusinessMonth);
  if (csv) {
    return {
      status: 200,
      text: asnReportCsv(data),
      contentType: 'text/csv; charset=utf-8',
      headers: { 'Content-Disposition': `attachment; filename="asn-${month}.csv"` },
    };
  }
  return { status: 200, body: asnComplianceReport(data) };
};
