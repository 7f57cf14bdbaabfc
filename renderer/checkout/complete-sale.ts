/**
 * Completing a sale: the sale document, its stock movements, its outbox event and its receipt
 * print job are written in one read-write transaction (strict durability, see db/database), with
 * the receipt number and outbox seq taken from their counters inside it. Nothing else is awaited
 * in the transaction; printing happens after commit from the print queue.
 */
import { v7 as uuidv7 } from 'uuid';
import { cartTotal, toSaleLines, type Cart } from '../../domain/cart';
import { formatReceiptNo, receiptCounterName } from '../../domain/receipt-number';
import { changeOf, saleProblems, type Payment, type Sale } from '../../domain/sale';
import type { TerminalIdentity } from '../../domain/terminal';
import { businessDate } from '../../domain/wita';
import { saleCompletedEventSchema } from '../../sync/protocol/events';
import type { PosDatabase } from '../db/database';
import type { OutboxRow, StockMovement } from '../db/rows';
import { enqueueReceipt } from '../print/print-queue';

export const OUTBOX_SEQ = 'outbox-seq';
/** User Timing name around the commit, read by the checkout benchmark and the browser's profiler. */
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
  const start = performance.now();
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

  const sale = await db.transaction('rw', [db.sales, db.stockMovements, db.outbox, db.counters, db.printQueue], async () => {
    const sequence = await nextCounter(db, receiptCounterName(date));
    const seq = await nextCounter(db, OUTBOX_SEQ);
    const sale: Sale = { ...draft, receiptNo: formatReceiptNo({ outletCode: input.identity.outletCode, terminalCode: input.identity.terminalCode, businessDate: date, sequence }) };
    const event: OutboxRow = saleCompletedEventSchema.parse({ id: uuidv7(), seq, occurredAt: completedAt, type: 'sale.completed', payload: sale });
    await db.sales.add(sale);
    await db.stockMovements.bulkAdd(movements);
    await db.outbox.add(event);
    await enqueueReceipt(db, sale.id, completedAt);
    return sale;
  });
  performance.measure(COMMIT_MEASURE, { start, end: performance.now() });
  return { ok: true, sale };
}

async function nextCounter(db: PosDatabase, name: string): Promise<number> {
  const value = ((await db.counters.get(name))?.value ?? 0) + 1;
  await db.counters.put({ name, value });
  return value;
}
