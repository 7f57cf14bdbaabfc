/**
 * The transfers-in stream: the transfers (mutasi) sent to the terminal's outlet, with their lines.
 * Key: transfer id. The ingest marks a transfer changed for its destination when the sending half
 * arrives and again when the receiving half does; the second time the item says `received`, and
 * the terminal drops it. A receiving half whose sending half has not arrived yet serves nothing.
 * A line carries the expiries that left (`batches`) when the sender's terminal sent them.
 */
import type { TransferInItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';

interface TransferRow extends Omit<TransferInItem, 'sentAt'> {
  sentAt: Date;
}

export async function loadTransfersIn(
  db: Queryable,
  outletId: string,
  ids: readonly string[],
): Promise<TransferInItem[]> {
  const { rows } = await db.query<TransferRow>(
    `SELECT t.id::text, t.from_outlet_id AS "fromOutletId", o.name AS "fromOutletName", t.sent_at AS "sentAt",
            t.sent_by_name AS "sentBy", t.received_event_id IS NOT NULL AS received,
            json_agg(jsonb_build_object('lineNo', l.line_no, 'productId', l.product_id, 'name', l.name, 'quantity', l.sent)
                       || CASE WHEN l.sent_batches IS NULL THEN '{}' ELSE jsonb_build_object('batches', l.sent_batches) END
                     ORDER BY l.line_no) AS lines
     FROM unnest($1::uuid[]) WITH ORDINALITY AS k (id, n)
     JOIN stock_transfers t ON t.id = k.id AND t.to_outlet_id = $2 AND t.sent_event_id IS NOT NULL
     JOIN outlets o ON o.id = t.from_outlet_id
     JOIN stock_transfer_lines l ON l.transfer_id = t.id
     GROUP BY k.n, t.id, o.name
     ORDER BY k.n`,
    [ids, outletId],
  );
  return rows.map((r) => ({ ...r, sentAt: r.sentAt.toISOString() }));
}
