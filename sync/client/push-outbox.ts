/**
 * The outbox drainer: pushes waiting events in seq order, batch after batch, and settles each
 * event from the server's answer until the outbox is empty or the server cannot be reached. The
 * store removes an event only once the server has said it holds it (stored or duplicate) or has
 * refused it (rejected: a dead letter with the reason). A batch the server cannot read at all
 * (400) is narrowed down to the event at fault, which becomes a dead letter; the rest go on. So is
 * a batch the server fails on (500): halved down to one event, which is tried a few times and
 * becomes a dead letter only once the server has taken the event after it, so a server that fails
 * on everything (its database down) costs retries, never dead letters. An answer is settled while
 * the next batch is on its way (the server's work and the terminal's write overlap); answers are
 * settled one after another in the order they came, and a batch planned afresh (after a failure)
 * waits for the last settle, so an event is never sent while its answer is being recorded. Callers make sure only one drainer runs at a time (see scheduler.ts and the Web Lock in renderer/sync).
 */
import type { SyncEvent } from '../protocol/events';
import { pushResponseSchema } from '../protocol/messages';
import { MAX_BATCH_EVENTS, planBatch, type Batch } from './batch';
import { describeFailure, failureOf, type SyncFailure } from './failure';
import type { OutboxStore } from './outbox-store';
import { deadLetter, settleBatch, type Settlement } from './settle';
import { errorOf, type SyncTransport } from './transport';
import type { ServerAnswer } from '../protocol/server-answer';

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

/** Answers of one event alone that make it a suspect of failing the server. */
export const SERVER_FAULT_TRIES = 3;

/** A 5xx about the request rather than the link: 502, 503 and 504 say the server is away or busy. */
function isServerFault(answer: ServerAnswer): boolean {
  return answer.kind === 'answer' && answer.status >= 500 && ![502, 503, 504].includes(answer.status);
}

export async function pushOutbox(store: OutboxStore, deps: SyncDeps): Promise<PushReport> {
  const report: PushReport = {
    acknowledged: 0,
    quarantined: 0,
    deadLettered: 0,
    requests: 0,
    highWaterSeq: null,
    clock: null,
    failure: null,
  };
  const apply = async (settlement: Settlement) => {
    await store.settle(settlement);
    report.acknowledged += settlement.acknowledged.length;
    report.quarantined += settlement.acknowledged.filter((a) => a.quarantined).length;
    report.deadLettered += settlement.deadLetters.length;
  };
  const bury = (event: SyncEvent, reason: string) => {
    const now = deps.now();
    return apply({
      acknowledged: [],
      deadLetters: [deadLetter(event, reason, now)],
      unanswered: [],
      highWaterSeq: null,
      at: now.toISOString(),
    });
  };
  let limit = MAX_BATCH_EVENTS;
  const plan = async (afterSeq?: number): Promise<Batch | null> => {
    const waiting = await store.waiting(limit, afterSeq);
    return waiting.length === 0 ? null : planBatch(waiting);
  };
  const serverFaults = new Map<string, number>();
  /** The event the server failed on alone; the next event, sent alone, tells whether it is the event or the server. */
  let suspect = null as { event: SyncEvent; answer: ServerAnswer } | null;
  let upcoming: Promise<Batch | null> | null = null;
  /** The last answer's settlement: it runs while the next batch is on its way, and is awaited before the next answer is read. */
  let settled: Promise<void> = Promise.resolve();
  const settleBehind = (work: Promise<void>) => {
    settled = work;
    // Awaited later; a failure then ends the drain as a failed settle always did.
    work.catch(() => undefined);
  };
  for (;;) {
    // A batch planned afresh reads the outbox, so what the last answer settled must be out of it.
    if (!upcoming) await settled;
    const batch: Batch | null = await (upcoming ?? plan(suspect?.event.seq));
    upcoming = null;
    if (!batch) {
      await settled;
      return suspect ? { ...report, failure: failureOf(suspect.answer) } : report;
    }
    const sent = deps.transport.push(batch.body);
    // While the server works on this batch, the next one is read and compressed.
    const next = plan(batch.events.at(-1)!.seq);
    next.catch(() => undefined);
    const answer = await sent;
    // Answers are settled in the order they came: acknowledgement serials follow the seqs.
    await settled;
    report.requests++;
    if (answer.kind === 'answer' && answer.date)
      report.clock = { serverDate: answer.date, receivedAt: deps.now().toISOString() };
    if (answer.kind === 'answer' && answer.status === 200) {
      const response = pushResponseSchema.safeParse(answer.body);
      if (!response.success)
        return { ...report, failure: { kind: 'bad-answer', message: response.error.message.slice(0, 300) } };
      const settlement = settleBatch(batch.events, response.data, deps.now());
      if (settlement.unanswered.length === batch.events.length)
        return { ...report, failure: { kind: 'bad-answer', message: 'no result for any event sent' } };
      report.highWaterSeq = response.data.highWaterSeq;
      const buried = suspect;
      suspect = null;
      settleBehind(
        apply(settlement).then(async () => {
          if (buried)
            await bury(
              buried.event,
              `Server gagal memproses event ini ${SERVER_FAULT_TRIES} kali sementara event berikutnya diterima (${describeFailure(failureOf(buried.answer))})`,
            );
        }),
      );
      // The next batch holds on only if this one left nothing behind and had its full size.
      if (settlement.unanswered.length === 0 && limit === MAX_BATCH_EVENTS) upcoming = next;
      // After narrowing, back to full size step by step: the event at fault is likely just ahead.
      limit = Math.min(MAX_BATCH_EVENTS, limit * 2);
      continue;
    }
    const error = answer.kind === 'answer' ? errorOf(answer.body) : null;
    if (
      answer.kind === 'answer' &&
      answer.status === 400 &&
      (error?.code === 'invalid-body' || error?.code === 'malformed-body')
    ) {
      // The content is at fault, not the link: find the event, set it aside, send the others.
      const culprit = culpritIndex(error.issues ?? [], batch.events.length);
      if (culprit !== null) await bury(batch.events[culprit]!, `Ditolak server sebagai tidak sah: ${error.message}`);
      else if (batch.events.length > 1) limit = Math.ceil(batch.events.length / 2);
      else await bury(batch.events[0]!, `Ditolak server sebagai tidak sah: ${error.message}`);
      continue;
    }
    if (isServerFault(answer) && !suspect) {
      if (batch.events.length > 1) {
        limit = Math.ceil(batch.events.length / 2);
        continue;
      }
      const event: SyncEvent = batch.events[0]!;
      const faults = (serverFaults.get(event.id) ?? 0) + 1;
      serverFaults.set(event.id, faults);
      if (faults >= SERVER_FAULT_TRIES) suspect = { event, answer };
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
  const positions = issues
    .map((i) => /^events\.(\d+)(?:\.|$)/.exec(i.path))
    .filter((m) => m !== null)
    .map((m) => Number(m[1]));
  const first = Math.min(...positions);
  return Number.isInteger(first) && first < batchSize ? first : null;
}
