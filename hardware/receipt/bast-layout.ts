/**
 * The BAST (berita acara serah terima) of a goods receiving: what the UMKM handed over, in what
 * quantity and at what cost, signed by the UMKM and the manager. Printed on the receipt printer
 * when the receiving is saved; the UMKM keeps it as proof of delivery.
 */
import { formatKilograms } from '#domain/checkout/sale';
import { formatRupiah, groupThousands, type Rupiah } from '#domain/money';
import { stockValue } from '#domain/stock/quantity';
import type { StaffRef } from '#domain/staff/staff';
import { formatWita } from '#domain/wita';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow, type OutletInfo } from './receipt-layout';
import { dateText, head, signatures, tail } from './shift-report-layout';

/** What the BAST prints of a receiving (the protocol's stock.received payload, sync/protocol/stock.ts). */
export interface BastReceiving {
  id: string;
  training: boolean;
  receivedAt: string;
  receivedBy: StaffRef;
  supplier: string;
  deliveryNote: string;
  lines: readonly {
    lineNo: number;
    name: string;
    /** Units, or grams for weighed goods. */
    quantity: number;
    unitCost: Rupiah;
    expiry: string | null;
    /** Set for a product new to the catalog. */
    newProduct: object | null;
  }[];
  total: Rupiah;
}

/** `weighedLines`: the lines whose quantity is grams, with a cost per kilogram. */
export function layoutBast(
  receiving: BastReceiving,
  outlet: OutletInfo,
  weighedLines: readonly number[],
  columns: Columns,
): PrintCommand[] {
  const out = head(outlet, 'BERITA ACARA SERAH TERIMA BARANG', receiving.training, columns);
  const row = (left: string, right: string, bold = false) => out.push(...fitRow(left, right, columns, { bold }));
  const text = (line: string) => out.push(...wrap(line, columns).map((t): PrintCommand => ({ type: 'text', text: t })));
  row('No.', receiving.id.slice(-12).toUpperCase());
  row('Waktu', formatWita(receiving.receivedAt));
  row('Pemasok', receiving.supplier);
  row('Surat jalan', receiving.deliveryNote === '' ? '-' : receiving.deliveryNote);
  row('Penerima', receiving.receivedBy.name);
  out.push({ type: 'rule', char: '-' });
  for (const line of receiving.lines) {
    const weighed = weighedLines.includes(line.lineNo);
    text(`${line.lineNo}. ${line.name}${line.newProduct ? ' (BARU)' : ''}`);
    // Line figures without "Rp", as on the receipt.
    row(
      weighed
        ? `  ${formatKilograms(line.quantity)} x ${groupThousands(line.unitCost)}/kg`
        : `  ${line.quantity} x ${groupThousands(line.unitCost)}`,
      groupThousands(stockValue(line.quantity, line.unitCost, weighed ? 'weight' : 'unit')),
    );
    if (line.expiry) row('  Kedaluwarsa', dateText(line.expiry));
  }
  out.push({ type: 'rule', char: '-' });
  row('Jumlah baris', String(receiving.lines.length));
  row('TOTAL', formatRupiah(receiving.total), true);
  out.push(...signatures(columns, ['Pemasok (UMKM)', 'Manajer']));
  return tail(out, receiving.training, columns);
}
