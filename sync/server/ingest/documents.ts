/** What the handlers of terminal documents share: the leading columns of a document's row, and which ids are stored. */
import type { TaxFigures } from '#domain/tax/ppn';
import type { Queryable } from '../db/database';

/** The columns a terminal document's row begins with: its id, the event that brought it, and where it was recorded. */
export function documentColumns(eventId: string, document: { id: string; outletId: string; terminalId: string }) {
  return { id: document.id, event_id: eventId, outlet_id: document.outletId, terminal_id: document.terminalId };
}

/** Which of these document ids the table already holds: documents recorded by earlier events. */
export async function storedIds(
  tx: Queryable,
  table: 'audit_log' | 'cash_movements' | 'stock_documents',
  ids: readonly string[],
): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT t.id::text FROM unnest($1::uuid[]) AS k (id) JOIN ${table} t USING (id)`,
    [ids],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * A document is recorded once: the reasons, with one more when its id is stored already or was
 * taken by an earlier event of the batch; a sound document takes its id.
 */
export function onceOnly(reasons: string[], recorded: Set<string>, id: string, duplicate: string): string[] {
  if (recorded.has(id)) reasons.push(duplicate);
  if (reasons.length === 0) recorded.add(id);
  return reasons;
}

/** The PPN columns of a sale's or refund's row (migration 017). */
export function taxColumns(figures: TaxFigures) {
  return { ppn_taxable: figures.taxable, ppn_exempt: figures.exempt, ppn_dpp: figures.dpp, ppn: figures.ppn };
}
