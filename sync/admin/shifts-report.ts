/**
 * `report shifts OUTLET DATE`: each shift of an outlet's WITA day with its figures and variance:
 * the figures domain/shift/shift-report.ts adds up from the shift's documents, read from the
 * running totals the ingest keeps per shift (sync/server/ingest/shift-totals.ts), so the report
 * reads a row per shift whatever the history. Where the terminal's Z report said otherwise,
 * documents of the shift are missing or quarantined, and the report says so.
 */
import { add, formatRupiah, subtract, sum, ZERO, type Rupiah } from '#domain/money';
import type { TerminalId } from '#domain/outlet/terminal';
import type { ShiftId } from '#domain/shift/shift';
import type { ShiftReport } from '#domain/shift/shift-report';
import { formatWita } from '#domain/wita';
import { businessDateSchema } from '../protocol/primitives';
import type { Queryable } from '../server/db/database';
import type { ShiftTotalsRow } from '../server/ingest/shift-totals';
import { AdminError, requireOutlet, table } from './output';

/** A shift's figures as the terminal's X or Z report has them, and what its Z report said. */
export type ShiftFigures = Pick<ShiftReport, (typeof FIGURES)[number] | 'openedAt' | 'closedAt'> & {
  cashier: { name: string };
  closing: {
    varianceReason: string | null;
    approvedByName: string | null;
    reportedSaleCount: number;
    reportedExpectedCash: Rupiah;
  } | null;
};

/** The figures `report shifts` shares with shiftReport (and its test compares). */
export const FIGURES = [
  'shiftId',
  'terminalId',
  'saleCount',
  'netSales',
  'lineDiscounts',
  'saleDiscounts',
  'salesByMethod',
  'refundCount',
  'refunds',
  'payInCount',
  'payIns',
  'payOutCount',
  'payOuts',
  'openingFloat',
  'expectedCash',
  'counted',
  'variance',
] as const satisfies readonly (keyof ShiftReport)[];

/** Ids as the ingest wrote them from checked events. */
interface FiguresRow extends Omit<ShiftTotalsRow, 'shift_id'> {
  id: ShiftId;
  terminal_id: TerminalId;
  cashier_name: string;
  opened_at: Date;
  opening_float: number;
  closed_at: Date | null;
  counted: number | null;
  variance_reason: string | null;
  approved_by_name: string | null;
  reported_sale_count: number | null;
  reported_expected_cash: number | null;
}

/** The shifts that opened on the outlet's WITA day, in the order they opened. */
export async function shiftFigures(db: Queryable, outletId: string, date: string): Promise<ShiftFigures[]> {
  const { rows } = await db.query<FiguresRow>(
    `SELECT s.id, s.terminal_id, s.cashier_name, s.opened_at, s.opening_float, c.closed_at, c.counted, c.variance_reason, c.approved_by_name,
       c.reported_sale_count, c.reported_expected_cash, coalesce(t.sale_count, 0) AS sale_count, coalesce(t.net_sales, 0) AS net_sales,
       coalesce(t.line_discounts, 0) AS line_discounts, coalesce(t.sale_discounts, 0) AS sale_discounts, coalesce(t.sales_cash, 0) AS sales_cash,
       coalesce(t.sales_qris, 0) AS sales_qris, coalesce(t.sales_debit, 0) AS sales_debit, coalesce(t.refund_count, 0) AS refund_count,
       coalesce(t.refunds, 0) AS refunds, coalesce(t.refunds_cash, 0) AS refunds_cash, coalesce(t.pay_in_count, 0) AS pay_in_count,
       coalesce(t.pay_ins, 0) AS pay_ins, coalesce(t.pay_out_count, 0) AS pay_out_count, coalesce(t.pay_outs, 0) AS pay_outs
     FROM shifts s LEFT JOIN shift_closings c ON c.shift_id = s.id LEFT JOIN shift_totals t ON t.shift_id = s.id
     WHERE s.outlet_id = $1 AND s.business_date = $2 ORDER BY s.opened_at, s.id`,
    [outletId, date],
  );
  return rows.map((r) => {
    const rp = (n: number) => n as Rupiah;
    // As shiftReport: opening float + cash taken + pay ins − pay outs − cash paid back.
    const expectedCash = rp(r.opening_float + r.sales_cash + r.pay_ins - r.pay_outs - r.refunds_cash);
    const counted = r.closed_at === null ? null : rp(r.counted!);
    return {
      shiftId: r.id,
      terminalId: r.terminal_id,
      cashier: { name: r.cashier_name },
      openedAt: r.opened_at.toISOString(),
      closedAt: r.closed_at?.toISOString() ?? null,
      saleCount: r.sale_count,
      netSales: rp(r.net_sales),
      lineDiscounts: rp(r.line_discounts),
      saleDiscounts: rp(r.sale_discounts),
      salesByMethod: { cash: rp(r.sales_cash), qris: rp(r.sales_qris), debit: rp(r.sales_debit) },
      refundCount: r.refund_count,
      refunds: rp(r.refunds),
      payInCount: r.pay_in_count,
      payIns: rp(r.pay_ins),
      payOutCount: r.pay_out_count,
      payOuts: rp(r.pay_outs),
      openingFloat: rp(r.opening_float),
      expectedCash,
      counted,
      variance: counted === null ? null : subtract(counted, expectedCash),
      closing:
        r.closed_at === null
          ? null
          : {
              varianceReason: r.variance_reason,
              approvedByName: r.approved_by_name,
              reportedSaleCount: r.reported_sale_count!,
              reportedExpectedCash: rp(r.reported_expected_cash!),
            },
    };
  });
}

export async function shiftsReport(db: Queryable, outletId: string, date: string): Promise<string> {
  if (!businessDateSchema.safeParse(date).success)
    throw new AdminError(`Tanggal "${date}" harus berbentuk YYYY-MM-DD, misalnya 2026-12-21.`);
  const outletName = await requireOutlet(db, outletId);
  const reports = await shiftFigures(db, outletId, date);
  const title = `Shift ${outletName}, ${date} (hari WITA)`;
  if (reports.length === 0) return `${title}: belum ada shift yang diterima server.`;
  const rp = (amount: Rupiah | null) => (amount === null ? '-' : formatRupiah(amount));
  const total = (pick: (r: ShiftFigures) => Rupiah) => formatRupiah(sum(reports.map(pick)));
  // An open shift has no count yet: the day's counted cash and variance add up the closed shifts only.
  const closed = reports.filter((r) => r.counted !== null);
  const closedTotal = (pick: (r: ShiftFigures) => Rupiah | null) =>
    closed.length === 0 ? '-' : formatRupiah(sum(closed.map((r) => pick(r) ?? ZERO)));
  const open = reports.length - closed.length;
  return [
    `${title}: ${reports.length} shift`,
    '',
    table(
      [
        'KASIR',
        'TERMINAL',
        'BUKA',
        'TUTUP',
        'TRANSAKSI',
        'PENJUALAN',
        'REFUND',
        'KAS MASUK',
        'KAS KELUAR',
        'MODAL AWAL',
        'KAS SEHARUSNYA',
        'DIHITUNG',
        'SELISIH',
      ],
      [
        ...reports.map((r) => [
          r.cashier.name,
          r.terminalId,
          formatWita(r.openedAt),
          r.closedAt === null ? 'masih buka' : formatWita(r.closedAt),
          r.saleCount,
          rp(r.netSales),
          rp(r.refunds),
          rp(r.payIns),
          rp(r.payOuts),
          rp(r.openingFloat),
          rp(r.expectedCash),
          rp(r.counted),
          rp(r.variance),
        ]),
        [
          'JUMLAH',
          '',
          '',
          '',
          reports.reduce((n, r) => n + r.saleCount, 0),
          total((r) => r.netSales),
          total((r) => r.refunds),
          total((r) => r.payIns),
          total((r) => r.payOuts),
          total((r) => r.openingFloat),
          total((r) => r.expectedCash),
          closedTotal((r) => r.counted),
          closedTotal((r) => r.variance),
        ],
      ],
    ),
    ...(open === 0
      ? []
      : [
          '',
          `${open} shift masih buka: kasnya belum dihitung, jadi DIHITUNG dan SELISIH hanya dari shift yang sudah ditutup.`,
        ]),
    ...reports.flatMap(notes),
  ].join('\n');
}

function notes(report: ShiftFigures): string[] {
  const who = `${report.cashier.name} (${formatWita(report.openedAt)})`;
  const methods = `tunai ${formatRupiah(report.salesByMethod.cash)}, QRIS ${formatRupiah(report.salesByMethod.qris)}, debit ${formatRupiah(report.salesByMethod.debit)}`;
  const lines = [`${who}: ${methods}; diskon ${formatRupiah(add(report.lineDiscounts, report.saleDiscounts))}.`];
  const { closing } = report;
  if (closing?.varianceReason)
    lines.push(
      `${who}: selisih karena "${closing.varianceReason}"${closing.approvedByName ? `, disetujui ${closing.approvedByName}` : ''}.`,
    );
  if (
    closing &&
    (closing.reportedSaleCount !== report.saleCount || closing.reportedExpectedCash !== report.expectedCash)
  ) {
    lines.push(
      `${who}: terminal mencatat ${closing.reportedSaleCount} transaksi dan kas seharusnya ${formatRupiah(closing.reportedExpectedCash)}; ` +
        'sebagian dokumen shift ini belum diterima atau dikarantina.',
    );
  }
  return ['', ...lines];
}
