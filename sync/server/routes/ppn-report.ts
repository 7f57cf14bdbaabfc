/**
 * GET /v1/admin/reports/ppn/MONTH (JSON) and …/MONTH.csv: the month's PPN per outlet
 * (reports/ppn-report.ts), for provincial staff with an admin token.
 */
import { ppnReport, ppnReportCsv } from '../reports/ppn-report';
import { monthReportRoute } from './month-report';

export const ppnReportRoute = monthReportRoute('ppn', ppnReport, (report) => report, ppnReportCsv);
