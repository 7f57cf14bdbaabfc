/**
 * The z-report benchmark's code inside the terminal's page (bundled by z-report.bench.ts): seeds a
 * shift's documents into the terminal's own IndexedDB, then times the real path — the shift's
 * documents read from IndexedDB (renderer/shifts/shift-documents), the Z report computed
 * (domain/shift/shift-report) and laid out for the printer (hardware/receipt) — and, as the baseline,
 * the pure computation over the same documents already in memory.
 */
import type { CashMovement } from '#domain/shift/cash-movement';
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import type { Shift, ShiftId } from '#domain/shift/shift';
import { shiftReport } from '#domain/shift/shift-report';
import { layoutShiftReport } from '#hardware/receipt/shift-report-layout';
import { PosDatabase } from '#renderer/db/database';
import { shiftDocuments, type ShiftDocuments } from '#renderer/shifts/shift-documents';

const OUTLET = { name: 'NTT Mart Manggarai Barat', address: 'Labuan Bajo', phone: null };

export interface Seed {
  shift: Shift;
  sales: Sale[];
  refunds: Refund[];
  movements: CashMovement[];
}

const db = new PosDatabase();
let inMemory: ShiftDocuments | null = null;

async function seed(docs: Seed): Promise<void> {
  await db.transaction('rw', [db.shifts, db.sales, db.refunds, db.cashMovements], async () => {
    await db.shifts.put(docs.shift);
    await db.sales.bulkAdd(docs.sales);
    await db.refunds.bulkAdd(docs.refunds);
    await db.cashMovements.bulkAdd(docs.movements);
  });
  inMemory = await shiftDocuments(db, docs.shift.id);
}

function layout(shift: Shift, documents: ShiftDocuments): number {
  const report = shiftReport({ shift, ...documents });
  const commands = layoutShiftReport(report, OUTLET, {
    columns: 48,
    training: false,
    printedAt: shift.closing!.closedAt,
    varianceReason: null,
    approvedBy: null,
    terminalCode: 'T01',
    counted: null,
    reprint: false,
  });
  return commands.length;
}

/** Milliseconds of the real path: read from IndexedDB, compute, lay out. */
async function real(shiftId: ShiftId): Promise<number> {
  const start = performance.now();
  const shift = (await db.shifts.get(shiftId))!;
  layout(shift, await shiftDocuments(db, shiftId));
  return performance.now() - start;
}

/** Milliseconds of the pure computation over the documents already in memory. */
async function baseline(shiftId: ShiftId): Promise<number> {
  const shift = (await db.shifts.get(shiftId))!;
  const start = performance.now();
  shiftReport({ shift, ...inMemory! });
  return performance.now() - start;
}

(window as unknown as { __zReport: unknown }).__zReport = { seed, real, baseline };
