/**
 * The outbox drainer: pushes waiting events in seq order, batch after batch, and settles each
 * event from the server's answer until the outbox is empty or the server cannot be reached. The
 * store removes an event only once the server has said it holds it (stored or duplicate) or has
 * refused it (rejected: a dead letter with the reason). A batch the server cannot read at all
 * (400) is narrowed down to the event at fault, which becomes a dead letter; the rest go on.
 * Callers make sure only one drainer runs at a time (see scheduler.ts and the Web Lock in renderer/sync).
 */
import type { SyncEvent } from '../protocol/events';
import { pushResponseSchema } from '../protocol/messages';
import { MAX_BATCH_EVENTS, planBatch, type Batch } from './batch';
import { failureOf, type SyncFailure } from './failure';
import type { OutboxStore } from './outbox-store';
import { deadLetter, settleBatch, type Settlement } from './settle';
import { errorOf, type SyncTransport } from './transport';

export interface SyncDeps {
  transport: SyncTransport;
  now: () => Date;
}

/** The server's Date header and when its answer arrived by the terminal's clock. */
export interface ServerClockReading {
  serverDate: string;
  receivedAt: string;
}

export interface PushReport {
  acknowledged: number;
  quarantined: number;
  deadLettered: number;
  requests: number;
  /** The server's high-water seq from its last answer. */
  highWaterSeq: number | null;
  clock: ServerClockReading | null;
  failure: SyncFailure | null;
}

export async function pushOutbox(store: OutboxStore, deps: SyncDeps): Promise<PushReport> {
  const report: PushReport = { acknowledged: 0, quarantined: 0, deadLettered: 0, requests: 0, highWaterSeq: null, clock: null, failure: null };
  const apply = async (settlement: Settlement) => {
    await store.settle(settlement);
    report.acknowledged += settlement.acknowledged.length;
    report.quarantined += settlement.acknowledged.filter((a) => a.quarantined).length;
    report.deadLettered += settlement.deadLetters.length;
  };
  const bury = (event: SyncEvent, reason: string) => apply({ acknowledged: [], deadLetters: [deadLetter(event, reason, deps.now())], unanswered: [] });
  let limit = MAX_BATCH_EVENTS;
  const plan = async (afterSeq?: number): Promise<Batch | null> => {
    const waiting = await store.waiting(limit, afterSeq);
    return waiting.length === 0 ? null : planBatch(waiting);
  };
  let upcoming: Promise<Batch | null> | null = null;
  for (;;) {
    const batch = await (upcoming ?? plan());
    upcoming = null;
    if (!batch) return report;
    const sent = deps.transport.push(batch.body);
    // While the server works on this batch, the next one is read and compressed.
    const next = plan(batch.events.at(-1)!.seq);
    next.catch(() => undefined);
    const answer = await sent;
    report.requests++;
    if (answer.kind === 'answer' && answer.date) report.clock = { serverDate: answer.date, receivedAt: deps.now().toISOString() };
    if (answer.kind === 'answer' && answer.status === 200) {
      const response = pushResponseSchema.safeParse(answer.body);
      if (!response.success) return { ...report, failure: { kind: 'bad-answer', message: response.error.message.slice(0, 300) } };
      const settlement = settleBatch(batch.events, response.data, deps.now());
      if (settlement.unanswered.length === batch.events.length) return { ...report, failure: { kind: 'bad-answer', message: 'no result for any event sent' } };
      await apply(settlement);
      report.highWaterSeq = response.data.highWaterSeq;
      // The next batch holds on only if this one left nothing behind and had its full size.
      if (settlement.unanswered.length === 0 && limit === MAX_BATCH_EVENTS) upcoming = next;
      limit = MAX_BATCH_EVENTS;
      continue;
    }
    const error = answer.kind === 'answer' ? errorOf(answer.body) : null;
    if (answer.kind === 'answer' && answer.status === 400 && (error?.code === 'invalid-body' || error?.code === 'malformed-body')) {
      // The content is at fault, not the link: find the event, set it aside, send the others.
      const culprit = culpritIndex(error.issues ?? [], batch.events.length);
      if (culprit !== null) await bury(batch.events[culprit]!, `Ditolak server sebagai tidak sah: ${error.message}`);
      else if (batch.events.length > 1) limit = Math.ceil(batch.events.length / 2);
      else await bury(batch.events[0]!, `Ditolak server sebagai tidak sah: ${error.message}`);
      continue;
    }
    if (answer.kind === 'answer' && answer.status === 413) {
      if (batch.events.length > 1) limit = Math.ceil(batch.events.length / 2);
      else await bury(batch.events[0]!, 'Event terlalu besar untuk diterima server.');
      continue;
    }
    return { ...report, failure: failureOf(answer) };
  }
}

/** The batch position named first by the server's validation issues ("events.3.payload…"). */
export function culpritIndex(issues: readonly { path: string }[], batchSize: number): number | null {
  const positions = issues.map((i) => /^events\.(\d+)(?:\.|$)/.exec(i.path)).filter((m) => m !== null).map((m) => Number(m[1]));
  const first = Math.min(...positions);
  return Number.isInteger(first) && first < batchSize ? first : null;
}
