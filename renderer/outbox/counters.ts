/**
 * The receipt and outbox counters, remembered between sales so the commit transaction need not
 * wait for a read before it writes (one round trip to IndexedDB instead of two). The database
 * stays the judge: the commit reads the counters in the same transaction, ahead of its writes,
 * and aborts when they moved (another tab sold, or another kind of event took an outbox seq); the
 * memory is then dropped and the sale tried again with the counters read afresh. The receiptNo
 * and seq being unique keys in the database is a second line of defence.
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
