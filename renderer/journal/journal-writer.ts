/**
 * The renderer's side of the outbox journal (electron/journal): each commit's events go to the
 * host, which has them on disk outside the browser's storage before the commit returns, so before
 * the cashier is told the sale is saved. The commit writes IndexedDB first and the journal second:
 * the journal then never holds an event that did not commit (a failed or retried transaction
 * leaves nothing behind), and a sale the cashier saw saved is in both. Should the journal refuse
 * (a full disk), the sale stays committed in IndexedDB and is not retried by the cashier; new sales
 * stop until the journal has caught up with the outbox (catchUpJournal).
 */
import type { JournalCounter, JournalEntry } from '#bridge/journal-entry';
import type { PosBridge } from '#bridge/bridge-contract';
import { eventDocument } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';

export interface JournalWriter {
  /** Never throws: a refusal is reported through the writer's onProblem and caught up later. */
  append(entry: JournalEntry): Promise<void>;
}

const writers = new WeakMap<PosDatabase, JournalWriter>();

/** User Timing name around a commit's append, read by the checkout benchmark and the browser's profiler. */
export const JOURNAL_MEASURE = 'pos:journal-append';

/** From now on every commit of this database is journaled (outbox/commit.ts asks journalOf). */
export function attachJournal(db: PosDatabase, writer: JournalWriter): void {
  writers.set(db, writer);
}

export function journalOf(db: PosDatabase): JournalWriter | undefined {
  return writers.get(db);
}

/** Events per append when catching up (each crosses the bridge as one message). */
const CATCH_UP_EVENTS = 200;

/**
 * A writer over the bridge. `lastSeq` is the journal's highest seq when the terminal started;
 * `onProblem` hears the reason the journal is behind the outbox, or null once it is not.
 */
export function bridgeJournal(
  db: PosDatabase,
  bridge: PosBridge,
  lastSeq: number,
  onProblem: (message: string | null) => void,
): JournalWriter & { catchUp(): Promise<void> } {
  let journaled = lastSeq;
  let behind = true;
  const catchUp = async () => {
    const problem = await catchUpJournal(db, bridge, journaled);
    if (typeof problem === 'number') journaled = problem;
    behind = typeof problem === 'string';
    onProblem(behind ? (problem as string) : null);
  };
  return {
    catchUp,
    async append(entry) {
      if (behind) return catchUp();
      const start = performance.now();
      const result = await bridge.invoke('journal-append', entry);
      performance.measure(JOURNAL_MEASURE, { start, end: performance.now() });
      if (result.ok) {
        journaled = Math.max(journaled, result.value.lastSeq);
        return;
      }
      behind = true;
      onProblem(result.error.message);
    },
  };
}

/** Appends the outbox events above `afterSeq` with the counters; the new highest seq, or the reason it failed. */
export async function catchUpJournal(db: PosDatabase, bridge: PosBridge, afterSeq: number): Promise<number | string> {
  const identity = (await db.settings.get('terminal'))?.value;
  if (!identity) return afterSeq;
  const counters: JournalCounter[] = (await db.counters.toArray()).map(({ name, value }) => ({ name, value }));
  let last = afterSeq;
  for (;;) {
    const events = (await db.outbox.where(':id').above(last).limit(CATCH_UP_EVENTS).toArray()).filter(
      (e) => eventDocument(e).terminalId === identity.terminalId,
    );
    const result = await bridge.invoke('journal-append', { terminalId: identity.terminalId, events, counters });
    if (!result.ok) return result.error.message;
    if (events.length === 0) return last;
    last = events.at(-1)!.seq;
  }
}
