/**
 * Pulling the server-owned streams. A stream the terminal has a cursor for is pulled page by
 * page, each page's items applied together with the new cursor. A stream it has no cursor for (the
 * first download after enrolment, or a cursor the server no longer knows: 410 cursor-expired) is
 * downloaded whole into the staging table, page by page and resumable from the staging cursor
 * after a restart, then switched in at once, so a cashier never sees half a catalog or roster.
 */
import { pullResponseSchema, STREAMS, type StreamName } from '../protocol/messages';
import { STREAM_ITEM_SCHEMAS } from '../protocol/streams';
import { failureOf, type SyncFailure } from './failure';
import type { ServerClockReading, SyncDeps } from './push-outbox';
import type { PulledPage, StreamStore } from './stream-store';
import { errorOf } from './transport';

/** The server's largest page: fewer round trips on a slow link. */
export const PULL_LIMIT = 5000;

export interface PullProgress {
  stream: StreamName;
  /** Items received so far in this pull of the stream. */
  received: number;
  /** The server's count of changes still to come. */
  remaining: number;
}

export interface PullReport {
  /** Streams with at least one item applied or switched in. */
  changed: StreamName[];
  clock: ServerClockReading | null;
  failure: SyncFailure | null;
}

export interface PullDeps extends SyncDeps {
  onProgress?: (progress: PullProgress) => void;
}

export async function pullStreams(
  store: StreamStore,
  deps: PullDeps,
  streams: readonly StreamName[] = STREAMS,
): Promise<PullReport> {
  const report: PullReport = { changed: [], clock: null, failure: null };
  for (const stream of streams) {
    const outcome = await pullStream(store, deps, stream);
    report.clock = outcome.clock ?? report.clock;
    if (outcome.changed) report.changed.push(stream);
    if (outcome.failure) return { ...report, failure: outcome.failure };
  }
  return report;
}

interface StreamOutcome {
  changed: boolean;
  clock: ServerClockReading | null;
  failure: SyncFailure | null;
}

async function pullStream<S extends StreamName>(store: StreamStore, deps: PullDeps, stream: S): Promise<StreamOutcome> {
  const outcome: StreamOutcome = { changed: false, clock: null, failure: null };
  const schema = pullResponseSchema(STREAM_ITEM_SCHEMAS[stream]);
  const state = await store.streamState(stream);
  const startedAt = deps.now().toISOString();
  const ackSerialAtStart = await store.ackSerial();
  let staged = state.cursor === null || state.staging !== null;
  if (staged && state.staging === null) await store.beginStaging(stream);
  let cursor = staged ? (state.staging?.cursor ?? null) : state.cursor;
  let restarted = false;
  let received = 0;
  for (;;) {
    const ackSerial = await store.ackSerial();
    const answer = await deps.transport.pull(stream, cursor, PULL_LIMIT);
    if (answer.kind === 'answer' && answer.date)
      outcome.clock = { serverDate: answer.date, receivedAt: deps.now().toISOString() };
    if (answer.kind === 'answer' && !restarted && isStaleCursor(answer.status, answer.body)) {
      // Another or a reset server database: download the stream again, whole.
      restarted = true;
      staged = true;
      cursor = null;
      await store.beginStaging(stream);
      continue;
    }
    if (answer.kind !== 'answer' || answer.status !== 200) return { ...outcome, failure: failureOf(answer) };
    const parsed = schema.safeParse(answer.body);
    if (!parsed.success)
      return {
        ...outcome,
        failure: { kind: 'bad-answer', message: `${stream}: ${parsed.error.message.slice(0, 300)}` },
      };
    const { items, hasMore, remaining } = parsed.data;
    const page = { items, cursor: parsed.data.cursor, ackSerial } as PulledPage<S>;
    const completion = hasMore ? null : { startedAt, endedAt: deps.now().toISOString(), ackSerialAtStart };
    if (staged) {
      await store.stagePage(stream, page);
      if (completion) await store.switchIn(stream, completion);
    } else {
      await store.applyPage(stream, page, completion);
    }
    received += items.length;
    outcome.changed ||= items.length > 0 || (staged && completion !== null);
    deps.onProgress?.({ stream, received, remaining });
    if (completion) return outcome;
    cursor = parsed.data.cursor;
  }
}

function isStaleCursor(status: number, body: unknown): boolean {
  return status === 410 || (status === 400 && errorOf(body)?.code === 'bad-cursor');
}
