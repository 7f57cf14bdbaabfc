/**
 * The receipt and outbox counters, remembered between commits so a commit transaction need not
 * wait for a read before it writes (one round trip to IndexedDB instead of two). The database
 * stays the judge: each commit reads the counters it takes in the same transaction, ahead of its
 * writes, and aborts when they moved (another tab committed); the memory is then dropped and the
 * commit tried again with the counters read afresh. The receiptNo and seq being unique keys in the
 * database is a second line of defence.
 */
import { receiptCounterName } from '#domain/checkout/receipt-number';
import type { BusinessDate } from '#domain/wita';
import type { PosDatabase } from '../db/database';

export const OUTBOX_SEQ = 'outbox-seq';

interface Remembered {
  outboxSeq: number;
  receipts: Map<BusinessDate, number>;
}

const memory = new WeakMap<PosDatabase, Remembered>();

/** The last numbers given: the next commit takes each plus one. `receipt` is 0 when no date is asked for. */
export async function lastCounters(
  db: PosDatabase,
  date: BusinessDate | null,
): Promise<{ receipt: number; outboxSeq: number }> {
  let remembered = memory.get(db);
  if (!remembered) {
    remembered = { outboxSeq: (await db.counters.get(OUTBOX_SEQ))?.value ?? 0, receipts: new Map() };
    memory.set(db, remembered);
  }
  if (date === null) return { receipt: 0, outboxSeq: remembered.outboxSeq };
  let receipt = remembered.receipts.get(date);
  if (receipt === undefined) {
    receipt = (await db.counters.get(receiptCounterName(date)))?.value ?? 0;
    remembered.receipts.set(date, receipt);
  }
  return { receipt, outboxSeq: remembered.outboxSeq };
}

export function rememberCounters(
  db: PosDatabase,
  receipt: { date: BusinessDate; value: number } | null,
  outboxSeq: number,
): void {
  const remembered = memory.get(db);
  if (!remembered) return;
  if (receipt) remembered.receipts.set(receipt.date, receipt.value);
  remembered.outboxSeq = outboxSeq;
}

export function forgetCounters(db: PosDatabase): void {
  memory.delete(db);
}
