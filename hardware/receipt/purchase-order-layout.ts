/**
 * A purchase order (pesanan) on the receipt printer, 58 or 80 mm: what the outlet orders from a
 * UMKM, each line with its quantity and price and what has arrived so far, the total, and lines to
 * sign for the supplier and the manager. Printed from goods receiving on the terminal.
 */
import { formatKilograms } from '#domain/checkout/sale';
import { formatRupiah, groupThousands } from '#domain/money';
import { lineValue, orderTotals, STATUS_LABELS, type PurchaseOrder } from '#domain/supplier/purchase-order';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow, type OutletInfo } from './receipt-layout';
import { dateText, head, signatures, tail } from './shift-report-layout';

export function layoutPurchaseOrder(order: PurchaseOrder, outlet: OutletInfo, columns: Columns): PrintCommand[] {
  const out = head(outlet, 'PESANAN BARANG (PO)', false, columns);
  const row = (left: string, right: string, bold = false) => out.push(...fitRow(left, right, columns, { bold }));
  const text = (line: string) => out.push(...wrap(line, columns).map((t): PrintCommand => ({ type: 'text', text: t })));
  row('No.', order.number);
  row('Tanggal', dateText(order.date));
  row('Kepada', order.supplierName);
  row('Dipesan oleh', order.raisedBy);
  row('Status', STATUS_LABELS[order.status]);
  out.push({ type: 'rule', char: '-' });
  for (const line of order.lines) {
    const weighed = line.soldBy === 'weight';
    const amount = (quantity: number) => (weighed ? formatKilograms(quantity) : `${quantity} ${line.unit}`);
    text(`${line.lineNo}. ${line.name}${line.kind === 'konsinyasi' ? ' (konsinyasi)' : ''}`);
    // Line figures without "Rp", as on the receipt.
    row(
      `  ${amount(line.quantity)} x ${groupThousands(line.unitCost)}${weighed ? '/kg' : ''}`,
      groupThousands(lineValue(line)),
    );
    if (line.received > 0) row('  Sudah diterima', amount(line.received));
  }
  out.push({ type: 'rule', char: '-' });
  row('Jumlah baris', String(order.lines.length));
  row('TOTAL', formatRupiah(orderTotals(order.lines).total), true);
  out.push(...signatures(columns, ['Pemasok (UMKM)', 'Manajer']));
  return tail(out, false, columns);
}
