/**
 * `report stock-outs MONTH`: per outlet, how many of the active products it stocks were out of
 * stock (on hand ≤ 0 at the end of a WITA day) during the month, and for how many days. A product
 * counts for an outlet from the day of its first movement there (before it, it was never
 * stocked, not out); days after today are not counted yet.
 */
import {
  addDays,
  businessDate,
  daysBetween,
  toBusinessDate,
  type BusinessDate,
  type BusinessMonth,
} from '#domain/wita';
import type { Queryable } from '../db/database';

export interface OutletStockOuts {
  outletId: string;
  outletName: string;
  /** Active products the outlet has stocked. */
  products: number;
  /** Of those, the ones out of stock on at least one day. */
  outProducts: number;
  /** Product-days out of stock, all products together. */
  outDays: number;
  days: number;
}

export async function stockOuts(
  db: Queryable,
  month: BusinessMonth,
  today = businessDate(new Date()),
): Promise<OutletStockOuts[]> {
  const first = toBusinessDate(`${month}-01`);
  const monthEnd = addDays(toBusinessDate(`${addDays(first, 31).slice(0, 7)}-01`), -1);
  const last: BusinessDate = monthEnd < today ? monthEnd : today;
  if (last < first) return [];
  const { rows } = await db.query<{
    outlet_id: string;
    name: string;
    products: number;
    out_products: number;
    out_days: number;
  }>(
    `WITH opening AS (
       SELECT outlet_id, product_id, sum(quantity) AS q FROM stock_movements WHERE business_date < $1 GROUP BY 1, 2),
     month_moves AS (
       SELECT outlet_id, product_id, business_date, sum(quantity) AS q FROM stock_movements
       WHERE business_date BETWEEN $1 AND $2 GROUP BY 1, 2, 3),
     pairs AS (
       SELECT outlet_id, product_id, min(business_date) AS first_day FROM stock_movements
       WHERE business_date <= $2 GROUP BY 1, 2),
     balances AS (
       SELECT g.outlet_id, g.product_id,
              coalesce(o.q, 0) + sum(coalesce(m.q, 0)) OVER (PARTITION BY g.outlet_id, g.product_id ORDER BY g.day) AS on_hand
       FROM (SELECT p.outlet_id, p.product_id, d::date AS day
             FROM pairs p JOIN products pr ON pr.id = p.product_id AND pr.active
             CROSS JOIN generate_series($1::date, $2::date, interval '1 day') AS d
             WHERE d::date >= p.first_day) AS g
       LEFT JOIN opening o ON o.outlet_id = g.outlet_id AND o.product_id = g.product_id
       LEFT JOIN month_moves m ON m.outlet_id = g.outlet_id AND m.product_id = g.product_id AND m.business_date = g.day)
     SELECT b.outlet_id, o.name, count(DISTINCT b.product_id)::int AS products,
            count(DISTINCT b.product_id) FILTER (WHERE b.on_hand <= 0)::int AS out_products,
            count(*) FILTER (WHERE b.on_hand <= 0)::int AS out_days
     FROM balances b JOIN outlets o ON o.id = b.outlet_id
     GROUP BY b.outlet_id, o.name ORDER BY b.outlet_id`,
    [first, last],
  );
  const days = daysBetween(first, last) + 1;
  return rows.map((r) => ({
    outletId: r.outlet_id,
    outletName: r.name,
    products: r.products,
    outProducts: r.out_products,
    outDays: r.out_days,
    days,
  }));
}
