/**
 * The ASN compliance report of a WITA month, for `npm run admin -- report asn MONTH` and the admin
 * HTTP endpoint: per OPD how many ASN on the roster met the minimum, bought less or bought
 * nothing; per ASN the month's total (the CSV); and apart, the NIPs bought with that are not on
 * the roster (well-formed, accepted at the counter as "belum terverifikasi"), with where they were
 * used. Totals are asn_monthly_totals, kept by ingest as sales and refunds arrive; the minimum is
 * the province's `asn.monthlyMinimum` setting now.
 */
import Papa from 'papaparse';
import type { AsnKind } from '#domain/asn/asn-roster-rows';
import {
  ASN_MONTH_STATUS_LABELS,
  asnMonthStatus,
  complianceByOpd,
  complianceTotal,
  type OpdCompliance,
} from '#domain/asn/asn-compliance';
import type { Nip } from '#domain/asn/nip';
import type { Rupiah } from '#domain/money';
import type { BusinessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';
import { readAsnMinimum } from './asn-minimum';

export interface RosterMonth {
  nip: Nip;
  name: string;
  opd: string;
  kind: AsnKind;
  total: Rupiah;
  saleCount: number;
}

export interface UnverifiedNip {
  nip: Nip;
  total: Rupiah;
  saleCount: number;
  /** Outlet names where it was used this month. */
  outlets: string[];
}

export interface AsnMonthData {
  month: BusinessMonth;
  threshold: Rupiah;
  /** Every ASN on the roster, by OPD, name and NIP. */
  roster: RosterMonth[];
  unverified: UnverifiedNip[];
}

export interface AsnComplianceReport {
  month: BusinessMonth;
  threshold: Rupiah;
  total: Omit<OpdCompliance, 'opd'>;
  opds: OpdCompliance[];
  unverified: UnverifiedNip[];
}

export async function asnMonthData(db: Queryable, month: BusinessMonth): Promise<AsnMonthData> {
  const threshold = await readAsnMinimum(db);
  const { rows: roster } = await db.query<RosterMonth>(
    `SELECT r.nip, r.name, r.opd, r.kind, coalesce(t.total, 0)::bigint AS total, coalesce(t.sale_count, 0) AS "saleCount"
     FROM asn_roster r LEFT JOIN asn_monthly_totals t ON t.nip = r.nip AND t.month = $1
     ORDER BY r.opd, r.name, r.nip`,
    [month],
  );
  const { rows: unverified } = await db.query<UnverifiedNip>(
    `SELECT t.nip, t.total, t.sale_count AS "saleCount",
       coalesce((SELECT array_agg(DISTINCT o.name ORDER BY o.name) FROM sales s JOIN outlets o ON o.id = s.outlet_id WHERE s.asn_nip = t.nip AND s.wita_month = t.month), '{}') AS outlets
     FROM asn_monthly_totals t
     WHERE t.month = $1 AND NOT EXISTS (SELECT 1 FROM asn_roster r WHERE r.nip = t.nip)
     ORDER BY t.nip`,
    [month],
  );
  return { month, threshold, roster, unverified };
}

export function asnComplianceReport(data: AsnMonthData): AsnComplianceReport {
  const opds = complianceByOpd(data.roster, data.threshold);
  return {
    month: data.month,
    threshold: data.threshold,
    total: complianceTotal(opds),
    opds,
    unverified: data.unverified,
  };
}

/** One line per ASN on the roster, then one per NIP not on it (status "belum terverifikasi"). */
export function asnReportCsv(data: AsnMonthData): string {
  const rows = [
    ...data.roster.map((r) => [
      r.nip,
      r.name,
      r.opd,
      r.kind,
      r.total,
      r.saleCount,
      ASN_MONTH_STATUS_LABELS[asnMonthStatus(r.total, data.threshold)],
    ]),
    ...data.unverified.map((u) => [u.nip, '', '', '', u.total, u.saleCount, 'belum terverifikasi']),
  ];
  // NIPs as text (a spreadsheet would make 18 digits a float), formula-like names neutralised.
  return Papa.unparse(
    { fields: ['nip', 'nama', 'opd', 'jenis', 'belanja', 'transaksi', 'status'], data: rows },
    { quotes: [true, false, false, false, false, false, false], escapeFormulae: true },
  );
}
