/**
 * The receipt and outbox counters, remembered between sales so the commit transaction only
 * writes (one round trip to IndexedDB instead of a read and then the writes). The database stays
 * the judge: a sale's receiptNo and its event's seq are unique keys there, so a stale memory
 * (another tab sold in between) makes the commit fail with a ConstraintError, the memory is
 * dropped, and the sale is tried again with the counters read afresh.
 */
import { receiptCounterName } from '../../domain/receipt-number';
import type { BusinessDate } from '../../domain/wita';
import type { PosDatabase } from '../db/database';

export const OUTBOX_SEQ = 'outbox-seq';

interface Remembered {
  outboxSeq: number;
  receipts: Map<BusinessDate, number>;
}

const memory = new WeakMap<PosDatabase, Remembered>();

/** The last numbers given: the next sale takes each plus one. */
export async function lastCounters(db: PosDatabase, date: BusinessDate): Promise<{ receipt: number; outboxSeq: number }> {
  let remembered = memory.get(db);
  if (!remembered) {
    remembered = { outboxSeq: (await db.counters.get(OUTBOX_SEQ))?.value ?? 0, receipts: new Map() };
    memory.set(db, remembered);
  }
  let receipt = remembered.receipts.get(date);
  if (receipt === undefined) {
    receipt = (await db.counters.get(receiptCounterName(date)))?.value ?? 0;
    remembered.receipts.set(date, receipt);
  }
  return { receipt, outboxSeq: remembered.outboxSeq };
}

export function rememberCounters(db: PosDatabase, date: BusinessDate, receipt: number, outboxSeq: number): void {
  const remembered = memory.get(db);
  remembered?.receipts.set(date, receipt);
  if (remembered) remembered.outboxSeq = outboxSeq;
}

export function forgetCounters(db: PosDatabase): void {
  memory.delete(db);
}
