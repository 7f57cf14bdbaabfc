/**
 * A stored quarantined event judged again, as its handler judged it on arrival (the clock check
 * too), against what the province holds now: the price approval that arrived late
 * (./late-approvals.ts), or the fix provincial staff made before releasing it in the back office
 * (a product added to the catalog, a terminal's enrolment date corrected). One with no reasons
 * left is released: its rows are written and it counts from then on, like an event that arrived
 * sound. Its new reasons are stored either way.
 */
import type { SyncEvent, SyncEventType } from '#sync/protocol/events';
import { payloadColumns, readPayload, type StoredPayload } from '../db/event-payload';
import { insertRows } from '../db/insert-rows';
import type { WriteTx } from '../streams/change-log';
import type { AsnSpending } from './asn-monthly-totals';
import { clockProblems } from './checks/clock';
import type { IngestContext } from './handler';
import { handlerFor } from './handlers';

export interface HeldEvent extends StoredPayload<SyncEvent['payload']> {
  id: string;
  type: SyncEventType;
  seq: string | number;
  occurred_at: Date;
  received_at: Date;
  quarantine_reasons: string[] | null;
}

/** The columns a HeldEvent is read with, from events aliased `alias`. */
export const heldColumns = (alias: string) =>
  `${alias}.id::text, ${alias}.type, ${alias}.seq, ${alias}.occurred_at, ${alias}.received_at, ${payloadColumns(alias)}, ${alias}.quarantine_reasons`;

/**
 * Judges `held` again for `context`'s terminal; returns its reasons now (none: released) and what
 * a released event adds to ASN months, which the caller writes (addAsnSpending) with the stock
 * it moved (settleStock), once, at its end.
 */
export async function rejudge(
  tx: WriteTx,
  held: HeldEvent,
  context: Omit<IngestContext, 'receivedAt'>,
): Promise<{ reasons: string[]; spending: AsnSpending[] }> {
  const handler = handlerFor(held.type);
  const event = {
    id: held.id,
    seq: Number(held.seq),
    type: held.type,
    occurredAt: held.occurred_at.toISOString(),
    payload: readPayload(held),
  } as SyncEvent;
  const asReceived: IngestContext = { ...context, receivedAt: held.received_at };
  const clock = clockProblems(
    { occurredAt: event.occurredAt, ...handler.datedAt(event) },
    asReceived.enrolledAt,
    asReceived.receivedAt,
  );
  const reasons = clock.length > 0 ? clock : (await handler.problems(tx, [event], asReceived))[0]!;
  if (JSON.stringify(reasons) !== JSON.stringify(held.quarantine_reasons ?? []))
    await tx.query('UPDATE events SET quarantine_reasons = $2 WHERE id = $1', [
      held.id,
      reasons.length > 0 ? reasons : null,
    ]);
  if (reasons.length > 0) return { reasons, spending: [] };
  await insertRows(tx, handler.derivedRows([event], asReceived));
  const released = (await handler.afterStored?.(tx, [event], asReceived)) ?? [];
  return { reasons, spending: [...(handler.asnSpending?.([event]) ?? []), ...released] };
}
