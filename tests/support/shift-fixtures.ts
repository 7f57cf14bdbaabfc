/**
 * Shift documents for server tests: a shift opened with a float, closed with a count and its Z
 * report computed by the domain's shiftReport (as the terminal prints it), cash movements, refunds
 * and audit entries, all for one terminal.
 */
import { v7 as uuidv7 } from 'uuid';
import type { AuditEntry, AuditEvent } from '#domain/staff/audit';
import type { CashCount } from '#domain/shift/cash-count';
import { toCashMovementId, type CashMovement } from '#domain/shift/cash-movement';
import { rupiah } from '#domain/money';
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { DEFAULT_VARIANCE_THRESHOLD, openShift, toShiftId, type Shift } from '#domain/shift/shift';
import { shiftReport, type ShiftReport } from '#domain/shift/shift-report';
import type { StaffRef } from '#domain/staff/staff';

export interface TerminalRef {
  id: string;
  outletId: string;
}

export const MARIA: StaffRef = { id: 'kasir-maria', name: 'Maria' };
export const YOHANES: StaffRef = { id: 'manager-yohanes', name: 'Yohanes' };

export function testShift(terminal: TerminalRef, openedAt: string, openingFloat: CashCount, training = false): Shift {
  return openShift({
    id: toShiftId(uuidv7()),
    outletId: toOutletId(terminal.outletId),
    terminalId: toTerminalId(terminal.id),
    cashier: MARIA,
    training,
    openedAt,
    openingFloat,
  });
}

export interface Closing {
  counted: CashCount;
  closedAt: string;
  reason?: string;
  approvedBy?: StaffRef;
}

/** The closed shift and its Z report over the documents given. */
export function closedShift(
  shift: Shift,
  docs: { sales: Sale[]; refunds: Refund[]; movements: CashMovement[] },
  closing: Closing,
): { shift: Shift; report: ShiftReport } {
  const closed: Shift = {
    ...shift,
    closing: {
      closedAt: closing.closedAt,
      closedBy: shift.cashier,
      counted: closing.counted,
      varianceThreshold: DEFAULT_VARIANCE_THRESHOLD,
      varianceReason: closing.reason ?? null,
      approvedBy: closing.approvedBy ?? null,
    },
  };
  return { shift: closed, report: shiftReport({ shift: closed, ...docs }) };
}

export function testMovement(shift: Shift, kind: CashMovement['kind'], amount: number, at: string): CashMovement {
  return {
    id: toCashMovementId(uuidv7()),
    outletId: shift.outletId,
    terminalId: shift.terminalId,
    shiftId: shift.id,
    kind,
    amount: rupiah(amount),
    reason: 'Bayar ongkos kirim UMKM',
    at,
    cashier: shift.cashier,
    training: shift.training,
  };
}

export function testAudit(
  terminal: TerminalRef,
  at: string,
  event: AuditEvent,
  approvedBy: StaffRef | null = null,
): AuditEntry {
  return {
    id: uuidv7(),
    outletId: terminal.outletId,
    terminalId: terminal.id,
    at,
    training: false,
    staff: MARIA,
    approvedBy,
    event,
  };
}
