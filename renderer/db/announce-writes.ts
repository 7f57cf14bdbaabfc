/**
 * Tells Dexie's live queries, in this window and every other window of the terminal, that tables
 * were written outside Dexie (the commit writes on plain IndexedDB for speed). Dexie has no public
 * call that also drops its own window's query cache (`Dexie.on('storagemutated').fire` reaches the
 * live queries but they re-read stale cached rows), so this speaks Dexie's cross-window channel,
 * whose every listener — this window's Dexie included — drops what the writes touch and re-reads.
 * announce-writes.browser.test.ts holds Dexie to it.
 */
import { RangeSet } from 'dexie';
import type { PosDatabase } from './database';

/** Dexie 4's channel between windows (its STORAGE_MUTATED_DOM_EVENT_NAME). */
const DEXIE_CHANNEL = 'x-storagemutated-1';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(DEXIE_CHANNEL);

export function announceWrites(db: PosDatabase, tables: readonly string[]): void {
  const everything = () => new RangeSet(db.core.MIN_KEY, db.core.MAX_KEY);
  const parts: Record<string, RangeSet> = {};
  for (const name of tables) {
    const schema = db.core.schema.tables.find((t) => t.name === name);
    // Every key of the table, primary and index, may have changed, as Dexie marks a bulk write.
    for (const index of ['', ':dels', ...(schema?.indexes.map((i) => i.name ?? '') ?? [])])
      parts[`idb://${db.name}/${name}/${index}`] = everything();
  }
  channel?.postMessage(parts);
}
