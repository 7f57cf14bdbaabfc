/**
 * A terminal's IndexedDB as a busy till leaves it after `days` days (for the retention browser test
 * and the year benchmark): a shift a day, closed, with its sales, their stock movements and
 * printed receipts, the stock levels they make, each day's receipt counter and the push answers
 * that acknowledged every event — written table by table a day at a time, as the commits would have.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Sale } from '#domain/checkout/sale';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { DEFAULT_VARIANCE_THRESHOLD, type Shift } from '#domain/shift/shift';
import { receiptCounterName } from '#domain/checkout/receipt-number';
import { businessDate } from '#domain/wita';
import { buildSale } from '#domain/test-documents';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import type { AckBatch } from '#sync/client/records';
import type { PosDatabase } from '#renderer/db/database';
import type { StockLevel, StockMovement } from '#renderer/db/rows';
import { OUTBOX_SEQ } from '#renderer/outbox/counters';
import { receiptRequest } from '#renderer/print/print-queue';
import { applyMovement } from '#renderer/stock/stock-level';
import { testShift } from './shift-fixtures';

const DAY_MS = 86_400_000;

export interface BusyTill {
  identity: TerminalIdentity;
  /** The last day's end: days count back from it. */
  end: Date;
  days: number;
  salesPerDay: number;
  linesPerSale: number;
  productIds: readonly string[];
}

/** Fills the database; resolves with the sales written. */
export async function fillBusyTill(db: PosDatabase, till: BusyTill): Promise<number> {
  const levels = new Map<string, StockLevel | undefined>();
  let seq = (await db.counters.get(OUTBOX_SEQ))?.value ?? 0;
  let ackSerial = 0;
  for (let day = till.days; day >= 1; day--) {
    const opened = new Date(till.end.getTime() - day * DAY_MS);
    const date = businessDate(opened);
    const shift = testShift({ id: till.identity.terminalId, outletId: till.identity.outletId }, opened.toISOString(), {
      'note-50000': 4,
    });
    const sales: Sale[] = [];
    const movements: StockMovement[] = [];
    for (let i = 0; i < till.salesPerDay; i++) {
      const completedAt = new Date(opened.getTime() + ((i + 1) * 12 * 3_600_000) / (till.salesPerDay + 1));
      const sale = buildSale({
        id: uuidv7(),
        receiptNo: `${till.identity.outletCode}-${till.identity.terminalCode}-${date.replaceAll('-', '')}-${String(i + 1).padStart(4, '0')}`,
        shiftId: shift.id,
        completedAt: completedAt.toISOString(),
        outletId: till.identity.outletId,
        terminalId: till.identity.terminalId,
        lines: Array.from({ length: till.linesPerSale }, (_, l) => ({
          price: 5000 + 500 * l,
          quantity: 1 + (l % 3),
          productId: till.productIds[(i * till.linesPerSale + l) % till.productIds.length]!,
          name: `Produk UMKM ${l}`,
        })),
      });
      sales.push(sale);
      for (const line of sale.lines) {
        const movement: StockMovement = {
          id: uuidv7(),
          productId: line.productId,
          saleId: sale.id,
          reason: 'sale',
          quantity: -line.quantity,
          unit: 'unit',
          occurredAt: sale.completedAt,
        };
        levels.set(line.productId, applyMovement(levels.get(line.productId), movement));
        movements.push(movement);
      }
    }
    const closed: Shift = {
      ...shift,
      closing: {
        closedAt: new Date(opened.getTime() + 13 * 3_600_000).toISOString(),
        closedBy: shift.cashier,
        counted: { 'note-50000': 4 },
        varianceThreshold: DEFAULT_VARIANCE_THRESHOLD,
        varianceReason: null,
        approvedBy: null,
      },
    };
    const jobs: PrintJob[] = sales.map((sale) => ({
      id: uuidv7(),
      request: receiptRequest(sale, till.identity, false),
      state: 'printed',
      createdAt: sale.completedAt,
      attempts: 1,
      lastError: null,
      printedAt: sale.completedAt,
    }));
    const events = [
      { id: shift.id, type: 'shift.opened' as const },
      ...sales.map((s) => ({ id: s.id, type: 'sale.completed' as const })),
      { id: shift.id, type: 'shift.closed' as const },
    ];
    const answers: AckBatch[] = [];
    for (let from = 0; from < events.length; from += 200) {
      const part = events.slice(from, from + 200).map((e) => ({
        id: uuidv7(),
        seq: ++seq,
        type: e.type,
        documentId: e.id,
        status: 'stored' as const,
        quarantined: false,
        reasons: [],
      }));
      ackSerial += 1;
      answers.push({
        ackSerial,
        acknowledgedAt: closed.closing!.closedAt,
        events: part,
        documentIds: part.map((e) => e.documentId),
      });
    }
    await db.transaction(
      'rw',
      [db.shifts, db.sales, db.stockMovements, db.printQueue, db.outboxAcks, db.counters],
      async () => {
        await db.shifts.add(closed);
        await db.sales.bulkAdd(sales);
        await db.stockMovements.bulkAdd(movements);
        await db.printQueue.bulkAdd(jobs);
        await db.outboxAcks.bulkAdd(answers);
        await db.counters.bulkPut([
          { name: receiptCounterName(date), value: sales.length },
          { name: OUTBOX_SEQ, value: seq },
        ]);
      },
    );
  }
  await db.stockLevels.bulkPut([...levels.values()].filter((l) => l !== undefined));
  return till.days * till.salesPerDay;
}
