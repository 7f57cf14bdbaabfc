/**
 * A shift's Z report is the terminal's claim; the province recomputes it from the terminal's own
 * events of that shift it holds (sales, refunds and cash movements; quarantined ones too where the
 * terminal would have recorded them, since it counted those: a sale quarantined for an unknown
 * product must not make an honest close look false), with the same domain function the terminal printed it with (shiftReport), and
 * quarantines a close whose report says otherwise. A late sale, refund or cash movement of a
 * closed shift recomputes it again: a close quarantined only for disagreeing is released when the
 * documents now agree (they had not arrived yet), and a sound close that no longer agrees is
 * quarantined (its shift_closings row removed).
 */
import { isDeepStrictEqual } from 'node:util';
import { shiftReport, type ShiftReport } from '#domain/shift/shift-report';
import type { ShiftClosed } from '#sync/protocol/shift';
import type { Queryable } from '#sync/server/db/database';
import { payloadColumns, readPayload, type StoredPayload } from '#sync/server/db/event-payload';
import { insertRows, type TableRows } from '#sync/server/db/insert-rows';
import { UNKNOWN_DRAWER } from '../cash-moved';
import type { Refund } from '#domain/checkout/refund';
import { saleProblems, type Sale } from '#domain/checkout/sale';
import { cashMovementProblems, type CashMovement } from '#domain/shift/cash-movement';

interface ShiftDocuments {
  sales: Sale[];
  refunds: Refund[];
  movements: CashMovement[];
}

/**
 * The shift's documents among its terminal's events since the shift opened, in the terminal's
 * order, each document once (a document sent again under a new event id is quarantined, and not
 * counted twice here). Null when the server never saw the shift open.
 */
async function shiftDocuments(tx: Queryable, shiftId: string): Promise<ShiftDocuments | null> {
  const { rows: opened } = await tx.query<{ terminal_id: string; seq: number }>(
    'SELECT e.terminal_id, e.seq FROM shifts s JOIN events e ON e.id = s.event_id WHERE s.id = $1',
    [shiftId],
  );
  if (opened.length === 0) return null;
  const { rows: stored } = await tx.query<
    { type: string; quarantined: boolean } & StoredPayload<Sale | Refund | CashMovement>
  >(
    `SELECT type, ${payloadColumns('events')}, quarantine_reasons IS NOT NULL AS quarantined FROM events
     WHERE terminal_id = $1 AND seq > $2 AND type IN ('sale.completed', 'sale.refunded', 'cash.moved') AND shift_id = $3
     ORDER BY seq`,
    [opened[0]!.terminal_id, opened[0]!.seq, shiftId],
  );
  const rows = stored.map((r) => ({ type: r.type, quarantined: r.quarantined, payload: readPayload(r) }));
  const seen = new Set<string>();
  const once = rows.filter(
    (r) => (!r.quarantined || terminalWouldRecord(r)) && !seen.has(r.payload.id) && seen.add(r.payload.id),
  );
  return {
    sales: once.filter((r) => r.type === 'sale.completed').map((r) => r.payload as Sale),
    refunds: once.filter((r) => r.type === 'sale.refunded').map((r) => r.payload as Refund),
    movements: once.filter((r) => r.type === 'cash.moved').map((r) => r.payload as CashMovement),
  };
}

/** Every Z report reason starts so: the re-check tells them from the close's other reasons. */
const DISAGREES = 'the Z report differs from';

/** A document that passes the terminal's own checks: one it would have recorded and counted. */
function terminalWouldRecord({ type, payload }: { type: string; payload: Sale | Refund | CashMovement }): boolean {
  if (payload.training) return false;
  try {
    if (type === 'sale.completed') return saleProblems(payload as Sale).length === 0;
    if (type === 'cash.moved') return cashMovementProblems(payload as CashMovement, UNKNOWN_DRAWER).length === 0;
    return true;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** Why the sent report is not the one the documents give, or nothing. */
export function zReportDisagreement(closed: ShiftClosed, documents: ShiftDocuments): string[] {
  let computed: ShiftReport;
  try {
    computed = shiftReport({ shift: closed.shift, ...documents });
  } catch (error) {
    if (error instanceof RangeError)
      return [`${DISAGREES} the province's documents of shift ${closed.shift.id}: ${error.message}`];
    throw error;
  }
  const sent = closed.report as unknown as Record<string, unknown>;
  const differing = Object.entries(computed)
    .filter(([key, value]) => !isDeepStrictEqual(value, sent[key]))
    .map(([key, value]) =>
      typeof value === 'object' && value !== null ? key : `${key} ${String(sent[key])} (province: ${String(value)})`,
    );
  return differing.length === 0
    ? []
    : [`${DISAGREES} the province's documents of shift ${closed.shift.id}: ${differing.join(', ')}`];
}

/** For each close, the disagreement of its report with the documents stored so far (none for a shift never opened: quarantined for that). */
export async function zReportProblems(tx: Queryable, closes: readonly ShiftClosed[]): Promise<string[][]> {
  const problems: string[][] = [];
  for (const closed of closes) {
    const documents = await shiftDocuments(tx, closed.shift.id);
    problems.push(documents === null ? [] : zReportDisagreement(closed, documents));
  }
  return problems;
}

/**
 * Recomputes the closes of these shifts after documents of theirs were stored; `closingRows` is
 * what a close becomes once sound (the shift.closed handler's derived rows).
 */
export async function recheckClosedShifts(
  tx: Queryable,
  shiftIds: readonly (string | null)[],
  closingRows: (eventId: string, closed: ShiftClosed) => TableRows,
): Promise<void> {
  const ids = [...new Set(shiftIds.filter((id) => id !== null))];
  if (ids.length === 0) return;
  const { rows: stored } = await tx.query<
    { id: string; quarantine_reasons: string[] | null } & StoredPayload<ShiftClosed>
  >(
    `SELECT id::text, ${payloadColumns('events')}, quarantine_reasons FROM events WHERE type = 'shift.closed' AND shift_id = ANY ($1::text[])`,
    [ids],
  );
  for (const close of stored.map((r) => ({
    id: r.id,
    quarantine_reasons: r.quarantine_reasons,
    payload: readPayload(r),
  }))) {
    const documents = await shiftDocuments(tx, close.payload.shift.id);
    if (documents === null) continue;
    const before = close.quarantine_reasons ?? [];
    const others = before.filter((r) => !r.startsWith(DISAGREES));
    const after = [...others, ...zReportDisagreement(close.payload, documents)];
    if (JSON.stringify(after) === JSON.stringify(before)) continue;
    await tx.query('UPDATE events SET quarantine_reasons = $2 WHERE id = $1', [
      close.id,
      after.length > 0 ? after : null,
    ]);
    if (before.length === 0) await tx.query('DELETE FROM shift_closings WHERE event_id = $1', [close.id]);
    else if (after.length === 0) await insertRows(tx, closingRows(close.id, close.payload));
  }
}
