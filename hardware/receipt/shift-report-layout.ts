/**
 * The X report (during a shift), the Z report (at its close) and the day report (tutup hari) as
 * printer commands: pure functions of the domain's figures (domain/shift/shift-report), so the printed
 * report shows exactly what the screen and the province compute.
 */
import { taxFigureRows } from '#domain/tax/ppn';
import { type CashMovement } from '#domain/shift/cash-movement';
import { formatRupiah, multiply, subtract, ZERO, type Rupiah } from '#domain/money';
import { DENOMINATIONS, type CashCount } from '#domain/shift/cash-count';
import { paymentMethodLabel } from '#domain/checkout/payment-method';
import { PAYMENT_METHODS } from '#domain/checkout/sale';
import {
  NET_SALES_LABEL,
  type DayClosing,
  type KeyedAmounts,
  type ShiftReport,
  type ShiftTotals,
} from '#domain/shift/shift-report';
import type { StaffRef } from '#domain/staff/staff';
import { formatWita } from '#domain/wita';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow, type OutletInfo } from './receipt-layout';

export interface ShiftReportOptions {
  columns: Columns;
  training: boolean;
  /** When the report was made: an X report's figures are as of then. */
  printedAt: string;
  /** For a Z report closed over the threshold: why, and the manager who approved. */
  varianceReason: string | null;
  approvedBy: StaffRef | null;
  /** The terminal as its screen names it (L01, T01). */
  terminalCode: string;
  /** A Z report's drawer count by denomination, listed under the counted total. */
  counted: CashCount | null;
  /** A past report printed again: marked "SALINAN". */
  reprint: boolean;
}

const TRAINING_MARK = '** LATIHAN - BUKAN TRANSAKSI **';

export function layoutShiftReport(
  report: ShiftReport,
  outlet: OutletInfo,
  options: ShiftReportOptions,
): PrintCommand[] {
  const width = options.columns;
  const out = head(
    outlet,
    report.kind === 'Z' ? 'LAPORAN Z - TUTUP SHIFT' : 'LAPORAN X - SEMENTARA',
    options.training,
    width,
    options.reprint,
  );
  const row = (left: string, right: string) => out.push(...fitRow(left, right, width));
  row('Kasir', report.cashier.name);
  row('Terminal', options.terminalCode);
  row('Tanggal', dateText(report.businessDate));
  row('Buka', formatWita(report.openedAt));
  row(report.closedAt === null ? 'Per' : 'Tutup', formatWita(report.closedAt ?? options.printedAt));
  row('Struk awal', report.firstReceiptNo ?? '-');
  row('Struk akhir', report.lastReceiptNo ?? '-');
  out.push(...totalsBlock(report, width));
  if (options.counted) out.push(...countBlock(options.counted, width));
  if (options.varianceReason)
    out.push(
      ...wrap(`Alasan selisih: ${options.varianceReason}`, width).map((text): PrintCommand => ({ type: 'text', text })),
    );
  if (options.approvedBy) row('Disetujui', options.approvedBy.name);
  else if (report.varianceNeedsApproval) out.push({ type: 'text', text: 'SELISIH PERLU PERSETUJUAN', bold: true });
  out.push(
    ...keyedBlock('PER KATEGORI', report.byCategory, width),
    ...keyedBlock('PER PEMASOK UMKM', report.bySupplier, width),
  );
  if (report.kind === 'Z') out.push(...signatures(width));
  return tail(out, options.training, width);
}

/** Tutup hari: the outlet's day on this terminal, its shifts one line each, and the day's totals. */
export function layoutDayReport(
  closing: DayClosing,
  outlet: OutletInfo,
  columns: Columns,
  terminalCode: string,
): PrintCommand[] {
  const day = closing.report;
  const out = head(outlet, 'LAPORAN TUTUP HARI', closing.training, columns);
  const row = (left: string, right: string) => out.push(...fitRow(left, right, columns));
  row('Tanggal', dateText(closing.businessDate));
  row('Terminal', terminalCode);
  row('Ditutup', formatWita(closing.closedAt));
  row('Oleh', closing.closedBy.name);
  out.push({ type: 'rule', char: '-' }, { type: 'text', text: `SHIFT (${day.shifts.length})`, bold: true });
  for (const shift of day.shifts) {
    out.push(
      ...wrap(
        `${shift.cashier.name} ${formatWita(shift.openedAt).slice(-5)}-${shift.closedAt ? formatWita(shift.closedAt).slice(-5) : '?'}`,
        columns,
      ).map((text): PrintCommand => ({ type: 'text', text })),
    );
    row('  Penjualan', formatRupiah(shift.netSales));
    row('  Selisih', formatRupiah(shift.variance ?? ZERO));
  }
  out.push(
    ...totalsBlock(day, columns),
    ...keyedBlock('PER KATEGORI', day.byCategory, columns),
    ...keyedBlock('PER PEMASOK UMKM', day.bySupplier, columns),
    ...signatures(columns),
  );
  return tail(out, closing.training, columns);
}

/** Kas masuk / kas keluar: the slip that goes into the drawer with (or in place of) the money. */
export function layoutCashSlip(movement: CashMovement, outlet: OutletInfo, columns: Columns): PrintCommand[] {
  const out = head(
    outlet,
    movement.kind === 'pay-in' ? 'BUKTI KAS MASUK' : 'BUKTI KAS KELUAR',
    movement.training,
    columns,
  );
  const row = (left: string, right: string, bold = false) => out.push(...fitRow(left, right, columns, { bold }));
  row('Waktu', formatWita(movement.at));
  row('Kasir', movement.cashier.name);
  out.push({ type: 'rule', char: '-' });
  row('JUMLAH', formatRupiah(movement.amount), true);
  out.push(...wrap(`Alasan: ${movement.reason}`, columns).map((text): PrintCommand => ({ type: 'text', text })));
  out.push(...signatures(columns, ['Kasir', movement.kind === 'pay-in' ? 'Penyetor' : 'Penerima']));
  return tail(out, movement.training, columns);
}

/** Sales, refunds and the drawer's cash, for a shift or a day. */
function totalsBlock(t: ShiftTotals, width: Columns): PrintCommand[] {
  const out: PrintCommand[] = [];
  const row = (left: string, right: string, bold = false) => out.push(...fitRow(left, right, width, { bold }));
  const minus = (amount: Rupiah) => formatRupiah(subtract(ZERO, amount));
  out.push({ type: 'rule', char: '-' }, { type: 'text', text: 'PENJUALAN', bold: true });
  row('Transaksi', String(t.saleCount));
  row('Penjualan kotor', formatRupiah(t.grossSales));
  row('Diskon baris', minus(t.lineDiscounts));
  row('Diskon total', minus(t.saleDiscounts));
  row(NET_SALES_LABEL, formatRupiah(t.netSales), true);
  for (const method of PAYMENT_METHODS) row(`  ${paymentMethodLabel(method)}`, formatRupiah(t.salesByMethod[method]));
  row(`Refund (${t.refundCount})`, minus(t.refunds));
  for (const method of PAYMENT_METHODS)
    if (t.refundsByMethod[method] !== 0) row(`  ${paymentMethodLabel(method)}`, minus(t.refundsByMethod[method]));
  row('Hasil bersih', formatRupiah(t.net), true);
  row(`ASN (${t.asnSaleCount} transaksi)`, formatRupiah(t.asnSales));
  row('Refund ASN', minus(t.asnRefunds));
  if (t.tax) {
    out.push({ type: 'rule', char: '-' }, { type: 'text', text: 'PPN (PENJUALAN - REFUND)', bold: true });
    for (const [label, value] of taxFigureRows(t.tax)) row(label, formatRupiah(value), label === 'PPN');
  }

  out.push({ type: 'rule', char: '-' }, { type: 'text', text: 'KAS DI LACI', bold: true });
  row('Modal awal', formatRupiah(t.openingFloat));
  row('Penjualan tunai', formatRupiah(t.salesByMethod.cash));
  row(`Kas masuk (${t.payInCount})`, formatRupiah(t.payIns));
  row(`Kas keluar (${t.payOutCount})`, minus(t.payOuts));
  row('Refund tunai', minus(t.refundsByMethod.cash));
  row('Kas seharusnya', formatRupiah(t.expectedCash), true);
  if (t.counted !== null && t.variance !== null) {
    row('Kas dihitung', formatRupiah(t.counted));
    row('Selisih', formatRupiah(t.variance), true);
  }
  return out;
}

/** The drawer count at close, denomination by denomination: what the counted total is made of. */
function countBlock(count: CashCount, width: Columns): PrintCommand[] {
  const out: PrintCommand[] = [{ type: 'text', text: 'Rincian hitungan laci:' }];
  for (const d of DENOMINATIONS) {
    const pieces = count[d.id] ?? 0;
    if (pieces > 0)
      out.push(
        ...fitRow(
          `  ${d.form === 'note' ? '' : 'Koin '}${formatRupiah(d.value)} x ${pieces}`,
          formatRupiah(multiply(d.value, pieces)),
          width,
        ),
      );
  }
  return out;
}

/** Net sales per category or supplier; their refunds on a line below when there were any. */
function keyedBlock(title: string, rows: readonly KeyedAmounts[], width: Columns): PrintCommand[] {
  if (rows.length === 0) return [];
  const out: PrintCommand[] = [
    { type: 'rule', char: '-' },
    { type: 'text', text: title, bold: true },
  ];
  for (const r of rows) {
    out.push(...fitRow(r.key === '' ? '(tanpa nama)' : r.key, formatRupiah(r.net), width));
    if (r.refunds !== 0) out.push(...fitRow('  termasuk refund', formatRupiah(subtract(ZERO, r.refunds)), width));
  }
  return out;
}

/** The outlet and the paper's title; shared by every paper that is not a sale's receipt. */
export function head(
  outlet: OutletInfo,
  title: string,
  training: boolean,
  width: Columns,
  reprint = false,
): PrintCommand[] {
  const out: PrintCommand[] = [];
  if (training) out.push(...centered(TRAINING_MARK, width, true));
  out.push(...centered(outlet.name, width, true, true), ...centered(outlet.address, width));
  if (reprint) out.push(...centered('*** SALINAN ***', width, true));
  out.push(...centered(title, width, true), { type: 'feed', lines: 1 });
  return out;
}

export function tail(out: PrintCommand[], training: boolean, width: Columns): PrintCommand[] {
  if (training) out.push(...centered(TRAINING_MARK, width, true));
  out.push({ type: 'cut' });
  return out;
}

function centered(text: string, width: Columns, bold = false, tall = false): PrintCommand[] {
  return wrap(text, width).map((line) => ({
    type: 'text',
    text: line,
    align: 'center',
    ...(bold ? { bold } : {}),
    ...(tall ? { tall } : {}),
  }));
}

/** Space to sign under: the cashier and the manager (or whoever takes the money or hands the goods over). */
export function signatures(width: Columns, who: readonly [string, string] = ['Kasir', 'Manajer']): PrintCommand[] {
  const half = Math.floor(width / 2);
  const line = '(' + '_'.repeat(half - 3) + ')';
  return [
    { type: 'feed', lines: 1 },
    { type: 'text', text: `${who[0]},`.padEnd(half) + `${who[1]},` },
    { type: 'feed', lines: 2 },
    { type: 'text', text: line.padEnd(half) + line },
  ];
}

/** 'YYYY-MM-DD' as DD/MM/YYYY. */
export function dateText(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
