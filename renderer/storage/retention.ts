/**
 * Retention: documents the province acknowledged and that are older than the window (config
 * retentionDays, 90 days to start with) leave IndexedDB, a small batch per transaction with the
 * register given its turn between batches, so a sale never waits more than one batch.
 *
 * What is never removed, and why what stays stays correct:
 * - anything whose event is still in the outbox or among the dead letters (unsynced, resolved or not);
 * - a shift and its cash movements until it is closed before the cutoff with all its documents
 *   acknowledged; a sale or refund only once its shift is gone, so a Z report printed again is
 *   whole (the shift goes first: its Z report is never offered from half its sales);
 * - stock levels (on hand and batches are kept per product by every commit, not summed from the
 *   ledger); only the sale and refund movements of the documents removed go, so the kartu stok
 *   loses its oldest rows and its running balance, counted back from the level, stays right;
 * - counters: receipt numbers come from the per-day counters, never from the sales kept, so a series
 *   goes on unbroken; the outbox seq likewise;
 * - this month's ASN sales (the window is at least MIN_RETENTION_DAYS);
 * - day closings, receivings, transfers, write-offs and stock-takes (few rows).
 * A refund or reprint of a receipt removed here asks the province (renderer/refunds/outlet-sale.ts).
 */
import { eventDocument, eventShiftId } from '#sync/protocol/events';
import { businessDate } from '#domain/wita';
import { retentionCutoff } from '#domain/terminal/storage-forecast';
import type { Table } from 'dexie';
import type { ShiftId } from '#domain/shift/shift';
import type { PosDatabase } from '../db/database';
import { firstUuidAt } from '../stock/stock-take';

/** Documents read and removed per transaction (with their movements and receipts): tens of milliseconds on a busy till's database. */
export const RETENTION_BATCH = 25;

export interface RetentionResult {
  /** Rows removed, by table. */
  removed: Record<string, number>;
  /** Their size as JSON: about what IndexedDB frees once it compacts. */
  freedBytes: number;
}

export interface RetentionOptions {
  now: Date;
  days: number;
  batch?: number;
  /** Awaited between batches: the register's turn. */
  pause?: () => Promise<void>;
}

/** Waits until the browser is idle (or a second at most), so retention runs between scans and sales. */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
}

/** The documents and shifts with an event the province has not acknowledged. */
async function unsyncedIds(db: PosDatabase): Promise<{ documents: Set<string>; shifts: Set<string> }> {
  const [events, letters] = await db.transaction('r', [db.outbox, db.deadLetters], () =>
    Promise.all([db.outbox.toArray(), db.deadLetters.toArray()]),
  );
  const documents = new Set<string>();
  const shifts = new Set<string>();
  for (const event of [...events, ...letters.map((l) => l.event)]) {
    documents.add(eventDocument(event).id);
    const shift = eventShiftId(event);
    if (shift !== null) shifts.add(shift);
  }
  return { documents, shifts };
}

const PRINTED = new Set(['printed', 'discarded']);

const jsonSize = (rows: readonly unknown[]) => rows.reduce<number>((sum, row) => sum + JSON.stringify(row).length, 0);

/** Removes what the window lets go, batch by batch; resolves with what went. */
export async function pruneSynced(db: PosDatabase, options: RetentionOptions): Promise<RetentionResult> {
  const batch = options.batch ?? RETENTION_BATCH;
  const pause = options.pause ?? whenIdle;
  const cutoff = retentionCutoff(options.now, options.days);
  const unsynced = await unsyncedIds(db);
  const result: RetentionResult = { removed: {}, freedBytes: 0 };
  const count = (table: string, rows: readonly unknown[]) => {
    if (rows.length === 0) return;
    result.removed[table] = (result.removed[table] ?? 0) + rows.length;
    result.freedBytes += jsonSize(rows);
  };

  /**
   * One table's pass: `read` a batch past the rows kept so far (those removed leave the range, so
   * the kept ones are always its first) and `choose` what may go, in a read-only transaction; then
   * delete the chosen keys in a short read-write one, the only time a sale's commit may wait for it.
   * What was chosen stays chosen: an acknowledged document never becomes unsynced, and only
   * retention removes shifts.
   */
  async function pass<T>(
    tables: Table[],
    read: (kept: number) => Promise<T[]>,
    choose: (rows: T[]) => Promise<{ gone: number; remove: () => Promise<unknown> }>,
  ): Promise<void> {
    let kept = 0;
    for (;;) {
      const { seen, plan } = await db.transaction('r', tables, async () => {
        const rows = await read(kept);
        return { seen: rows.length, plan: rows.length === 0 ? null : await choose(rows) };
      });
      if (plan && plan.gone > 0) await db.transaction('rw', tables, plan.remove);
      kept += seen - (plan?.gone ?? 0);
      if (seen < batch) return;
      await pause();
    }
  }

  // Shifts first, so no Z report is offered while its sales are going.
  await pass(
    [db.shifts, db.cashMovements],
    (kept) => db.shifts.where('openedAt').below(cutoff).offset(kept).limit(batch).toArray(),
    async (shifts) => {
      const going = shifts.filter(
        (s) => s.closing !== null && s.closing.closedAt < cutoff && !unsynced.shifts.has(s.id),
      );
      const ids = going.map((s) => s.id);
      const movements = await db.cashMovements.where('shiftId').anyOf(ids).toArray();
      count('shifts', going);
      count('cashMovements', movements);
      return {
        gone: going.length,
        remove: async () => {
          await db.cashMovements.bulkDelete(movements.map((m) => m.id));
          await db.shifts.bulkDelete(ids);
        },
      };
    },
  );

  await pass(
    [db.sales, db.shifts, db.stockMovements, db.printQueue],
    (kept) => db.sales.where('completedAt').below(cutoff).offset(kept).limit(batch).toArray(),
    async (sales) => {
      const gone = await shiftsGone(db, sales);
      const going = sales.filter((s, i) => !unsynced.documents.has(s.id) && gone[i]);
      const ids = going.map((s) => s.id);
      const movements = (await db.stockMovements.where('saleId').anyOf(ids).toArray()).filter(
        (m) => m.reason === 'sale',
      );
      const jobs = (await db.printQueue.where('request.sale.id').anyOf(ids).toArray()).filter((j) =>
        PRINTED.has(j.state),
      );
      count('sales', going);
      count('stockMovements', movements);
      count('printQueue', jobs);
      return {
        gone: going.length,
        remove: async () => {
          await db.stockMovements.bulkDelete(movements.map((m) => m.id));
          await db.printQueue.bulkDelete(jobs.map((j) => j.id));
          await db.sales.bulkDelete(ids);
        },
      };
    },
  );

  await pass(
    [db.refunds, db.shifts, db.stockMovements],
    (kept) => db.refunds.where('id').below(firstUuidAt(cutoff)).offset(kept).limit(batch).toArray(),
    async (refunds) => {
      const gone = await shiftsGone(db, refunds);
      const going = refunds.filter((r, i) => !unsynced.documents.has(r.id) && gone[i]);
      const ids = new Set(going.map((r) => r.id));
      const movements = (
        await db.stockMovements
          .where('saleId')
          .anyOf(going.map((r) => r.originalSaleId))
          .toArray()
      ).filter((m) => (m.reason === 'refund' || m.reason === 'refund-damaged') && ids.has(m.refundId));
      count('refunds', going);
      count('stockMovements', movements);
      return {
        gone: going.length,
        remove: async () => {
          await db.stockMovements.bulkDelete(movements.map((m) => m.id));
          await db.refunds.bulkDelete([...ids]);
        },
      };
    },
  );

  await pass(
    [db.audit],
    (kept) => db.audit.where('at').below(cutoff).offset(kept).limit(batch).toArray(),
    async (entries) => {
      const going = entries.filter((e) => !unsynced.documents.has(e.id));
      count('audit', going);
      return { gone: going.length, remove: () => db.audit.bulkDelete(going.map((e) => e.id)) };
    },
  );

  // Answers are numbered in the order they came: those before the cutoff are the first.
  await pass(
    [db.outboxAcks],
    (kept) =>
      db.outboxAcks
        .filter((a) => a.acknowledgedAt < cutoff)
        .offset(kept)
        .limit(batch)
        .toArray(),
    async (answers) => {
      count('outboxAcks', answers);
      return { gone: answers.length, remove: () => db.outboxAcks.bulkDelete(answers.map((a) => a.ackSerial)) };
    },
  );

  // Receipts printed long ago (reprints of sales kept find their job; the others print from the sale).
  await pass(
    [db.printQueue],
    (kept) => db.printQueue.where('id').below(firstUuidAt(cutoff)).offset(kept).limit(batch).toArray(),
    async (jobs) => {
      const going = jobs.filter((j) => PRINTED.has(j.state) && !('sale' in j.request));
      count('printQueue', going);
      return { gone: going.length, remove: () => db.printQueue.bulkDelete(going.map((j) => j.id)) };
    },
  );

  await recordRetention(db, options.now, result);
  return result;
}

/** For each document, whether its shift has left the terminal (or it had none). */
async function shiftsGone(db: PosDatabase, documents: ReadonlyArray<{ shiftId: ShiftId | null }>): Promise<boolean[]> {
  const ids = documents.flatMap((d) => (d.shiftId === null ? [] : [d.shiftId]));
  const kept = new Set((await db.shifts.bulkGet(ids)).flatMap((s) => (s ? [s.id] : [])));
  return documents.map((d) => d.shiftId === null || !kept.has(d.shiftId));
}

/** Adds a run's figures to its WITA day's row. */
async function recordRetention(db: PosDatabase, now: Date, result: RetentionResult): Promise<void> {
  const day = businessDate(now);
  await db.transaction('rw', db.retentionDays, async () => {
    const row = (await db.retentionDays.get(day)) ?? { day, lastRunAt: now.toISOString(), removed: {}, freedBytes: 0 };
    const removed = { ...row.removed };
    for (const [table, n] of Object.entries(result.removed)) removed[table] = (removed[table] ?? 0) + n;
    await db.retentionDays.put({
      day,
      lastRunAt: now.toISOString(),
      removed,
      freedBytes: row.freedBytes + result.freedBytes,
    });
  });
}

/** Retention waits this long after start, so the way to the lock screen and the first sale never share the disk with it. */
const FIRST_RUN_DELAY_MS = 2 * 60_000;
const RUN_INTERVAL_MS = 6 * 3_600_000;
let running: Promise<RetentionResult> | null = null;

/** One run at a time: a second call while one runs gets that run. */
export function runRetention(db: PosDatabase, days: number, now = new Date()): Promise<RetentionResult> {
  running ??= pruneSynced(db, { now, days }).finally(() => (running = null));
  return running;
}

/** Runs retention in the background, a while after start and then every few hours, with the window the host's config sets. */
export function scheduleRetention(db: PosDatabase, days: () => Promise<number>): void {
  const run = () =>
    void days()
      .then((d) => runRetention(db, d))
      .catch((error: unknown) => console.warn('retention failed', error));
  setTimeout(run, FIRST_RUN_DELAY_MS);
  setInterval(run, RUN_INTERVAL_MS);
}
