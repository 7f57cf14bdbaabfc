/**
 * Reading a shift and its documents from the terminal's database: the open shift, and the sales
 * (in receipt order), refunds and cash movements an X or Z report adds up.
 */
import Dexie from 'dexie';
import type { CashMovement } from '#domain/shift/cash-movement';
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import type { Shift, ShiftId } from '#domain/shift/shift';
import { shiftReport, type ShiftReport } from '#domain/shift/shift-report';
import type { PosDatabase } from '../db/database';

export interface ShiftDocuments {
  sales: Sale[];
  refunds: Refund[];
  movements: CashMovement[];
}

/** The terminal's shift still open (at most one: the drawer is the terminal's), or null. */
export async function openShiftOf(db: PosDatabase): Promise<Shift | null> {
  return (
    (await db.shifts
      .orderBy('openedAt')
      .reverse()
      .filter((s) => s.closing === null)
      .first()) ?? null
  );
}

/** The shifts closed on this terminal, the latest first: their Z reports can be printed again. */
export async function closedShifts(db: PosDatabase, limit: number): Promise<Shift[]> {
  return db.shifts
    .orderBy('openedAt')
    .reverse()
    .filter((s) => s.closing !== null)
    .limit(limit)
    .toArray();
}

export async function shiftDocuments(db: PosDatabase, shiftId: ShiftId): Promise<ShiftDocuments> {
  const [sales, refunds, movements] = await Promise.all([
    db.sales.where('[shiftId+receiptNo]').between([shiftId, Dexie.minKey], [shiftId, Dexie.maxKey]).toArray(),
    db.refunds.where('shiftId').equals(shiftId).toArray(),
    db.cashMovements.where('shiftId').equals(shiftId).toArray(),
  ]);
  return { sales, refunds: refunds.sort(byReceiptNo), movements: movements.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** The X report of an open shift, or the Z report of a closed one, from the database. */
export async function loadShiftReport(db: PosDatabase, shift: Shift): Promise<ShiftReport> {
  return shiftReport({ shift, ...(await shiftDocuments(db, shift.id)) });
}

function byReceiptNo(a: { receiptNo: string }, b: { receiptNo: string }): number {
  return a.receiptNo < b.receiptNo ? -1 : a.receiptNo > b.receiptNo ? 1 : 0;
}
