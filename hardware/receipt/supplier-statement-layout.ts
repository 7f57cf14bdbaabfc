/**
 * A supplier's statement (rekap pemasok) on the receipt printer, 58 or 80 mm: the month's consigned
 * goods sold and outright goods received with what each is owed, the payouts, and the balances,
 * with lines to sign for the supplier and the treasurer (bendahara) who hands it over.
 */
import { formatRupiah, groupThousands } from '#domain/money';
import type { StatementLine, SupplierStatement } from '#domain/supplier/settlement';
import { formatBusinessMonth } from '#domain/wita';
import type { Columns } from '../escpos/columns';
import type { PrintCommand } from '../escpos/print-command';
import { wrap } from '../escpos/printable';
import { fitRow, type OutletInfo } from './receipt-layout';
import { dateText, head, signatures, tail } from './shift-report-layout';

export function layoutSupplierStatement(
  statement: SupplierStatement,
  outlet: OutletInfo,
  columns: Columns,
): PrintCommand[] {
  const out = head(outlet, 'REKAP PEMASOK (UMKM)', false, columns);
  const row = (left: string, right: string, bold = false) => out.push(...fitRow(left, right, columns, { bold }));
  const text = (line: string, bold = false) =>
    out.push(...wrap(line, columns).map((t): PrintCommand => ({ type: 'text', text: t, ...(bold ? { bold } : {}) })));
  row('UMKM', statement.supplier.name);
  row('NIB', statement.supplier.nib ?? '-');
  row('Periode', formatBusinessMonth(statement.month));
  row('Dari', dateText(statement.from));
  row('Sampai', dateText(statement.to));
  text(`Rekening: ${statement.supplier.bank ?? '-'}`);
  out.push({ type: 'rule', char: '-' });
  row('Saldo awal', formatRupiah(statement.opening));
  const section = (title: string, lines: readonly StatementLine[], verb: string) => {
    if (lines.length === 0) return;
    out.push({ type: 'rule', char: '-' }, { type: 'text', text: title, bold: true });
    for (const line of lines) {
      text(`${line.name} (${line.outletId})`);
      text(line.terms);
      // Figures without "Rp", as on the receipt.
      row(
        `  ${line.quantity} ${verb}${line.kind === 'konsinyasi' ? ` (${groupThousands(line.sales)})` : ''}`,
        groupThousands(line.owed),
      );
    }
  };
  section(
    'KONSINYASI TERJUAL',
    statement.lines.filter((l) => l.kind === 'konsinyasi'),
    'terjual',
  );
  section(
    'BELI PUTUS DITERIMA',
    statement.lines.filter((l) => l.kind === 'beli-putus'),
    'diterima',
  );
  out.push({ type: 'rule', char: '-' });
  row('Terutang bulan ini', formatRupiah(statement.owed), true);
  if (statement.payouts.length > 0) {
    out.push({ type: 'rule', char: '-' }, { type: 'text', text: 'PEMBAYARAN', bold: true });
    for (const p of statement.payouts) {
      row(`${dateText(p.paidOn)}${p.amount < 0 ? ' koreksi' : ''}`, groupThousands(p.amount));
      text(`ref ${p.reference}`);
    }
  }
  row('Dibayar bulan ini', formatRupiah(statement.paid));
  out.push({ type: 'rule', char: '=' });
  row('SALDO AKHIR', formatRupiah(statement.closing), true);
  out.push(...signatures(columns, ['Pemasok (UMKM)', 'Bendahara']));
  return tail(out, false, columns);
}
