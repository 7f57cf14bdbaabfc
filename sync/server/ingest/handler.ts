/**
 * What the server does with each type of event, one module per type. Adding an event type: a
 * schema in sync/protocol/events.ts, a handler module here, and a line in ./handlers.ts (the
 * compiler insists on the last once the schema exists).
 */
import type { SyncEventOf as EventOf, SyncEventType } from '#sync/protocol/events';
import type { Queryable } from '../db/database';
import type { TableRows } from '../db/insert-rows';
import type { WriteTx } from '../streams/change-log';
import type { AsnSpending } from './asn-monthly-totals';

export interface IngestContext {
  terminal: { id: string; outletId: string };
  /** When the terminal was enrolled: none of its real events is older (checks/clock.ts). */
  enrolledAt: Date;
  /** The server's clock when the batch arrived, stored beside the terminal's. */
  receivedAt: Date;
}

export interface EventHandler<T extends SyncEventType> {
  /** The outlet and terminal an event speaks for: a terminal may only write its own. */
  owner(event: EventOf<T>): { outletId: string; terminalId: string };
  /** The instants the document is dated by, by name, for the clock check (checks/clock.ts). */
  datedAt(event: EventOf<T>): Record<string, string>;
  /** The shift an event belongs to, kept on its row (events.shift_id) for the Z report re-checks. */
  shiftId(event: EventOf<T>): string | null;
  /**
   * Business rules, checked before anything of these events is written: for each event the
   * reasons to quarantine it (empty when sound). Events arrive in seq order, and every earlier
   * event of the batch has already been applied.
   */
  problems(tx: Queryable, events: readonly EventOf<T>[], context: IngestContext): Promise<string[][]>;
  /**
   * The rows sound events become, by table, parents first. They are written in the same statement
   * as the events themselves (see db/insert-rows.ts).
   */
  derivedRows(events: readonly EventOf<T>[], context: IngestContext): TableRows;
  /**
   * Writes that build on those rows, such as the terminal's own running totals; runs right after
   * them. Returns what it adds to ASN months (an earlier sale it released), for the batch's end.
   */
  afterStored?(tx: WriteTx, events: readonly EventOf<T>[], context: IngestContext): Promise<AsnSpending[] | void>;
  /**
   * What sound events add to (or take from) ASN months. Other terminals write the same months, so
   * the ingest adds up a whole batch and writes it once, in key order (./asn-monthly-totals.ts).
   */
  asnSpending?(events: readonly EventOf<T>[]): AsnSpending[];
}
