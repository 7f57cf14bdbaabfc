/**
 * GET /v1/admin/reports/asn/MONTH (JSON) and …/MONTH.csv (every ASN's month): the ASN compliance
 * report for provincial staff with an admin token; GET /v1/backoffice/reports/asn/MONTH[.csv] the
 * same for a back-office session of role bkd or provinsi (BKD's download). Never logged beyond the path.
 */
import { visibleOutlet } from '../backoffice/scope';
import { requireSession } from '../http/backoffice-auth';
import { asnComplianceReport, asnMonthData, asnReportCsv } from '../reports/asn-report';
import { monthReportRoute } from './month-report';

export const asnReportRoute = monthReportRoute('asn', asnMonthData, asnComplianceReport, asnReportCsv);

export const backofficeAsnReportRoute = monthReportRoute(
  'asn',
  asnMonthData,
  asnComplianceReport,
  asnReportCsv,
  async (ctx) => visibleOutlet((await requireSession(ctx, { change: false, roles: ['bkd', 'provinsi'] })).user),
);
