/**
 * The busy-year benchmark's code inside the terminal's page (bundled by busy-year.bench.ts): fills
 * the terminal's own IndexedDB with a year of a busy till (tests/support/busy-till.ts), times the Z
 * report of the shift open on the register (its documents read from IndexedDB, computed, laid out),
 * reads the database's size from the browser, and runs retention (renderer/storage/retention.ts).
 */
import { shiftReport } from '#domain/shift/shift-report';
import { layoutShiftReport } from '#hardware/receipt/shift-report-layout';
import { PosDatabase } from '#renderer/db/database';
import { openShiftOf, shiftDocuments } from '#renderer/shifts/shift-documents';
import { pruneSynced, whenIdle } from '#renderer/storage/retention';
import { fillBusyTill } from '#tests/support/busy-till';

const db = new PosDatabase();
const OUTLET = { name: 'NTT Mart Manggarai Barat', address: 'Labuan Bajo', phone: null };

/** `days` days (a year unless told) at the pace of `sales` sales a year, `lines` lines each, acknowledged; resolves with the milliseconds it took. */
async function fill(sales: number, lines: number, productIds: string[], days = 365): Promise<number> {
  const start = performance.now();
  const identity = (await db.settings.get('terminal'))!.value;
  await fillBusyTill(db, {
    identity: { ...identity, training: false },
    end: new Date(),
    days,
    salesPerDay: Math.ceil(sales / 365),
    linesPerSale: lines,
    productIds,
  });
  return performance.now() - start;
}

/** Milliseconds of the open shift's Z report: read, computed and laid out for the printer. */
async function zReport(): Promise<number> {
  const start = performance.now();
  const shift = (await openShiftOf(db))!;
  const report = shiftReport({ shift, ...(await shiftDocuments(db, shift.id)) });
  layoutShiftReport(report, OUTLET, {
    columns: 48,
    training: false,
    printedAt: new Date().toISOString(),
    varianceReason: null,
    approvedBy: null,
    terminalCode: 'T01',
    counted: null,
    reprint: false,
  });
  return performance.now() - start;
}

/** Bytes IndexedDB holds for the origin (the browser's estimate), and the sales stored. */
async function size(): Promise<{ bytes: number; sales: number; movements: number }> {
  const estimate = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return {
    bytes: estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0,
    sales: await db.sales.count(),
    movements: await db.stockMovements.count(),
  };
}

/** Retention at `days`; resolves with what it removed and the milliseconds it took. */
async function retention(days: number): Promise<{ ms: number; removed: Record<string, number>; freedBytes: number }> {
  const start = performance.now();
  const result = await pruneSynced(db, { now: new Date(), days, pause: whenIdle });
  return { ms: performance.now() - start, ...result };
}

(window as unknown as { __busyYear: unknown }).__busyYear = { fill, zReport, size, retention };
