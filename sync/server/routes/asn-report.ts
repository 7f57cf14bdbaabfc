/**
 * GET /v1/admin/reports/asn/MONTH (JSON) and …/MONTH.csv (every ASN's month): the ASN compliance
 * report for provincial staff with an admin token. Never logged beyond the path.
 */
import { asnComplianceReport, asnMonthData, asnReportCsv } from '../reports/asn-report';
import { monthReportRoute } from './month-report';

export const asnReportRoute = monthReportRoute('asn', asnMonthData, asnComplianceReport, asnReportCsv);
