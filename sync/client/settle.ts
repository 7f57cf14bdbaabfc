/**
 * Reading the server's answer to a push, event by event: stored and duplicate events are
 * acknowledged, rejected ones become dead letters with the server's reason, and any event the
 * answer does not mention stays in the outbox for the next push.
 */
import type { SyncEvent } from '../protocol/events';
import type { PushResponse } from '../protocol/messages';
import { eventDocumentId, type AckRecord, type DeadLetter } from './records';

/** An acknowledgement before the store gives it its serial. */
export type Acknowledgement = Omit<AckRecord, 'ackSerial'>;

export interface Settlement {
  acknowledged: Acknowledgement[];
  deadLetters: DeadLetter[];
  /** Still waiting: the answer said nothing about them. */
  unanswered: SyncEvent[];
}

export function settleBatch(events: readonly SyncEvent[], response: PushResponse, now: Date): Settlement {
  const byId = new Map(response.results.map((r) => [r.id, r]));
  const at = now.toISOString();
  const settlement: Settlement = { acknowledged: [], deadLetters: [], unanswered: [] };
  for (const event of events) {
    const result = byId.get(event.id);
    if (!result) {
      settlement.unanswered.push(event);
    } else if (result.status === 'rejected') {
      settlement.deadLetters.push(deadLetter(event, `Ditolak server: ${result.reason}`, now));
    } else {
      settlement.acknowledged.push({
        id: event.id,
        seq: event.seq,
        type: event.type,
        documentId: eventDocumentId(event),
        acknowledgedAt: at,
        status: result.status,
        quarantined: result.quarantined,
        reasons: result.reasons ?? [],
      });
    }
  }
  return settlement;
}

export function deadLetter(event: SyncEvent, reason: string, now: Date): DeadLetter {
  return { id: event.id, seq: event.seq, event, reason, deadAt: now.toISOString() };
}
