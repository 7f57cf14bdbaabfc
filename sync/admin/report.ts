/**
 * `report MONTH`: a WITA month's sales per outlet (count, turnover, by payment method), how many
 * ASN bought and how many reached the monthly minimum, and the events held in quarantine. Each
 * figure reads only the month, from the rollups kept at ingest (sync/server/reports/month-figures.ts,
 * which the back office's Beranda reads too).
 */
import { formatRupiah, rupiah } from '#domain/money';
import { businessDateRange, toBusinessDate, type BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '../protocol/primitives';
import type { Queryable } from '../server/db/database';
import { asnMonthFigures, outletMonthSales, type OutletMonthSales } from '../server/reports/month-figures';
import { AdminError, table } from './output';

export async function salesReport(db: Queryable, month: string): Promise<string> {
  if (!businessMonthSchema.safeParse(month).success)
    throw new AdminError(`Bulan "${month}" harus berbentuk YYYY-MM, misalnya 2026-12.`);
  const outlets = await outletMonthSales(db, month);
  const asn = await asnMonthFigures(db, month);
  const quarantined = await quarantinedCount(db, month);
  const rp = (n: number) => formatRupiah(rupiah(n));
  const sum = (pick: (o: OutletMonthSales) => number) => outlets.reduce((a, o) => a + pick(o), 0);
  return [
    `Laporan penjualan NTT Mart ${month} (bulan WITA)`,
    '',
    table(
      ['OUTLET', 'TRANSAKSI', 'OMZET', 'TUNAI', 'QRIS', 'DEBIT'],
      [
        ...outlets.map((o) => [o.name, o.sales, rp(o.total), rp(o.cash), rp(o.qris), rp(o.debit)]),
        [
          'JUMLAH',
          sum((o) => o.sales),
          rp(sum((o) => o.total)),
          rp(sum((o) => o.cash)),
          rp(sum((o) => o.qris)),
          rp(sum((o) => o.debit)),
        ],
      ],
    ),
    '',
    `ASN: ${asn.buyers} berbelanja, ${asn.reached} mencapai ${rp(asn.minimum)} (dari ${asn.roster} ASN di daftar).`,
    quarantined === 0
      ? 'Karantina: tidak ada.'
      : `Karantina: ${quarantined} event bulan ini belum dihitung (lihat tabel events, quarantine_reasons).`,
  ].join('\n');
}

async function quarantinedCount(db: Queryable, month: BusinessMonth): Promise<number> {
  const start = businessDateRange(toBusinessDate(`${month}-01`)).start;
  const [year, monthNo] = month.split('-').map(Number) as [number, number];
  const next = monthNo === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNo + 1).padStart(2, '0')}-01`;
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM events WHERE quarantine_reasons IS NOT NULL AND occurred_at >= $1 AND occurred_at < $2',
    [start, businessDateRange(toBusinessDate(next)).start],
  );
  return rows[0]!.n;
}
