/**
 * The province's view of the ASN obligation for one WITA month: each ASN on the roster met the
 * minimum, bought less, or bought nothing (refunds included: a month refunded to zero is nothing),
 * counted per OPD. The same rule as the terminal's standing: met at the minimum exactly.
 */
import { add, rupiah, type Rupiah } from '../money';

export type AsnMonthStatus = 'met' | 'below' | 'none';

export const ASN_MONTH_STATUS_LABELS: Record<AsnMonthStatus, string> = {
  met: 'mencapai',
  below: 'kurang',
  none: 'tidak belanja',
};

export function asnMonthStatus(total: Rupiah, threshold: Rupiah): AsnMonthStatus {
  if (total >= threshold) return 'met';
  return total > 0 ? 'below' : 'none';
}

export interface OpdCompliance {
  opd: string;
  /** ASN of this OPD on the roster. */
  asn: number;
  met: number;
  below: number;
  none: number;
  /** What they spent together this month. */
  total: Rupiah;
}

/** Per OPD, in name order. */
export function complianceByOpd(roster: readonly { opd: string; total: Rupiah }[], threshold: Rupiah): OpdCompliance[] {
  const byOpd = new Map<string, OpdCompliance>();
  for (const { opd, total } of roster) {
    const row = byOpd.get(opd) ?? { opd, asn: 0, met: 0, below: 0, none: 0, total: rupiah(0) };
    row.asn++;
    row[asnMonthStatus(total, threshold)]++;
    row.total = add(row.total, total);
    byOpd.set(opd, row);
  }
  return [...byOpd.values()].sort((a, b) => a.opd.localeCompare(b.opd, 'id'));
}

/** The OPD rows added up, for the report's total line. */
export function complianceTotal(opds: readonly OpdCompliance[]): Omit<OpdCompliance, 'opd'> {
  return opds.reduce(
    (sum, o) => ({
      asn: sum.asn + o.asn,
      met: sum.met + o.met,
      below: sum.below + o.below,
      none: sum.none + o.none,
      total: add(sum.total, o.total),
    }),
    {
      asn: 0,
      met: 0,
      below: 0,
      none: 0,
      total: rupiah(0),
    },
  );
}
