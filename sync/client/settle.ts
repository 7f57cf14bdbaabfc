/**
 * Reading the server's answer to a push, event by event: stored and duplicate events are
 * acknowledged, rejected ones become dead letters with the server's reason, and any event the
 * answer does not mention stays in the outbox for the next push. Dead letters from earlier answers
 * whose seq the province's high water has now passed are resolved (see resolvedLetters).
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
  /** The server's high water in this answer; null when the settlement is the terminal's own (an event set aside). */
  highWaterSeq: number | null;
  /** When the answer arrived (terminal clock). */
  at: string;
}

export function settleBatch(events: readonly SyncEvent[], response: PushResponse, now: Date): Settlement {
  const byId = new Map(response.results.map((r) => [r.id, r]));
  const at = now.toISOString();
  const settlement: Settlement = {
    acknowledged: [],
    deadLetters: [],
    unanswered: [],
    highWaterSeq: response.highWaterSeq,
    at,
  };
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

/**
 * The dead letters, already kept before this settlement, that it resolves: the province's high
 * water now covers their seq, which was free there when they died, so the province gave the seq
 * up (`dead-letter skip`). Such a letter needs nothing more from the terminal, and the outbox
 * journal may let it go. A letter refused because its seq or id is taken (the conflicts of
 * sync/PROTOCOL.md) stays: the high water passes it whatever happens, and it needs a person.
 */
export function resolvedLetters(
  kept: readonly DeadLetter[],
  settlement: Pick<Settlement, 'highWaterSeq'>,
): DeadLetter[] {
  const { highWaterSeq } = settlement;
  return highWaterSeq === null
    ? []
    : kept.filter((l) => l.resolvedAt === undefined && l.seq <= highWaterSeq && !TAKEN.test(l.reason));
}

/** The server's reasons for refusing an event whose seq it holds under another event (or whose id it holds). */
const TAKEN = /conflict: (seq \d+ is already used|event \S+ was stored before with different content)/;
