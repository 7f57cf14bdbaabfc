/**
 * `report MONTH`: a WITA month's sales per outlet (count, turnover, by payment method), how many
 * ASN bought and how many reached the monthly minimum, and the events held in quarantine. Each
 * figure reads only the month: the sales from the terminals' month rows kept at ingest
 * (sync/server/ingest/month-sales.ts), the ASN from that month's totals (counted in the index on
 * month and total).
 */
import { formatRupiah, rupiah } from '#domain/money';
import { businessDateRange, toBusinessDate, type BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '../protocol/primitives';
import type { Queryable } from '../server/db/database';
import { AdminError, table } from './output';

interface OutletFigures {
  name: string;
  sales: number;
  total: number;
  cash: number;
  qris: number;
  debit: number;
}

export async function salesReport(db: Queryable, month: string): Promise<string> {
  if (!businessMonthSchema.safeParse(month).success)
    throw new AdminError(`Bulan "${month}" harus berbentuk YYYY-MM, misalnya 2026-12.`);
  const outlets = await outletFigures(db, month);
  const asn = await asnFigures(db, month);
  const quarantined = await quarantinedCount(db, month);
  const rp = (n: number) => formatRupiah(rupiah(n));
  const sum = (pick: (o: OutletFigures) => number) => outlets.reduce((a, o) => a + pick(o), 0);
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

async function outletFigures(db: Queryable, month: BusinessMonth): Promise<OutletFigures[]> {
  const { rows } = await db.query<OutletFigures>(
    `SELECT o.name, coalesce(sum(m.sale_count), 0)::int AS sales, coalesce(sum(m.total), 0)::bigint AS total,
       coalesce(sum(m.cash), 0)::bigint AS cash, coalesce(sum(m.qris), 0)::bigint AS qris, coalesce(sum(m.debit), 0)::bigint AS debit
     FROM outlets o LEFT JOIN terminal_month_sales m ON m.outlet_id = o.id AND m.month = $1
     GROUP BY o.id, o.name
     ORDER BY o.name`,
    [month],
  );
  return rows;
}

async function asnFigures(db: Queryable, month: BusinessMonth) {
  const { rows } = await db.query<{ minimum: number; buyers: number; reached: number; roster: number }>(
    `WITH m AS (SELECT (value #>> '{}')::bigint AS minimum FROM settings WHERE outlet_id = '' AND key = 'asn.monthlyMinimum')
     SELECT m.minimum, (SELECT count(*) FROM asn_monthly_totals WHERE month = $1 AND total > 0)::int AS buyers,
       (SELECT count(*) FROM asn_monthly_totals WHERE month = $1 AND total >= m.minimum)::int AS reached,
       (SELECT count(*) FROM asn_roster)::int AS roster
     FROM m`,
    [month],
  );
  return rows[0]!;
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
