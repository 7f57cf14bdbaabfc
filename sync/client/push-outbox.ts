/**
 * The outbox drainer: pushes waiting events in seq order, batch after batch, and settles each
 * event from the server's answer until the outbox is empty or the server cannot be reached. The
 * store removes an event only once the server has said it holds it (stored or duplicate) or has
 * refused it (rejected: a dead letter with the reason). A batch the server cannot read at all
 * (400) is narrowed down to the event at fault, which becomes a dead letter; the rest go on. So is
 * a batch the server fails on (500): halved down to one event, which is tried a few times and
 * becomes a dead letter only once the server has taken the event after it, so a server that fails
 * on everything (its database down) costs retries, never dead letters.
 *
 * Up to PIPELINE_DEPTH batches are in flight at once, so a slow link stays busy through the round
 * trip: each names the last seq of the batch before it (`after`), and the server applies them in
 * seq order whatever order they arrive in. Answers are read and settled one after another in the
 * order the batches went, the settles running while later batches are on their way: those of the
 * answers that came within SETTLE_INTERVAL_MS go in one commit (settle-queue.ts). Any answer but
 * a clean one forgets what is in flight behind it (those events go again, answered as duplicates
 * if the server took them) and the next batch is planned afresh, after every settle is committed,
 * so an event is never sent while its answer is being recorded. Narrowing down sends one batch at a time.
 * Callers make sure only one drainer runs at a time (see scheduler.ts and the Web Lock in renderer/sync).
 */
import type { SyncEvent } from '../protocol/events';
import { pushResponseSchema } from '../protocol/messages';
import { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, planBatch, type Batch } from './batch';
import { describeFailure, failureOf, type SyncFailure } from './failure';
import type { OutboxStore } from './outbox-store';
import { deadLetter, settleBatch } from './settle';
import { settleQueue } from './settle-queue';
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
/** Batches in flight at once: enough to keep a slow link busy through a round trip and the server's work. */
export const PIPELINE_DEPTH = 4;
/**
 * Bytes in flight at once, past the first batch: the last batch's answer must come within the web
 * bridge's 10 s for a call even on a 1 Mbit/s link, so large batches go two at a time.
 */
export const PIPELINE_BYTES = 2 * MAX_BATCH_BYTES;
/**
 * Answers are committed at most this often while the drain goes on (the last one at once): each
 * commit wakes the screens' live queries over the outbox, and a drain of 10,000 sales spent most
 * of the terminal's time in those when every answer had its own.
 */
export const SETTLE_INTERVAL_MS = 1_000;

interface InFlight {
  batch: Batch;
  answer: Promise<ServerAnswer>;
}

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
  const settles = settleQueue(async (settlements) => {
    await store.settle(settlements);
    for (const settlement of settlements) {
      report.acknowledged += settlement.acknowledged.length;
      report.quarantined += settlement.acknowledged.filter((a) => a.quarantined).length;
      report.deadLettered += settlement.deadLetters.length;
    }
  }, SETTLE_INTERVAL_MS);
  /** The report once every settlement queued is committed. */
  const finished = async (failure: SyncFailure | null): Promise<PushReport> => {
    await settles.flush();
    return { ...report, failure };
  };
  const bury = (event: SyncEvent, reason: string) => {
    const now = deps.now();
    settles.add({
      acknowledged: [],
      deadLetters: [deadLetter(event, reason, now)],
      unanswered: [],
      highWaterSeq: null,
      at: now.toISOString(),
    });
  };
  let limit = MAX_BATCH_EVENTS;
  /** `after`: the last seq of the batch in flight this one follows; none for a batch planned afresh. */
  const plan = async (afterSeq?: number, after?: number): Promise<Batch | null> => {
    const waiting = await store.waiting(limit, afterSeq);
    return waiting.length === 0 ? null : planBatch(waiting, { after });
  };
  const serverFaults = new Map<string, number>();
  /** The event the server failed on alone; the next event, sent alone, tells whether it is the event or the server. */
  let suspect = null as { event: SyncEvent; answer: ServerAnswer } | null;
  /** Sent and not answered yet, oldest first: each follows the one before it. */
  let flight: InFlight[] = [];
  /** The batch after the last one sent, read and compressed while the link is busy. */
  let upcoming: Promise<Batch | null> | null = null;
  /** No batch follows the last one sent: the outbox had nothing after it. */
  let ended = false;
  /** Forgets what is in flight: its answers are not read, its events stay waiting and go again (the server answers a duplicate). */
  const restart = () => {
    flight = [];
    upcoming = null;
    ended = false;
  };
  for (;;) {
    // Batches go out while fewer than the pipeline's depth are in flight; narrowing down sends one at a time.
    while (!ended && flight.length < (limit === MAX_BATCH_EVENTS ? PIPELINE_DEPTH : 1)) {
      const last = flight.at(-1)?.batch.events.at(-1)?.seq;
      if (last === undefined) {
        // A batch planned afresh reads the outbox, so what the answers settled must be out of it.
        await settles.flush();
        upcoming = plan(suspect?.event.seq);
      }
      const batch: Batch | null = await (upcoming ?? plan(last, last));
      upcoming = null;
      if (!batch) {
        ended = true;
        break;
      }
      if (flight.length > 0 && flight.reduce((n, f) => n + f.batch.body.length, batch.body.length) > PIPELINE_BYTES) {
        // Kept for when the head's answer has made room.
        upcoming = Promise.resolve(batch);
        break;
      }
      flight.push({ batch, answer: deps.transport.push(batch.body) });
      // While the server works on what is in flight, the next batch is read and compressed.
      const lastSeq = batch.events.at(-1)!.seq;
      upcoming = plan(lastSeq, lastSeq);
      upcoming.catch(() => undefined);
    }
    const head = flight.shift();
    if (!head) return finished(suspect ? failureOf(suspect.answer) : null);
    const { batch } = head;
    const answer = await head.answer;
    // A failed commit ends the drain, as a failed settle always did.
    if (settles.failed()) await settles.flush();
    report.requests++;
    if (answer.kind === 'answer' && answer.date)
      report.clock = { serverDate: answer.date, receivedAt: deps.now().toISOString() };
    if (answer.kind === 'answer' && answer.status === 200) {
      const response = pushResponseSchema.safeParse(answer.body);
      if (!response.success) return finished({ kind: 'bad-answer', message: response.error.message.slice(0, 300) });
      const settlement = settleBatch(batch.events, response.data, deps.now());
      if (settlement.unanswered.length === batch.events.length)
        return finished({ kind: 'bad-answer', message: 'no result for any event sent' });
      report.highWaterSeq = response.data.highWaterSeq;
      // Queued in the order the answers came: acknowledgement serials follow the seqs.
      settles.add(settlement);
      if (suspect)
        bury(
          suspect.event,
          `Server gagal memproses event ini ${SERVER_FAULT_TRIES} kali sementara event berikutnya diterima (${describeFailure(failureOf(suspect.answer))})`,
        );
      suspect = null;
      // The batches behind hold on only if this one left nothing behind and had its full size.
      if (settlement.unanswered.length > 0 || limit < MAX_BATCH_EVENTS) restart();
      // After narrowing, back to full size step by step: the event at fault is likely just ahead.
      limit = Math.min(MAX_BATCH_EVENTS, limit * 2);
      continue;
    }
    restart();
    const error = answer.kind === 'answer' ? errorOf(answer.body) : null;
    // The batch it follows did not reach the server in time: sent again afresh, it waits for nothing.
    if (answer.kind === 'answer' && answer.status === 409 && error?.code === 'out-of-order') continue;
    if (
      answer.kind === 'answer' &&
      answer.status === 400 &&
      (error?.code === 'invalid-body' || error?.code === 'malformed-body')
    ) {
      // The content is at fault, not the link: find the event, set it aside, send the others.
      const culprit = culpritIndex(error.issues ?? [], batch.events.length);
      if (culprit !== null) bury(batch.events[culprit]!, `Ditolak server sebagai tidak sah: ${error.message}`);
      else if (batch.events.length > 1) limit = Math.ceil(batch.events.length / 2);
      else bury(batch.events[0]!, `Ditolak server sebagai tidak sah: ${error.message}`);
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
      else bury(batch.events[0]!, 'Event terlalu besar untuk diterima server.');
      continue;
    }
    return finished(failureOf(answer));
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
