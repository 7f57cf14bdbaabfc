/**
 * Where an ASN stands against the monthly obligation (at least Rp 100.000 a month at NTT Mart, the
 * threshold coming from server settings): what the server last reported for the NIP and WITA month
 * across all outlets, plus this terminal's sales the server has not counted yet, less refunds of
 * them. A sale counts in the WITA month of the instant it completed (23:30 WITA on 31 January is
 * January, whatever offset the terminal clock uses); a refund counts against its original sale's
 * month. On a mode latihan terminal the practice documents count instead, so a newcomer sees the
 * figure move; an enrolled terminal has none left (enrolment deletes them).
 */
import { asnMonthStatus } from './asn-compliance';
import { add, formatRupiah, rupiah, subtract, sum, ZERO, type Rupiah } from '../money';
import type { Nip } from './nip';
import type { Refund } from '../checkout/refund';
import type { Sale } from '../checkout/sale';
import { businessMonth, type BusinessMonth } from '../wita';

export const DEFAULT_ASN_MONTHLY_THRESHOLD = rupiah(100_000);

export interface AsnStandingInput {
  nip: Nip;
  month: BusinessMonth;
  /** The server's total for this NIP and month from the last pull; zero when it has none. */
  reportedTotal: Rupiah;
  /** This terminal's sales the reported total does not include yet; other NIPs and months are ignored. */
  unreportedSales: readonly Sale[];
  /** Likewise for refunds. */
  unreportedRefunds: readonly Refund[];
  threshold: Rupiah;
  /** Mode latihan: count practice documents only; otherwise real ones only. */
  training: boolean;
}

export interface AsnStanding {
  nip: Nip;
  month: BusinessMonth;
  total: Rupiah;
  threshold: Rupiah;
  /** What is still to spend this month; zero once met. */
  remaining: Rupiah;
  met: boolean;
  /** 0…1 for the progress bar. */
  progress: number;
}

/** The WITA month an ASN sale counts for. */
export function asnMonthOf(sale: Pick<Sale, 'completedAt'>): BusinessMonth {
  return businessMonth(sale.completedAt);
}

export function asnStanding(input: AsnStandingInput): AsnStanding {
  const { nip, month, threshold, training } = input;
  const sold = sum(
    input.unreportedSales
      .filter((s) => s.training === training && s.asn?.nip === nip && asnMonthOf(s) === month)
      .map((s) => s.total),
  );
  const refunded = sum(
    input.unreportedRefunds
      .filter((r) => r.training === training && r.asn?.nip === nip && r.asn.month === month)
      .map((r) => r.total),
  );
  // Late events can leave the server briefly counting a refund before its sale; a month never goes below zero.
  const total = rupiah(Math.max(0, subtract(add(input.reportedTotal, sold), refunded)));
  const met = asnMonthStatus(total, threshold) === 'met';
  return {
    nip,
    month,
    total,
    threshold,
    remaining: met ? ZERO : subtract(threshold, total),
    met,
    progress: threshold <= 0 ? 1 : Math.min(1, total / threshold),
  };
}

export const ASN_MONTH_LABEL = 'Belanja ASN bulan ini';

/** The month against the minimum: "Rp 65.000 / Rp 100.000". */
export function asnMonthFigure(standing: Pick<AsnStanding, 'total' | 'threshold'>): string {
  return `${formatRupiah(standing.total)} / ${formatRupiah(standing.threshold)}`;
}

/** The receipt's ASN line: "Belanja ASN bulan ini: Rp 65.000 / Rp 100.000". */
export function asnReceiptLine(standing: Pick<AsnStanding, 'total' | 'threshold'>): string {
  return `${ASN_MONTH_LABEL}: ${asnMonthFigure(standing)}`;
}
