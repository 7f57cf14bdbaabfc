/**
 * Takes a terminal's pushed batch exactly once, in one transaction. Per event: `duplicate` when the
 * same id arrived before with the same content; `rejected` (and kept in rejected_events) when the
 * id arrived with other content, the seq is taken, or the event speaks for another terminal or
 * outlet; otherwise `stored`, and quarantined with reasons when it breaks a business rule.
 *
 * Concurrency: the batch starts by locking the terminal's row, so pushes of one terminal (a retry
 * racing the original) run one after the other and the second sees the first's events. Two
 * terminals claiming the same event id collide on the primary key; the batch is then run again
 * and the retry sees the committed row. The rows many terminals share (ASN month totals, stock
 * levels and batches) are written once per batch, at its end, in key order, so two batches never wait on each other in a
 * circle; a deadlock or serialization failure all the same (a database under a failover, say)
 * runs the batch again after a short random pause.
 */
import { createHash } from 'node:crypto';
import type { SyncEvent } from '#sync/protocol/events';
import type { PushResponse } from '#sync/protocol/messages';
import { isRetryable, type Database } from '../db/database';
import { payloadColumn } from '../db/event-payload';
import { insertRows, type Insertable } from '../db/insert-rows';
import { writeTransaction, type WriteTx } from '../streams/change-log';
import { addAsnSpending, type AsnSpending } from './asn-monthly-totals';
import { clockProblems } from './checks/clock';
import type { IngestContext } from './handler';
import { handlerFor } from './handlers';
import { lockSeqState, saveSeqState } from './high-water';
import { withSeqs } from './seq-gaps';
import { settleStock } from './stock-ledger';

const ATTEMPTS = 6;

type Result = PushResponse['results'][number];

export async function ingestEvents(
  db: Database,
  terminal: IngestContext['terminal'],
  events: readonly SyncEvent[],
  receivedAt = new Date(),
): Promise<PushResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeTransaction(db, (tx) => ingestBatch(tx, terminal, receivedAt, events));
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

interface Known {
  id: string;
  terminal_id: string;
  seq: number;
  content_hash: string;
  quarantine_reasons: string[] | null;
}

interface Candidate {
  event: SyncEvent;
  hash: string;
  index: number;
}

async function ingestBatch(
  tx: WriteTx,
  terminal: IngestContext['terminal'],
  receivedAt: Date,
  events: readonly SyncEvent[],
): Promise<PushResponse> {
  const seqs = (await lockSeqState(tx, terminal.id))!;
  const { rows: enrolment } = await tx.query<{ enrolled_at: Date }>('SELECT enrolled_at FROM terminals WHERE id = $1', [
    terminal.id,
  ]);
  const context: IngestContext = { terminal, receivedAt, enrolledAt: enrolment[0]!.enrolled_at };
  const { rows: known } = await tx.query<Known>(
    `SELECT e.id, e.terminal_id, e.seq, e.content_hash, e.quarantine_reasons FROM unnest($1::uuid[]) AS k (id) JOIN events e USING (id)
     UNION
     SELECT e.id, e.terminal_id, e.seq, e.content_hash, e.quarantine_reasons FROM unnest($3::bigint[]) AS k (seq) JOIN events e ON e.terminal_id = $2 AND e.seq = k.seq`,
    [events.map((e) => e.id), terminal.id, events.map((e) => e.seq)],
  );
  const byId = new Map(known.map((k) => [k.id, k]));
  const seqOwner = new Map(known.filter((k) => k.terminal_id === terminal.id).map((k) => [k.seq, k.id]));

  const results: Result[] = [];
  const candidates: Candidate[] = [];
  const rejected: Insertable<'rejected_events'>[] = [];
  for (const event of events) {
    const hash = createHash('sha256').update(JSON.stringify(event)).digest('hex');
    const reject = (reason: string) => {
      results.push({ id: event.id, status: 'rejected', reason });
      rejected.push({
        terminal_id: terminal.id,
        event_id: event.id,
        seq: event.seq,
        reason,
        body: event,
        received_at: receivedAt,
      });
    };
    const earlier = byId.get(event.id);
    if (earlier) {
      if (earlier.terminal_id !== terminal.id) reject(`conflict: event id ${event.id} belongs to another terminal`);
      else if (earlier.content_hash === hash)
        results.push({ id: event.id, status: 'duplicate', ...quarantine(earlier.quarantine_reasons ?? []) });
      else reject(`conflict: event ${event.id} was stored before with different content`);
      continue;
    }
    const seqHolder = seqOwner.get(event.seq);
    if (seqHolder) {
      reject(`conflict: seq ${event.seq} is already used by event ${seqHolder}`);
      continue;
    }
    const owner = handlerFor(event.type).owner(event);
    if (owner.terminalId !== terminal.id || owner.outletId !== terminal.outletId) {
      reject(
        `scope: terminal ${terminal.id} of outlet ${terminal.outletId} may not write for terminal ${owner.terminalId} of outlet ${owner.outletId}`,
      );
      continue;
    }
    byId.set(event.id, {
      id: event.id,
      terminal_id: terminal.id,
      seq: event.seq,
      content_hash: hash,
      quarantine_reasons: null,
    });
    seqOwner.set(event.seq, event.id);
    candidates.push({ event, hash, index: results.length });
    results.push({ id: event.id, status: 'stored', quarantined: false });
  }

  // Runs of consecutive events of one type, in seq order: batched, yet a later event (a refund)
  // sees the rows of an earlier one (its sale) of the same batch.
  const spending: AsnSpending[] = [];
  for (let start = 0; start < candidates.length;) {
    let end = start + 1;
    while (end < candidates.length && candidates[end]!.event.type === candidates[start]!.event.type) end++;
    spending.push(...(await storeRun(tx, context, candidates.slice(start, end), results)));
    start = end;
  }
  await settleStock(tx);
  await addAsnSpending(tx, spending, context.terminal.id);
  await insertRows(tx, { rejected_events: rejected });
  const highWaterSeq = await saveSeqState(
    tx,
    terminal.id,
    seqs,
    withSeqs(
      seqs,
      candidates.map((c) => c.event.seq),
    ),
    { at: receivedAt, lastSeq: Math.max(...events.map((e) => e.seq)) },
  );
  return { results, highWaterSeq };
}

/**
 * Stores a run of one type; returns what its sound events add to ASN months, for the batch's end.
 * An event dated where its terminal's clock cannot have been is quarantined for that alone: its
 * business rules would be judged at a time that never was.
 */
async function storeRun(
  tx: WriteTx,
  context: IngestContext,
  run: readonly Candidate[],
  results: Result[],
): Promise<AsnSpending[]> {
  const handler = handlerFor(run[0]!.event.type);
  const clock = run.map(({ event }) =>
    clockProblems({ occurredAt: event.occurredAt, ...handler.datedAt(event) }, context.enrolledAt, context.receivedAt),
  );
  const timely = run.filter((_, i) => clock[i]!.length === 0).map((c) => c.event);
  const judged = timely.length > 0 ? await handler.problems(tx, timely, context) : [];
  let next = 0;
  const problems = clock.map((reasons) => (reasons.length > 0 ? reasons : judged[next++]!));
  const sound = run.filter((_, i) => problems[i]!.length === 0).map((c) => c.event);
  await insertRows(tx, {
    events: run.map(({ event, hash }, i) => eventRow(event, context, hash, problems[i]!)),
    ...(sound.length > 0 ? handler.derivedRows(sound, context) : {}),
  });
  run.forEach((c, i) => {
    if (problems[i]!.length > 0) results[c.index] = { id: c.event.id, status: 'stored', ...quarantine(problems[i]!) };
  });
  if (sound.length === 0) return [];
  const released = (await handler.afterStored?.(tx, sound, context)) ?? [];
  return [...(handler.asnSpending?.(sound) ?? []), ...released];
}

/** The terminal is told why an event counts nowhere, so its manager can see it. */
function quarantine(reasons: readonly string[]): { quarantined: boolean; reasons?: string[] } {
  return reasons.length > 0 ? { quarantined: true, reasons: [...reasons] } : { quarantined: false };
}

/** The row an event is stored as; quarantined when it has reasons. */
export function eventRow(
  event: SyncEvent,
  { terminal, receivedAt }: Pick<IngestContext, 'terminal' | 'receivedAt'>,
  contentHash: string,
  reasons: readonly string[],
): Insertable<'events'> {
  return {
    id: event.id,
    terminal_id: terminal.id,
    seq: event.seq,
    type: event.type,
    occurred_at: event.occurredAt,
    received_at: receivedAt,
    shift_id: handlerFor(event.type).shiftId(event),
    payload: null,
    payload_z: payloadColumn(event.payload),
    content_hash: contentHash,
    quarantine_reasons: reasons.length > 0 ? reasons : null,
  };
}
