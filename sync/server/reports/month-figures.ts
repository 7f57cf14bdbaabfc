/**
 * A WITA month's figures from the rollups kept at ingest: each outlet's sales from the terminals'
 * month rows (ingest/month-sales.ts), and how many ASN bought and reached the monthly minimum
 * (that month's totals, counted in the index on month and total). `report MONTH` prints them and
 * the back office's Beranda shows them, so both tell the same numbers.
 */
import type { BusinessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';

export interface OutletMonthSales {
  id: string;
  name: string;
  sales: number;
  total: number;
  cash: number;
  qris: number;
  debit: number;
}

/** Every outlet (or only `outletId`), by name, with zeros where nothing sold. */
export async function outletMonthSales(
  db: Queryable,
  month: BusinessMonth,
  outletId: string | null = null,
): Promise<OutletMonthSales[]> {
  const { rows } = await db.query<OutletMonthSales>(
    `SELECT o.id, o.name, coalesce(sum(m.sale_count), 0)::int AS sales, coalesce(sum(m.total), 0)::bigint AS total,
       coalesce(sum(m.cash), 0)::bigint AS cash, coalesce(sum(m.qris), 0)::bigint AS qris, coalesce(sum(m.debit), 0)::bigint AS debit
     FROM outlets o LEFT JOIN terminal_month_sales m ON m.outlet_id = o.id AND m.month = $1
     WHERE $2::text IS NULL OR o.id = $2
     GROUP BY o.id, o.name
     ORDER BY o.name`,
    [month, outletId],
  );
  return rows;
}

export interface AsnMonthFigures {
  minimum: number;
  buyers: number;
  reached: number;
  roster: number;
}

export async function asnMonthFigures(db: Queryable, month: BusinessMonth): Promise<AsnMonthFigures> {
  const { rows } = await db.query<AsnMonthFigures>(
    `WITH m AS (SELECT (value #>> '{}')::bigint AS minimum FROM settings WHERE outlet_id = '' AND key = 'asn.monthlyMinimum')
     SELECT m.minimum, (SELECT count(*) FROM asn_monthly_totals WHERE month = $1 AND total > 0)::int AS buyers,
       (SELECT count(*) FROM asn_monthly_totals WHERE month = $1 AND total >= m.minimum)::int AS reached,
       (SELECT count(*) FROM asn_roster)::int AS roster
     FROM m`,
    [month],
  );
  return rows[0]!;
}
