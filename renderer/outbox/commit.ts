/**
 * The one way the terminal records a document: its rows and its outbox events (the sync protocol's
 * events, numbered by the per-terminal seq) in one read-write IndexedDB transaction with strict
 * durability, together with the counters they advance — the outbox seq, and the WITA date's receipt
 * sequence for documents that carry a receipt number (sales and refunds share it). Nothing else is
 * awaited inside the transaction. See counters.ts for how the counters are taken without a read
 * round trip; plain IndexedDB, as Dexie's wrapping would triple the time of this hot write.
 * Once the transaction is durable, its events and counters go to the host's journal (see
 * renderer/journal/journal-writer.ts for the order), and only then does the commit return.
 */
import { v7 as uuidv7 } from 'uuid';
import { receiptCounterName } from '#domain/checkout/receipt-number';
import type { BusinessDate } from '#domain/wita';
import type { SyncEvent } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';
import { eventDocument } from '#sync/protocol/events';
import type { CounterRow, SettingRow } from '../db/rows';
import { announceWrites } from '../db/announce-writes';
import { journalOf } from '../journal/journal-writer';
import { forgetCounters, lastCounters, OUTBOX_SEQ, rememberCounters } from './counters';

/** The names of the database's tables (IndexedDB object stores). */
export type StoreName = {
  [K in keyof PosDatabase]: PosDatabase[K] extends { schema: unknown; bulkPut: unknown } ? K : never;
}[keyof PosDatabase];

/** A row the commit writes: added (fails when the key exists), put (replaces), or deleted. */
export type RowWrite =
  { op: 'add' | 'put'; store: StoreName; value: unknown } | { op: 'delete'; store: StoreName; key: IDBValidKey };

/** An event to append: the commit gives it its id and seq. */
export type NewEvent = SyncEvent extends infer E ? (E extends SyncEvent ? Omit<E, 'id' | 'seq'> : never) : never;

export interface Commit<T> {
  /** Set to take the next receipt number of this WITA date. */
  receiptDate: BusinessDate | null;
  /** Every table written besides counters and outbox. */
  stores: readonly StoreName[];
  /** The rows, events and result, given the receipt sequence taken (null without a receiptDate). */
  plan(receiptSequence: number | null): { writes: readonly RowWrite[]; events: readonly NewEvent[]; result: T };
  /** A User Timing measure around the transaction, for benchmarks and the browser's profiler. */
  measure?: string;
}

/** What a commit recorded, for whoever acts on it afterwards (the sync scheduler sends its events). */
export interface Committed {
  events: readonly SyncEvent[];
}

const committedListeners = new Set<(committed: Committed) => void>();

/** Called after every durable commit; returns the unsubscribe. */
export function onCommitted(listener: (committed: Committed) => void): () => void {
  committedListeners.add(listener);
  return () => committedListeners.delete(listener);
}

export async function commitDocuments<T>(db: PosDatabase, commit: Commit<T>): Promise<T> {
  try {
    return await attempt(db, commit);
  } catch (error) {
    forgetCounters(db);
    if (!(error instanceof StaleCounters)) throw error;
    return attempt(db, commit);
  }
}

/** A document without a receipt number whose rows and events are known before the transaction starts. */
export function commitPlanned(
  db: PosDatabase,
  stores: readonly StoreName[],
  planned: { writes: readonly RowWrite[]; events: readonly NewEvent[] },
): Promise<void> {
  return commitDocuments(db, { receiptDate: null, stores, plan: () => ({ ...planned, result: undefined }) });
}

/** Another writer moved a counter since this terminal last read it: read again and retry. */
class StaleCounters extends Error {}

/**
 * The terminal was enrolled (in another window) since this document was made: it must not go out
 * under the old identity, and mode latihan's documents must never reach the new one's outbox.
 */
export class TerminalChanged extends Error {
  constructor() {
    super('Terminal ini baru saja didaftarkan ke provinsi: muat ulang layar, lalu ulangi.');
  }
}

async function attempt<T>(db: PosDatabase, commit: Commit<T>): Promise<T> {
  const date = commit.receiptDate;
  const last = await lastCounters(db, date);
  const receipt = date === null ? null : last.receipt + 1;
  const { writes, events, result } = commit.plan(receipt);
  const outboxSeq = last.outboxSeq + events.length;
  const stored = events.map((event, i) => ({ ...event, id: uuidv7(), seq: last.outboxSeq + 1 + i }) as SyncEvent);
  const counterRows: CounterRow[] = [];
  if (date !== null) counterRows.push({ name: receiptCounterName(date), value: receipt! });
  if (events.length > 0) counterRows.push({ name: OUTBOX_SEQ, value: outboxSeq });
  const tablesWritten = [...new Set<string>([...commit.stores, 'counters', 'outbox', 'settings'])];
  const idb = db.isOpen() ? db.backendDB() : (await db.open()).backendDB();
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(tablesWritten, 'readwrite', { durability: 'strict' });
    let failure: Error | null = null;
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('transaksi dibatalkan', 'AbortError'));
    const counters = tx.objectStore('counters');
    // Checked, not awaited: these reads run before the writes queued after them, and their answer
    // arrives while the transaction can still be aborted, so the writes go out without waiting.
    const value = (request: IDBRequest | null) => (request?.result as CounterRow | undefined)?.value ?? 0;
    const terminalNow = events.length === 0 ? null : tx.objectStore('settings').get('terminal');
    const receiptNow = date === null ? null : counters.get(receiptCounterName(date));
    const outboxNow = counters.get(OUTBOX_SEQ);
    outboxNow.onsuccess = () => {
      const terminal = (terminalNow?.result as SettingRow | undefined)?.value;
      if (terminal && terminal.terminalId !== eventDocument(events[0]!).terminalId) failure = new TerminalChanged();
      else if (value(receiptNow) !== last.receipt || value(outboxNow) !== last.outboxSeq) failure = new StaleCounters();
      if (failure) tx.abort();
    };
    for (const row of counterRows) counters.put(row);
    for (const write of writes) {
      const store = tx.objectStore(write.store);
      if (write.op === 'delete') store.delete(write.key);
      else if (write.op === 'add') store.add(write.value);
      else store.put(write.value);
    }
    const outbox = tx.objectStore('outbox');
    for (const event of stored) outbox.add(event);
  });
  if (commit.measure) performance.measure(commit.measure, { start, end: performance.now() });
  rememberCounters(db, date === null ? null : { date, value: receipt! }, outboxSeq);
  announceWrites(db, tablesWritten);
  const journal = journalOf(db);
  if (journal && stored.length > 0)
    await journal.append({ terminalId: eventDocument(stored[0]!).terminalId, events: stored, counters: counterRows });
  for (const listener of committedListeners) listener({ events: stored });
  return result;
}
