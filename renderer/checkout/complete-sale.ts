/**
 * Completing a sale: the sale document, its stock movements, its outbox event and its receipt
 * print job are written in one read-write transaction with strict durability, together with the
 * receipt and outbox counters they advance (see sale-counters for how the counters are taken
 * without a read round trip). Nothing else is awaited in the transaction; printing happens after commit from the
 * print queue.
 */
import { v7 as uuidv7 } from 'uuid';
import { cartTotal, toSaleLines, type Cart } from '../../domain/cart';
import { formatReceiptNo, receiptCounterName } from '../../domain/receipt-number';
import { changeOf, saleProblems, type Payment, type Sale } from '../../domain/sale';
import type { TerminalIdentity } from '../../domain/terminal';
import { businessDate } from '../../domain/wita';
import { saleSchema } from '../../sync/protocol/sale';
import type { PosDatabase } from '../db/database';
import type { CounterRow, OutboxRow, SettingRow, StockMovement } from '../db/rows';
import { newReceiptJob } from '../print/print-queue';
import { forgetCounters, lastCounters, OUTBOX_SEQ, rememberCounters } from './sale-counters';
/** The tables (IndexedDB object stores, same names as in db/database) a sale is written to. */
const SALE_STORES = ['sales', 'stockMovements', 'outbox', 'counters', 'printQueue', 'settings'] satisfies (keyof PosDatabase)[];
/** User Timing name around the commit transaction, read by the checkout benchmark and the browser's profiler. */
export const COMMIT_MEASURE = 'pos:sale-commit';

export interface CheckoutInput {
  cart: Cart;
  payments: readonly Payment[];
  identity: TerminalIdentity;
  cashier: Sale['cashier'];
  now: Date;
}

export type CompleteSaleResult = { ok: true; sale: Sale } | { ok: false; message: string };

export async function completeSale(db: PosDatabase, input: CheckoutInput): Promise<CompleteSaleResult> {
  const completedAt = input.now.toISOString();
  const date = businessDate(input.now);
  const lines = toSaleLines(input.cart);
  const total = cartTotal(input.cart);
  const draft: Sale = {
    id: uuidv7(),
    receiptNo: 'pending',
    outletId: input.identity.outletId,
    terminalId: input.identity.terminalId,
    shiftId: null,
    cashier: input.cashier,
    training: input.identity.training,
    completedAt,
    businessDate: date,
    lines,
    subtotal: total,
    discount: 0 as Sale['discount'],
    total,
    payments: [...input.payments],
    change: changeOf(input.payments),
    asn: null,
  };
  const problems = saleProblems(draft);
  if (problems.length > 0) return { ok: false, message: `Penjualan belum bisa disimpan: ${problems.join('; ')}.` };
  const movements: StockMovement[] = lines.map((l) => ({
    id: uuidv7(),
    productId: l.productId,
    saleId: draft.id,
    reason: 'sale',
    quantity: -(l.weightGrams ?? l.quantity),
    unit: l.weightGrams === null ? 'unit' : 'g',
    occurredAt: completedAt,
  }));

  // Shape check before the transaction, so nothing but IndexedDB work happens inside it.
  saleSchema.parse(draft);
  try {
    return { ok: true, sale: await commit(db, draft, movements, input.identity) };
  } catch (error) {
    forgetCounters(db);
    if (error instanceof TerminalChanged) return { ok: false, message: 'Terminal ini baru saja didaftarkan: penjualan belum disimpan. Muat ulang layar lalu ulangi.' };
    if (!(error instanceof StaleCounters)) throw error;
    return { ok: true, sale: await commit(db, draft, movements, input.identity) };
  }
}

/** Another writer moved a counter since this terminal last read it: read again and retry. */
class StaleCounters extends Error {}
/** The terminal was enrolled (in another window) since this sale began: it must not go out under the old identity. */
class TerminalChanged extends Error {}

/** The one transaction: plain IndexedDB, as Dexie's wrapping would triple this hot write's time. */
async function commit(db: PosDatabase, draft: Sale, movements: readonly StockMovement[], identity: TerminalIdentity): Promise<Sale> {
  const last = await lastCounters(db, draft.businessDate);
  const sequence = last.receipt + 1;
  const seq = last.outboxSeq + 1;
  const sale: Sale = { ...draft, receiptNo: formatReceiptNo({ outletCode: identity.outletCode, terminalCode: identity.terminalCode, businessDate: draft.businessDate, sequence }) };
  const event: OutboxRow = { id: uuidv7(), seq, occurredAt: draft.completedAt, type: 'sale.completed', payload: sale };
  const idb = db.isOpen() ? db.backendDB() : (await db.open()).backendDB();
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(SALE_STORES, 'readwrite', { durability: 'strict' });
    let failure: Error | null = null;
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('transaksi dibatalkan', 'AbortError'));
    const counters = tx.objectStore('counters');
    // Checked, not awaited: these reads run before the writes queued after them, and their answer
    // arrives while the transaction can still be aborted, so the writes go out without waiting.
    const terminalNow = tx.objectStore('settings').get('terminal');
    const receiptNow = counters.get(receiptCounterName(draft.businessDate));
    const outboxNow = counters.get(OUTBOX_SEQ);
    outboxNow.onsuccess = () => {
      const value = (request: IDBRequest) => (request.result as CounterRow | undefined)?.value ?? 0;
      const stored = (terminalNow.result as SettingRow | undefined)?.value;
      if (stored && stored.terminalId !== identity.terminalId) failure = new TerminalChanged();
      else if (value(receiptNow) !== last.receipt || value(outboxNow) !== last.outboxSeq) failure = new StaleCounters();
      if (failure) tx.abort();
    };
    counters.put({ name: receiptCounterName(draft.businessDate), value: sequence } satisfies CounterRow);
    counters.put({ name: OUTBOX_SEQ, value: seq } satisfies CounterRow);
    tx.objectStore('sales').add(sale);
    for (const movement of movements) tx.objectStore('stockMovements').add(movement);
    tx.objectStore('outbox').add(event);
    tx.objectStore('printQueue').add(newReceiptJob(sale, identity));
  });
  performance.measure(COMMIT_MEASURE, { start, end: performance.now() });
  rememberCounters(db, draft.businessDate, sequence, seq);
  return sale;
}
