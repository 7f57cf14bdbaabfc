/**
 * The report of an approved stock-take (laporan stok opname): what was counted, each product whose
 * count differed from the ledger with its variance in quantity and Rupiah (at the selling price),
 * and the totals, signed by whoever counted and the manager who approved. Printed on the receipt
 * printer when the manager approves.
 */
import { formatKilograms } from '#domain/checkout/sale';
import { formatRupiah, groupThousands, rupiah, sum } from '#domain/money';
import { varianceValue } from '#domain/stock/stock-take';
import { formatWita } from '#domain/wita';
import type { PrintRequest } from '#bridge/print-request';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow } from './receipt-layout';
import { head, signatures, tail } from './shift-report-layout';

export function layoutStockTakeReport(
  request: Extract<PrintRequest, { kind: 'stock-take-report' }>,
  columns: Columns,
): PrintCommand[] {
  const { count } = request;
  const out = head(request.outlet, 'LAPORAN STOK OPNAME', count.training, columns);
  const row = (left: string, right: string, bold = false) => out.push(...fitRow(left, right, columns, { bold }));
  const text = (line: string) => out.push(...wrap(line, columns).map((t): PrintCommand => ({ type: 'text', text: t })));
  row('No.', count.id.slice(-12).toUpperCase());
  row('Mulai', formatWita(count.startedAt));
  row('Disetujui', formatWita(count.approvedAt));
  row('Cakupan', count.category === null ? 'Seluruh outlet' : `Kategori ${count.category}`);
  row('Manajer', count.approvedBy.name);
  out.push({ type: 'rule', char: '-' });
  const valued = count.lines.map((line, i) => {
    const weighed = request.weighedLines.includes(i + 1);
    const variance = line.counted - line.expected;
    return {
      line,
      lineNo: i + 1,
      weighed,
      variance,
      value: varianceValue(variance, line.unitValue, weighed ? 'weight' : 'unit'),
    };
  });
  const differing = valued.filter((v) => v.variance !== 0);
  if (differing.length === 0) text('Semua hitungan sesuai catatan.');
  for (const { line, lineNo, weighed, variance, value } of differing) {
    const quantity = (n: number) => (weighed ? formatKilograms(n) : String(n));
    text(`${lineNo}. ${line.name}`);
    row(`  Catatan ${quantity(line.expected)}`, `Hitung ${quantity(line.counted)}`);
    row(`  Selisih ${variance > 0 ? '+' : ''}${quantity(variance)}`, groupThousands(value));
  }
  out.push({ type: 'rule', char: '-' });
  const shortage = sum(valued.filter((v) => v.value < 0).map((v) => v.value));
  const surplus = sum(valued.filter((v) => v.value > 0).map((v) => v.value));
  row('Produk dihitung', String(count.lines.length));
  row('Sesuai', String(count.lines.length - differing.length));
  row('Berselisih', String(differing.length));
  row('Tidak dihitung', String(request.notCounted));
  row('Kurang', formatRupiah(shortage));
  row('Lebih', formatRupiah(surplus));
  row('SELISIH BERSIH', formatRupiah(rupiah(shortage + surplus)), true);
  out.push(...signatures(columns, ['Penghitung', 'Manajer']));
  return tail(out, count.training, columns);
}
