/**
 * `report stock OUTLET [--low] [--csv FILE]`: the outlet's stock report
 * (sync/server/reports/stock-report.ts) as a table; --low keeps only products out of stock or at
 * their minimum, --csv writes the rows to a file as well. Goods in transit from or to the outlet
 * (transfers sent, not yet received) follow the table.
 */
import { formatBusinessDate, businessDate } from '#domain/wita';
import type { Queryable } from '../server/db/database';
import { inTransit, type InTransitLine } from '../server/reports/in-transit';
import { lowRows, stockReport, stockReportCsv, type StockReportRow } from '../server/reports/stock-report';
import type { AdminResult } from './admin-request';
import { requireOutlet, table } from './output';

const STATUS_LABELS = { out: 'HABIS', low: 'MENIPIS', ok: 'aman' } as const;

export async function stockReportCommand(
  db: Queryable,
  outletId: string,
  options: { low?: boolean; csv?: string },
): Promise<AdminResult> {
  const outletName = await requireOutlet(db, outletId);
  const report = await stockReport(db, outletId, businessDate(new Date()));
  const rows = options.low ? lowRows(report) : report.rows;
  const lines = [
    `Stok ${outletName} per ${formatBusinessDate(report.asOf)} (${options.low ? 'habis dan menipis' : 'semua produk'}): ${rows.length} produk`,
    'Jumlah dalam satuan produk, gram untuk barang timbangan; terjual: 28 hari terakhir, dikurangi refund.',
    '',
    table(
      ['PRODUK', 'STOK', 'MIN', 'STATUS', 'TERJUAL', 'HARI CUKUP', 'SARAN PESAN', 'KEDALUWARSA'],
      rows.map((r) => [
        r.name,
        r.onHand,
        r.minimum ?? '-',
        STATUS_LABELS[r.status],
        r.soldInWindow,
        r.daysOfCover ?? '-',
        r.suggestedOrder,
        expiryText(r),
      ]),
    ),
    ...transitLines(await inTransit(db, outletId)),
  ];
  if (options.csv === undefined) return { text: lines.join('\n') };
  lines.push('', `Rincian ditulis ke ${options.csv} (${rows.length} baris).`);
  return { text: lines.join('\n'), output: { path: options.csv, text: stockReportCsv(rows) } };
}

function transitLines(lines: readonly InTransitLine[]): string[] {
  if (lines.length === 0) return ['', 'Tidak ada barang dalam perjalanan (mutasi).'];
  return [
    '',
    `Dalam perjalanan (mutasi dikirim, belum diterima): ${lines.length} baris`,
    table(
      ['ARAH', 'OUTLET', 'PRODUK', 'JUMLAH', 'DIKIRIM'],
      lines.map((l) => [
        l.direction === 'out' ? 'keluar ke' : 'masuk dari',
        l.direction === 'out' ? l.toOutletId : l.fromOutletId,
        l.name,
        l.quantity,
        formatBusinessDate(l.sentDate),
      ]),
    ),
  ];
}

function expiryText(row: StockReportRow): string {
  return row.expiring
    .map((b) => `${formatBusinessDate(b.expiry)} (${b.remaining})${b.expired ? ' LEWAT' : ''}`)
    .join(', ');
}
