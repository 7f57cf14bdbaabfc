/**
 * What the sync screens read from the database, as live queries: Dexie re-runs each when a table it
 * read is written (in any window of the terminal; the commit announces its plain-IndexedDB writes),
 * so the top bar and the manager's screen stay current without polling.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { DeadLetter, StreamState } from '#sync/client/records';
import type { SyncEvent } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';
import type { SyncErrorRow, SyncStateRow } from '../db/rows';
import { database } from '../stores/terminal-store';
import { pushState } from './dexie-sync-store';
import { openDeadLetters } from './unsynced';

/** The manager's screen lists this many events of each kind. */
const SHOWN = 100;
/** The manager's screen lists this many of the latest errors. */
const ERRORS_SHOWN = 20;

/** The register's figures at a glance. */
export interface SyncFigures {
  waiting: number;
  /** When the oldest sale still waiting happened (terminal clock). */
  oldestWaitingAt: string | null;
  deadLetters: number;
  lastSuccessAt: string | null;
  clockSkewMs: number | null;
}

const NO_FIGURES: SyncFigures = {
  waiting: 0,
  oldestWaitingAt: null,
  deadLetters: 0,
  lastSuccessAt: null,
  clockSkewMs: null,
};

export async function syncFigures(db: PosDatabase): Promise<SyncFigures> {
  const [waiting, oldestSale, deadLetters, push, clock] = await Promise.all([
    db.outbox.count(),
    db.outbox
      .orderBy('seq')
      .filter((e) => e.type === 'sale.completed')
      .first(),
    openDeadLetters(db).count(),
    pushState(db),
    db.syncState.get('clock') as Promise<Extract<SyncStateRow, { key: 'clock' }> | undefined>,
  ]);
  return {
    waiting,
    oldestWaitingAt: oldestSale?.occurredAt ?? null,
    deadLetters,
    lastSuccessAt: push.lastSuccessAt,
    clockSkewMs: clock?.skewMs ?? null,
  };
}

export interface WaitingEvents {
  /** The first SHOWN events waiting, and how many wait in all: read together, so they agree. */
  shown: SyncEvent[];
  count: number;
}

export async function waitingEvents(db: PosDatabase): Promise<WaitingEvents> {
  const [shown, count] = await Promise.all([db.outbox.orderBy('seq').limit(SHOWN).toArray(), db.outbox.count()]);
  return { shown, count };
}

export function deadLetters(db: PosDatabase): Promise<DeadLetter[]> {
  return openDeadLetters(db).toArray();
}

export { quarantinedEvents } from './quarantined';

export function latestErrors(db: PosDatabase): Promise<SyncErrorRow[]> {
  return db.syncErrors.orderBy('id').reverse().limit(ERRORS_SHOWN).toArray();
}

export function streamStates(db: PosDatabase): Promise<StreamState[]> {
  return db.syncStreams.toArray();
}

export function useSyncFigures(): SyncFigures {
  return useLiveQuery(() => syncFigures(database()), [], NO_FIGURES);
}

/** One of the manager screen's queries, live; undefined until its first answer. */
export function useSyncQuery<T>(query: (db: PosDatabase) => Promise<T>): T | undefined {
  return useLiveQuery(() => query(database()), [query]);
}
