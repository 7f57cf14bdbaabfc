/**
 * A price change approved on an older terminal is recorded only in its audit log
 * (checks/audited-prices.ts), and the audit entry may reach the province after the sale it
 * approved (a seq gap, a retried batch). Each sound price-override approval then re-judges the
 * terminal's next sale the province holds, when that sale was quarantined for a price no one
 * approved: its reasons are recomputed, and a sale that now has none is released (its rows
 * written, its months counted, its shift's close re-checked), as the Z report check re-checks a
 * close on late documents.
 */
import type { AuditEntry } from '#domain/staff/audit';
import type { WriteTx } from '../streams/change-log';
import type { AsnSpending } from './asn-monthly-totals';
import { UNAPPROVED_PRICE } from './checks/prices';
import type { IngestContext } from './handler';
import { heldColumns, rejudge, type HeldEvent } from './release';

/** Re-judges the sales these stored audit entries may approve; returns what released sales add to ASN months. */
export async function recheckApprovedSales(
  tx: WriteTx,
  entries: readonly { seq: number; payload: AuditEntry }[],
  context: IngestContext,
): Promise<AsnSpending[]> {
  const approvals = entries.filter(
    ({ payload: a }) =>
      a.event.kind === 'approved' && a.event.action.kind === 'price-override' && a.approvedBy !== null,
  );
  if (approvals.length === 0) return [];
  const { rows } = await tx.query<HeldEvent>(
    `SELECT DISTINCT ${heldColumns('s')}
     FROM unnest($2::bigint[]) AS k (seq)
     CROSS JOIN LATERAL (SELECT * FROM events e WHERE e.terminal_id = $1 AND e.type = 'sale.completed' AND e.seq > k.seq ORDER BY e.seq LIMIT 1) s`,
    [context.terminal.id, approvals.map((a) => a.seq)],
  );
  const spending: AsnSpending[] = [];
  for (const held of rows.filter((r) => r.quarantine_reasons?.some((reason) => reason.endsWith(UNAPPROVED_PRICE))))
    spending.push(...(await rejudge(tx, held, context)).spending);
  return spending;
}
