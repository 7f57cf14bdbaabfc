/** `report stock-outs MONTH`: per outlet, the share of its active products that ran out, and for how many days. */
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '../protocol/primitives';
import type { Queryable } from '../server/db/database';
import { stockOuts } from '../server/reports/stock-outs';
import { AdminError, table } from './output';

export async function stockOutsReport(db: Queryable, month: string): Promise<string> {
  if (!businessMonthSchema.safeParse(month).success)
    throw new AdminError(`Bulan "${month}" harus berbentuk YYYY-MM, misalnya 2026-12.`);
  const outlets = await stockOuts(db, month as BusinessMonth);
  if (outlets.length === 0) return `Stok kosong ${month}: belum ada data stok bulan itu.`;
  return [
    `Stok kosong ${month} (hari WITA, ${outlets[0]!.days} hari): produk aktif yang pernah habis (stok ≤ 0 di akhir hari)`,
    '',
    table(
      ['OUTLET', 'PRODUK', 'PERNAH HABIS', 'PERSEN', 'HARI HABIS', 'RATA-RATA HARI'],
      outlets.map((o) => [
        o.outletName,
        o.products,
        o.outProducts,
        `${o.products === 0 ? 0 : Math.round((o.outProducts * 100) / o.products)}%`,
        o.outDays,
        o.outProducts === 0 ? 0 : (o.outDays / o.outProducts).toFixed(1),
      ]),
    ),
  ].join('\n');
}
