/**
 * What the terminal keeps about sync beside its outbox: acknowledgements, dead letters and the
 * state of each pulled stream. Shared by the Dexie tables (renderer/sync) and the memory store.
 */
import { eventDocument, type EventContent, type SyncEvent, type SyncEventType } from '../protocol/events';
import type { StreamName } from '../protocol/messages';
import type { PullCompletion } from './stream-store';

/**
 * An event the server has stored, kept after it leaves the outbox. `ackSerial` numbers the
 * answers the terminal applied (all events of one answer share it); with the serials recorded by
 * pulls it tells which events a pulled figure already includes (see ack-coverage.ts).
 */
export interface AckRecord {
  id: string;
  seq: number;
  type: SyncEventType;
  /** The id of the document the event carries (the sale's id for sale.completed). */
  documentId: string;
  /** The terminal's clock when the answer arrived. */
  acknowledgedAt: string;
  ackSerial: number;
  status: 'stored' | 'duplicate';
  /** Stored by the server but counted nowhere until someone there looks at it. */
  quarantined: boolean;
  reasons: string[];
}

/**
 * How the terminal's database keeps acknowledgements: one row per applied answer, which is far
 * cheaper to write than one per event (IndexedDB pays per record). Events acknowledged after a
 * given serial are a key range away.
 */
export interface AckBatch {
  ackSerial: number;
  acknowledgedAt: string;
  events: Omit<AckRecord, 'ackSerial' | 'acknowledgedAt'>[];
  /** The events' document ids again, as a flat list a multi-entry index can hold: which answer acknowledged a sale. */
  documentIds: string[];
}

export function ackBatch(ackSerial: number, acknowledgedAt: string, events: AckBatch['events']): AckBatch {
  return { ackSerial, acknowledgedAt, events, documentIds: events.map((e) => e.documentId) };
}

export function ackRecordsOf(batch: AckBatch): AckRecord[] {
  return batch.events.map((e) => ({ ...e, ackSerial: batch.ackSerial, acknowledgedAt: batch.acknowledgedAt }));
}

/** An event the server refused, or that cannot be sent: kept whole with the reason, never retried by itself. */
export interface DeadLetter {
  id: string;
  seq: number;
  event: SyncEvent;
  reason: string;
  deadAt: string;
  /**
   * When a later answer's high water passed its seq, which was free when it died: the province
   * gave the seq up (`dead-letter skip`). Nothing is left to do; the letter stays for the record.
   */
  resolvedAt?: string;
}

export interface StreamState {
  stream: StreamName;
  /** The cursor of the items applied to the live table; null before the first complete download. */
  cursor: string | null;
  /** A full download in progress into the staging table (`pages` pages so far), resumable from its cursor. */
  staging: { cursor: string | null; pages: number } | null;
  /** When the last pull that reached the end of the stream started and ended (terminal clock). */
  lastPullStartedAt: string | null;
  lastPulledAt: string | null;
  /** The ack serial when that pull started: events acknowledged up to it are in what it brought. */
  ackSerialAtLastPull: number;
}

export function emptyStreamState(stream: StreamName): StreamState {
  return { stream, cursor: null, staging: null, lastPullStartedAt: null, lastPulledAt: null, ackSerialAtLastPull: 0 };
}

/** The state once a pull has reached the end of its stream. */
export function withCompletion(state: StreamState, completion: PullCompletion | null): StreamState {
  if (!completion) return state;
  return {
    ...state,
    lastPullStartedAt: completion.startedAt,
    lastPulledAt: completion.endedAt,
    ackSerialAtLastPull: completion.ackSerialAtStart,
  };
}

export function eventDocumentId(event: EventContent): string {
  return eventDocument(event).id;
}
