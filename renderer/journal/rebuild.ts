/**
 * At start, before anything reads the database: a terminal whose IndexedDB is empty (Chromium
 * deleted it after a full disk) or cannot be opened, but whose host keeps a journal, gets back
 * its outbox (every event the province has not acknowledged), its event sequence and its receipt
 * counters from the journal, so it neither loses a sale nor reuses a seq or a receipt number; the
 * documents of those events and of the shifts still open come back into their tables, so the open
 * shift goes on (and closes with its full Z report) and unsent receipts can be reprinted; the stock
 * movements of the restored sales, refunds, receivings, transfers, write-offs and stock-takes are
 * booked again, with the stock levels they make (renderer/stock/restore-ledger.ts).
 * An enrolled terminal comes back enrolled (its outlet's data downloads again before it sells).
 */
import Dexie from 'dexie';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { BRIDGE_OFFLINE, type PosBridge, type SyncConnectionInfo } from '#bridge/bridge-contract';
import type { JournalSnapshot } from '#bridge/journal-entry';
import type { SyncEvent } from '#sync/protocol/events';
import type { StockCounted } from '#sync/protocol/stock';
import { missingCase } from '#domain/missing-case';
import type { PosDatabase } from '../db/database';
import { forgetCounters } from '../outbox/counters';
import { restoreLedger } from '../stock/restore-ledger';
import { switchToEnrolled } from '../sync/enrolment';

export interface Recovery {
  snapshot: JournalSnapshot;
  /** How many events came back from the journal into an empty database (0: the database was whole). */
  restored: number;
}

/** The host did not answer at all: the terminal must not start without its journal and PIN service. */
export class HostUnreachable extends Error {}

/** Null where the host keeps no journal (then the terminal starts as it always did); throws HostUnreachable when no host answers. */
export async function recoverFromJournal(db: PosDatabase, bridge: PosBridge): Promise<Recovery | null> {
  const read = await bridge.invoke('journal-read');
  if (!read.ok && read.error.code === BRIDGE_OFFLINE) throw new HostUnreachable(read.error.message);
  if (!read.ok) return null;
  const snapshot = read.value;
  const journaled = snapshot.terminalId !== null;
  await db.open().catch(async (error: unknown) => {
    if (!journaled || !isBrokenStore(error)) throw error;
    // The browser cannot read its own files; the journal holds what must not be lost.
    db.close();
    await Dexie.delete(db.name);
    await db.open();
  });
  if (!journaled || (await db.settings.get('terminal'))) return { snapshot, restored: 0 };
  const connection = await bridge.invoke('sync-connection');
  return { snapshot, restored: await restoreFromJournal(db, snapshot, connection.ok ? connection.value : null) };
}

/**
 * Into an empty database: the journal's events back into the outbox and its counters, in one
 * transaction, for the terminal the journal belongs to (the enrolled one, or mode latihan's).
 * Returns how many events came back.
 */
export async function restoreFromJournal(
  db: PosDatabase,
  snapshot: JournalSnapshot,
  connection: SyncConnectionInfo | null,
): Promise<number> {
  const enrolled = connection !== null && connection.terminalId === snapshot.terminalId;
  if (!enrolled && snapshot.terminalId !== DEMO_IDENTITY.terminalId) return 0;
  if (enrolled) await switchToEnrolled(db, connection);
  const documents = [...snapshot.shiftEvents, ...snapshot.events].sort((a, b) => a.seq - b.seq);
  await db.transaction(
    'rw',
    [
      db.outbox,
      db.counters,
      db.sales,
      db.refunds,
      db.shifts,
      db.cashMovements,
      db.audit,
      db.dayClosings,
      db.stockReceipts,
      db.stockCounts,
      db.stockTakes,
      db.writeOffs,
      db.transfersSent,
      db.transfersReceived,
      db.products,
      db.stockMovements,
      db.stockLevels,
    ],
    async () => {
      await db.outbox.bulkPut(snapshot.events);
      // In seq order: a shift's closing replaces its opening.
      for (const event of documents) await putDocument(db, event);
      await restoreLedger(db, documents);
      for (const counter of snapshot.counters) {
        if (((await db.counters.get(counter.name))?.value ?? 0) < counter.value) await db.counters.put(counter);
      }
    },
  );
  forgetCounters(db);
  return snapshot.events.length;
}

/** An event's document back into the table the commit wrote it to. */
async function putDocument(db: PosDatabase, event: SyncEvent): Promise<void> {
  switch (event.type) {
    case 'sale.completed':
      return void (await db.sales.put(event.payload));
    case 'sale.refunded':
      return void (await db.refunds.put(event.payload));
    case 'shift.opened':
      return void (await db.shifts.put(event.payload));
    case 'shift.closed':
      return void (await db.shifts.put(event.payload.shift));
    case 'cash.moved':
      return void (await db.cashMovements.put(event.payload));
    case 'audit.recorded':
      return void (await db.audit.put(event.payload));
    case 'day.closed':
      return void (await db.dayClosings.put(event.payload));
    case 'stock.received':
      return void (await db.stockReceipts.put(event.payload));
    case 'stock.counted':
      return restoreStockCount(db, event.payload);
    case 'stock.written-off':
      return void (await db.writeOffs.put(event.payload));
    case 'stock.transfer-sent':
      return void (await db.transfersSent.put(event.payload));
    case 'stock.transfer-received':
      return void (await db.transfersReceived.put(event.payload));
    default:
      return missingCase(event);
  }
}

/** An approved stock-take: its count as sent, and the take marked approved so it is not counted again. */
async function restoreStockCount(db: PosDatabase, count: StockCounted): Promise<void> {
  await db.stockCounts.put(count);
  await db.stockTakes.put({
    id: count.id,
    status: 'approved',
    scope: count.category === null ? { kind: 'outlet' } : { kind: 'category', category: count.category },
    startedAt: count.startedAt,
    by: count.approvedBy,
    approvedAt: count.approvedAt,
  });
}

/** IndexedDB's own failure to read its backing store, not a newer schema or a blocked upgrade. */
function isBrokenStore(error: unknown): boolean {
  const inner = error instanceof Dexie.DexieError ? (error.inner ?? error) : error;
  return (
    inner instanceof Error &&
    (inner.name === 'UnknownError' || inner.name === 'DataError') &&
    !/full disk/i.test(inner.message)
  );
}
