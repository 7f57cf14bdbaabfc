/**
 * Goods in transit from or to an outlet: the lines of transfers (mutasi) whose sending half the
 * province holds and whose receiving half it does not yet. The stock report (`report stock OUTLET`,
 * GET /v1/admin/reports/stock/OUTLET) lists them beside stock on hand, which no longer counts them
 * at the sender and does not count them yet at the receiver.
 */
import type { BusinessDate } from '#domain/wita';
import type { Queryable } from '../db/database';

export interface InTransitLine {
  transferId: string;
  /** 'out' when the outlet sent it, 'in' when it is on its way to the outlet. */
  direction: 'out' | 'in';
  fromOutletId: string;
  toOutletId: string;
  sentDate: BusinessDate;
  productId: string;
  name: string;
  /** Whole units, or grams for weighed goods. */
  quantity: number;
}

export async function inTransit(db: Queryable, outletId: string): Promise<InTransitLine[]> {
  const { rows } = await db.query<Omit<InTransitLine, 'quantity'> & { quantity: string }>(
    `SELECT t.id::text AS "transferId", CASE WHEN t.from_outlet_id = $1 THEN 'out' ELSE 'in' END AS direction,
            t.from_outlet_id AS "fromOutletId", t.to_outlet_id AS "toOutletId",
            to_char(t.sent_date, 'YYYY-MM-DD') AS "sentDate", l.product_id AS "productId",
            coalesce(l.name, l.product_id) AS name, l.sent::text AS quantity
     FROM stock_transfers t JOIN stock_transfer_lines l ON l.transfer_id = t.id
     WHERE (t.from_outlet_id = $1 OR t.to_outlet_id = $1) AND t.sent_event_id IS NOT NULL AND t.received_event_id IS NULL
     ORDER BY t.sent_at, t.id, l.line_no`,
    [outletId],
  );
  return rows.map((r) => ({ ...r, quantity: Number(r.quantity) }));
}
