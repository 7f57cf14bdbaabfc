/**
 * GET /v1/admin/reports/ppn/MONTH (JSON) and …/MONTH.csv: the month's PPN per outlet
 * (reports/ppn-report.ts), for provincial staff with an admin token; GET /v1/backoffice/reports/ppn/
 * MONTH[.csv] the same for a back-office session: role provinsi every outlet, role outlet its own
 * alone (built in the server's scope, whatever the page asks), bkd refused.
 */
import { visibleOutlet } from '../backoffice/scope';
import { requireSession } from '../http/backoffice-auth';
import { ppnReport, ppnReportCsv } from '../reports/ppn-report';
import { monthReportRoute } from './month-report';

export const ppnReportRoute = monthReportRoute('ppn', ppnReport, (report) => report, ppnReportCsv);

export const backofficePpnReportRoute = monthReportRoute(
  'ppn',
  ppnReport,
  (report) => report,
  ppnReportCsv,
  async (ctx) => visibleOutlet((await requireSession(ctx, { change: false, roles: ['provinsi', 'outlet'] })).user),
);
