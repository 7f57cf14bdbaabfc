/**
 * `report margins MONTH`: gross margin per product (at each outlet), then per supplier and per outlet
 * (sync/server/reports/margins.ts). Rows without a known cost are counted apart, never guessed.
 */
import { formatRupiah, rupiah, type Rupiah } from '#domain/money';
import { formatBusinessMonth } from '#domain/wita';
import type { Queryable } from '../server/db/database';
import { monthMargins, type MarginRow } from '../server/reports/margins';
import { table } from './output';
import { requireMonth } from './supplier-money';

export async function marginsReport(db: Queryable, month: string): Promise<string> {
  const rows = await monthMargins(db, requireMonth(month));
  if (rows.length === 0) return `Belum ada penjualan ${formatBusinessMonth(month)}.`;
  const rp = (n: Rupiah | null) => (n === null ? '-' : formatRupiah(n));
  const percent = (r: { sales: Rupiah; margin: Rupiah | null }) =>
    r.margin === null || r.sales === 0 ? '-' : `${((r.margin * 100) / r.sales).toFixed(1).replace('.', ',')}%`;
  const unknown = rows.filter((r) => r.cost === null).length;
  return [
    `Margin kotor ${formatBusinessMonth(month)} (penjualan bersih dikurangi harga pokok dari syarat pasok, atau penerimaan terakhir)`,
    '',
    table(
      ['OUTLET', 'PEMASOK', 'PRODUK', 'TERJUAL', 'PENJUALAN', 'HPP', 'MARGIN', '%'],
      rows.map((r) => [r.outletId, r.supplier, r.name, r.quantity, rp(r.sales), rp(r.cost), rp(r.margin), percent(r)]),
    ),
    '',
    'Per pemasok:',
    summary(rows, (r) => r.supplier, rp, percent),
    '',
    'Per outlet:',
    summary(rows, (r) => r.outletId, rp, percent),
    ...(unknown === 0
      ? []
      : ['', `${unknown} baris tanpa harga pokok (tanpa syarat pasok dan penerimaan): tidak masuk margin.`]),
  ].join('\n');
}

function summary(
  rows: readonly MarginRow[],
  keyOf: (r: MarginRow) => string,
  rp: (n: Rupiah | null) => string,
  percent: (r: { sales: Rupiah; margin: Rupiah | null }) => string,
): string {
  const sums = new Map<string, { sales: number; cost: number; margin: number }>();
  for (const r of rows) {
    if (r.cost === null || r.margin === null) continue;
    const s = sums.get(keyOf(r)) ?? { sales: 0, cost: 0, margin: 0 };
    s.sales += r.sales;
    s.cost += r.cost;
    s.margin += r.margin;
    sums.set(keyOf(r), s);
  }
  return table(
    ['', 'PENJUALAN', 'HPP', 'MARGIN', '%'],
    [...sums].map(([key, s]) => {
      const t = { sales: rupiah(s.sales), margin: rupiah(s.margin) };
      return [key, rp(t.sales), rp(rupiah(s.cost)), rp(t.margin), percent(t)];
    }),
  );
}
