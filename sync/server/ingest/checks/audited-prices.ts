/**
 * Price changes a terminal approved before its sale lines carried `priceOverride` (older
 * terminals): the approval lives only in the terminal's audit log, as an 'approved' price-override
 * entry (line number and new price, no sale id). Such an entry stands for a sale line when it is of
 * the same terminal, approved by a manager of the outlet, names the line's number and unit price,
 * and lies in the terminal's seq order between the sale and the terminal's previous sale the
 * province holds: the cart it was given in is that sale's, and one approval cannot serve two sales.
 */
import type { Queryable } from '#sync/server/db/database';

export interface AuditedPrice {
  lineNo: number;
  price: number;
}

/**
 * For each sale (its event's seq, and `after`: the seq of the sale before it in the same batch, 0
 * when none), the price changes its cart's audit entries approved.
 */
export async function auditedPrices(
  tx: Queryable,
  terminal: { id: string; outletId: string },
  sales: readonly { seq: number; after: number }[],
): Promise<AuditedPrice[][]> {
  if (sales.length === 0) return [];
  const { rows } = await tx.query<{ seq: string | number; line_no: number; price: number }>(
    `SELECT k.seq, (a.details -> 'action' ->> 'lineNo')::int AS line_no, (a.details -> 'action' ->> 'to')::bigint AS price
     FROM unnest($2::bigint[], $3::bigint[]) AS k (seq, after)
     CROSS JOIN LATERAL (SELECT coalesce(max(p.seq), 0) AS seq FROM events p WHERE p.terminal_id = $1 AND p.type = 'sale.completed' AND p.seq < k.seq) previous
     JOIN events e ON e.terminal_id = $1 AND e.type = 'audit.recorded' AND e.seq > greatest(previous.seq, k.after) AND e.seq < k.seq
     JOIN audit_log a ON a.event_id = e.id
     JOIN staff m ON m.id = a.approved_by_id AND m.outlet_id = $4 AND m.role = 'manager'
     WHERE a.kind = 'approved' AND a.details -> 'action' ->> 'kind' = 'price-override'`,
    [terminal.id, sales.map((s) => s.seq), sales.map((s) => s.after), terminal.outletId],
  );
  return sales.map((sale) =>
    rows.filter((r) => Number(r.seq) === sale.seq).map((r) => ({ lineNo: r.line_no, price: Number(r.price) })),
  );
}
