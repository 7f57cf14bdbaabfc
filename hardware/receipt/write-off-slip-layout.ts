/**
 * The slip of a write-off (berita acara stok terbuang): what was taken off the books, why, from
 * which expired batch, and who approved it, with signature lines for the staff member and the
 * manager. Printed on the receipt printer when the write-off is booked; kept with the outlet's papers.
 */
import { formatKilograms } from '#domain/checkout/sale';
import { WRITE_OFF_LABEL } from '#domain/stock/write-off';
import { formatWita } from '#domain/wita';
import type { PrintRequest } from '#bridge/print-request';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow } from './receipt-layout';
import { dateText, head, signatures, tail } from './shift-report-layout';

export function layoutWriteOffSlip(
  request: Extract<PrintRequest, { kind: 'write-off-slip' }>,
  columns: Columns,
): PrintCommand[] {
  const { writeOff } = request;
  const out = head(request.outlet, 'BERITA ACARA STOK TERBUANG', writeOff.training, columns);
  const row = (left: string, right: string) => out.push(...fitRow(left, right, columns, {}));
  const text = (line: string) => out.push(...wrap(line, columns).map((t): PrintCommand => ({ type: 'text', text: t })));
  row('No.', writeOff.id.slice(-12).toUpperCase());
  row('Waktu', formatWita(writeOff.writtenOffAt));
  row('Alasan', WRITE_OFF_LABEL[writeOff.reason]);
  row('Disetujui', writeOff.approvedBy.name);
  if (writeOff.note) text(`Catatan: ${writeOff.note}`);
  out.push({ type: 'rule', char: '-' });
  for (const line of writeOff.lines) {
    text(`${line.lineNo}. ${line.name}`);
    row(
      '  Jumlah',
      request.weighedLines.includes(line.lineNo) ? formatKilograms(line.quantity) : String(line.quantity),
    );
    if (line.expiry) row('  Kedaluwarsa', dateText(line.expiry));
  }
  out.push({ type: 'rule', char: '-' });
  row('Jumlah baris', String(writeOff.lines.length));
  out.push(...signatures(columns, ['Petugas', 'Manajer']));
  return tail(out, writeOff.training, columns);
}
