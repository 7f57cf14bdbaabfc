/**
 * The slip of a transfer between outlets (surat jalan mutasi): what leaves this outlet for which
 * outlet, in what quantity, signed by the sender and, on arrival, by the receiver. Printed on the
 * receipt printer when the transfer is sent; it travels with the goods.
 */
import { formatKilograms } from '#domain/checkout/sale';
import { formatWita } from '#domain/wita';
import type { PrintRequest } from '#bridge/print-request';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow } from './receipt-layout';
import { head, signatures, tail } from './shift-report-layout';

export function layoutTransferSlip(
  request: Extract<PrintRequest, { kind: 'transfer-slip' }>,
  columns: Columns,
): PrintCommand[] {
  const { transfer } = request;
  const out = head(request.outlet, 'SURAT JALAN MUTASI BARANG', transfer.training, columns);
  const row = (left: string, right: string) => out.push(...fitRow(left, right, columns, {}));
  const text = (line: string) => out.push(...wrap(line, columns).map((t): PrintCommand => ({ type: 'text', text: t })));
  row('No.', transfer.id.slice(-12).toUpperCase());
  row('Waktu', formatWita(transfer.sentAt));
  row('Ke', request.toOutletName);
  row('Pengirim', transfer.sentBy.name);
  out.push({ type: 'rule', char: '-' });
  for (const line of transfer.lines) {
    text(`${line.lineNo}. ${line.name}`);
    row(
      '  Jumlah',
      request.weighedLines.includes(line.lineNo) ? formatKilograms(line.quantity) : String(line.quantity),
    );
  }
  out.push({ type: 'rule', char: '-' });
  row('Jumlah baris', String(transfer.lines.length));
  out.push(...signatures(columns, ['Pengirim', 'Penerima']));
  return tail(out, transfer.training, columns);
}
