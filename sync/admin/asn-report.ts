/**
 * `report asn MONTH [--csv FILE]`: the ASN compliance report (sync/server/reports/asn-report.ts)
 * as text — per OPD how many ASN met the minimum, bought less, bought nothing — and, with --csv,
 * every ASN's month in a file. Printed NIPs are masked (output like this ends up in logs and
 * chats); the CSV, written on purpose, has them whole.
 */
import { formatRupiah } from '#domain/money';
import { maskNip } from '#domain/asn/nip';
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '../protocol/primitives';
import type { Queryable } from '../server/db/database';
import { asnComplianceReport, asnMonthData, asnReportCsv } from '../server/reports/asn-report';
import type { AdminResult } from './admin-request';
import { AdminError, table } from './output';

export async function asnReport(db: Queryable, month: string, csvPath?: string): Promise<AdminResult> {
  if (!businessMonthSchema.safeParse(month).success)
    throw new AdminError(`Bulan "${month}" harus berbentuk YYYY-MM, misalnya 2026-12.`);
  const data = await asnMonthData(db, month as BusinessMonth);
  const report = asnComplianceReport(data);
  const { total } = report;
  const lines = [
    `Belanja ASN di NTT Mart ${month} (bulan WITA), minimal ${formatRupiah(report.threshold)} per ASN`,
    `${total.asn} ASN di daftar: ${total.met} mencapai, ${total.below} kurang, ${total.none} tidak belanja.`,
    '',
    table(
      ['OPD', 'ASN', 'MENCAPAI', 'KURANG', 'TIDAK BELANJA', 'BELANJA'],
      [
        ...report.opds.map((o) => [o.opd, o.asn, o.met, o.below, o.none, formatRupiah(o.total)]),
        ['JUMLAH', total.asn, total.met, total.below, total.none, formatRupiah(total.total)],
      ],
    ),
    '',
  ];
  if (report.unverified.length === 0) lines.push('NIP belum terverifikasi: tidak ada.');
  else {
    lines.push(
      `NIP belum terverifikasi (tidak ada di daftar ASN, dipakai bulan ini): ${report.unverified.length}`,
      table(
        ['NIP', 'BELANJA', 'TRANSAKSI', 'OUTLET'],
        report.unverified.map((u) => [maskNip(u.nip), formatRupiah(u.total), u.saleCount, u.outlets.join(', ')]),
      ),
    );
  }
  if (csvPath === undefined) {
    lines.push('', 'Rincian per ASN (NIP lengkap): tambahkan --csv BERKAS.csv');
    return { text: lines.join('\n') };
  }
  lines.push('', `Rincian per ASN ditulis ke ${csvPath} (${data.roster.length + data.unverified.length} baris).`);
  return { text: lines.join('\n'), output: { path: csvPath, text: asnReportCsv(data) } };
}
