/**
 * Recording a shift's life on the terminal, offline: opening it with a counted float, cash in and
 * out, closing it with the drawer counted, and the manager's day close. Each is one commit
 * (outbox/commit) of the document, its outbox event, its print job (slip, Z report, day report) and
 * any audit entry, so a crash leaves all of it or none.
 */
import { v7 as uuidv7 } from 'uuid';
import type { SensitiveAction } from '#domain/staff/approval';
import { cashCountProblems, type CashCount } from '#domain/shift/cash-count';
import {
  cashMovementProblems,
  payOutNeedsApproval,
  toCashMovementId,
  type CashMovement,
  type CashMovementKind,
} from '#domain/shift/cash-movement';
import type { Rupiah } from '#domain/money';
import {
  closingProblems,
  openShift,
  toShiftId,
  varianceNeedsApproval,
  type Shift,
  type ShiftClosing,
} from '#domain/shift/shift';
import { dayClose, shiftReport, toDayClosingId, type DayClosing, type ShiftReport } from '#domain/shift/shift-report';
import type { StaffRef } from '#domain/staff/staff';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { outletDayClose, type OutletDay } from '#domain/shift/outlet-tills';
import { businessDate, type BusinessDate } from '#domain/wita';
import { cashMovementSchema, dayClosingSchema, shiftClosedSchema, shiftSchema } from '#sync/protocol/shift';
import { auditEntry, auditWrites } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { problem, type Result } from '#domain/result';
import { commitPlanned } from '../outbox/commit';
import type { PrintRequest } from '#bridge/print-request';
import { newPrintJob, outletInfo } from '../print/print-queue';
import { payOutApprovalThreshold, varianceThreshold } from '../sync/province-settings';
import { loadShiftReport, openShiftOf, shiftDocuments } from './shift-documents';

export async function startShift(
  db: PosDatabase,
  identity: TerminalIdentity,
  cashier: StaffRef,
  openingFloat: CashCount,
  now: Date,
): Promise<Result<Shift>> {
  const problems = cashCountProblems(openingFloat);
  if (problems.length > 0) return problem('invalid-count', problems.join(' '));
  const open = await openShiftOf(db);
  if (open)
    return problem('shift-open', `Shift ${open.cashier.name} masih terbuka: tutup dulu sebelum membuka shift baru.`);
  const date = businessDate(now);
  if (await db.dayClosings.where('businessDate').equals(date).count())
    return problem('day-closed', `Hari ${date} sudah ditutup manajer: shift baru dibuka besok.`);
  const shift = shiftSchema.parse(
    openShift({
      id: toShiftId(uuidv7()),
      outletId: identity.outletId,
      terminalId: identity.terminalId,
      cashier,
      training: identity.training,
      openedAt: now.toISOString(),
      openingFloat,
    }),
  );
  await commitPlanned(db, ['shifts'], {
    writes: [{ op: 'add', store: 'shifts', value: shift }],
    events: [{ type: 'shift.opened', occurredAt: shift.openedAt, payload: shift }],
  });
  return { ok: true, value: shift };
}

/**
 * Before a kas masuk/keluar is recorded: what is wrong with it, and the manager's approval a kas
 * keluar above the province's threshold needs (asked only once nothing is wrong).
 */
export async function checkCashMovement(
  db: PosDatabase,
  shift: Shift,
  move: { kind: CashMovementKind; amount: Rupiah; reason: string },
): Promise<{ problems: string[]; approval: SensitiveAction | null }> {
  const problems = cashMovementProblems(move, (await loadShiftReport(db, shift)).expectedCash);
  if (move.kind !== 'pay-out') return { problems, approval: null };
  const threshold = await payOutApprovalThreshold(db, shift.training);
  const approval = payOutNeedsApproval(move.amount, threshold)
    ? { kind: 'pay-out' as const, amount: move.amount, threshold, reason: move.reason.trim() }
    : null;
  return { problems, approval };
}

/** Kas masuk/keluar: the movement, its slip and an audit entry for the drawer it opens. */
export async function moveCash(
  db: PosDatabase,
  identity: TerminalIdentity,
  shift: Shift,
  cashier: StaffRef,
  move: { kind: CashMovementKind; amount: Rupiah; reason: string },
  now: Date,
): Promise<Result<CashMovement>> {
  const { problems } = await checkCashMovement(db, shift, move);
  if (problems.length > 0) return problem('invalid-cash-movement', problems.join(' '));
  const movement = cashMovementSchema.parse({
    id: toCashMovementId(uuidv7()),
    outletId: identity.outletId,
    terminalId: identity.terminalId,
    shiftId: shift.id,
    ...move,
    reason: move.reason.trim(),
    at: now.toISOString(),
    cashier,
    training: identity.training,
  } satisfies CashMovement);
  const audit = auditWrites(
    auditEntry(identity, now, cashier, { kind: 'drawer-opened', cause: move.kind, movementId: movement.id }),
  );
  await commitPlanned(db, ['cashMovements', 'printQueue', 'audit'], {
    writes: [
      { op: 'add', store: 'cashMovements', value: movement },
      {
        op: 'add',
        store: 'printQueue',
        value: newPrintJob({ kind: 'cash-slip', movement, outlet: outletInfo(identity) }, movement.at),
      },
      ...audit.writes,
    ],
    events: [{ type: 'cash.moved', occurredAt: movement.at, payload: movement }, ...audit.events],
  });
  return { ok: true, value: movement };
}

export interface ShiftCount {
  counted: CashCount;
  closedBy: StaffRef;
  /** Required, with the approving manager, when the variance is over the threshold. */
  varianceReason: string | null;
  approvedBy: StaffRef | null;
}

/** What closing with this count would look like: the Z report before anything is written. */
export async function previewClose(
  db: PosDatabase,
  shift: Shift,
  count: ShiftCount,
  now: Date,
): Promise<Result<{ shift: Shift; report: ShiftReport }>> {
  const problems = cashCountProblems(count.counted);
  if (problems.length > 0) return problem('invalid-count', problems.join(' '));
  const closed: Shift = {
    ...shift,
    closing: {
      closedAt: now.toISOString(),
      closedBy: count.closedBy,
      counted: count.counted,
      varianceThreshold: await varianceThreshold(db, shift.training),
      varianceReason: count.varianceReason?.trim() || null,
      approvedBy: count.approvedBy,
    },
  };
  return {
    ok: true,
    value: { shift: closed, report: shiftReport({ shift: closed, ...(await shiftDocuments(db, shift.id)) }) },
  };
}

/** The approval a close needs when its variance is over the threshold the close was judged by. */
export function closeAction(closed: Shift, report: ShiftReport): SensitiveAction {
  return { kind: 'close-shift', variance: report.variance!, threshold: closed.closing!.varianceThreshold };
}

/** Closes the shift: the closed shift, its Z report print job, the 'shift.closed' event, and the variance approval's audit entry. */
export async function closeShift(
  db: PosDatabase,
  identity: TerminalIdentity,
  shift: Shift,
  count: ShiftCount,
  now: Date,
): Promise<Result<{ shift: Shift; report: ShiftReport }>> {
  const preview = await previewClose(db, shift, count, now);
  if (!preview.ok) return preview;
  const { shift: closed, report } = preview.value;
  const problems = closingProblems(closed.closing!, report.variance!);
  if (problems.length > 0) return problem('invalid-closing', problems.join(' '));
  const payload = shiftClosedSchema.parse({ shift: closed, report });
  const closing = closed.closing!;
  const approval = varianceNeedsApproval(report.variance!, closing.varianceThreshold)
    ? auditWrites(
        auditEntry(
          identity,
          now,
          count.closedBy,
          { kind: 'approved', action: closeAction(closed, report) },
          closing.approvedBy,
        ),
      )
    : { writes: [], events: [] };
  const request = zReportRequest(identity, closed, report, false);
  await commitPlanned(db, ['shifts', 'printQueue', 'audit'], {
    writes: [
      { op: 'put', store: 'shifts', value: closed },
      { op: 'add', store: 'printQueue', value: newPrintJob(request, closing.closedAt) },
      ...approval.writes,
    ],
    events: [{ type: 'shift.closed', occurredAt: closing.closedAt, payload }, ...approval.events],
  });
  return { ok: true, value: { shift: closed, report } };
}

/** A closed shift's Z report as printed at its close, or again on request (SALINAN). */
export function zReportRequest(
  identity: TerminalIdentity,
  closed: Shift,
  report: ShiftReport,
  reprint: boolean,
): PrintRequest {
  const closing = closed.closing!;
  return shiftReportRequest(identity, report, {
    training: closed.training,
    printedAt: closing.closedAt,
    closing,
    reprint,
  });
}

/** A shift report's print request: a Z report carries its close (count, variance reason, approval), an X report none. */
function shiftReportRequest(
  identity: TerminalIdentity,
  report: ShiftReport,
  {
    training,
    printedAt,
    closing,
    reprint,
  }: { training: boolean; printedAt: string; closing: ShiftClosing | null; reprint: boolean },
): PrintRequest {
  return {
    kind: 'shift-report',
    report,
    outlet: outletInfo(identity),
    training,
    printedAt,
    varianceReason: closing?.varianceReason ?? null,
    approvedBy: closing?.approvedBy ?? null,
    terminalCode: identity.terminalCode,
    counted: closing?.counted ?? null,
    reprint,
  };
}

/** The X report printed on request: nothing is recorded but its print job. */
export async function printXReport(
  db: PosDatabase,
  identity: TerminalIdentity,
  shift: Shift,
  now: Date,
): Promise<ShiftReport> {
  return queueShiftReport(db, shift, now, (report) =>
    shiftReportRequest(identity, report, {
      training: identity.training,
      printedAt: now.toISOString(),
      closing: null,
      reprint: false,
    }),
  );
}

/** A past Z report printed again, marked SALINAN, with the figures recomputed from the shift's documents as at its close. */
export async function reprintZReport(
  db: PosDatabase,
  identity: TerminalIdentity,
  shift: Shift,
  now: Date,
): Promise<ShiftReport> {
  return queueShiftReport(db, shift, now, (report) => zReportRequest(identity, shift, report, true));
}

/** Queues the print job of a shift's report, its figures computed from the shift's documents; nothing else is recorded. */
async function queueShiftReport(
  db: PosDatabase,
  shift: Shift,
  now: Date,
  request: (report: ShiftReport) => PrintRequest,
): Promise<ShiftReport> {
  const report = await loadShiftReport(db, shift);
  await db.printQueue.add(newPrintJob(request(report), now.toISOString()));
  return report;
}

/** The shifts of a WITA date on this terminal: what a day close adds up. */
export async function shiftsOfDay(db: PosDatabase, date: BusinessDate): Promise<Shift[]> {
  return db.shifts.where('businessDate').equals(date).sortBy('openedAt');
}

/**
 * Tutup hari by a manager, once every shift of the date is closed: this terminal's own and, when
 * enrolled, those of the outlet's other tills as the province reported them (`outlet`; null in mode
 * latihan, where this terminal is the outlet).
 */
export async function closeDay(
  db: PosDatabase,
  identity: TerminalIdentity,
  date: BusinessDate,
  manager: StaffRef,
  now: Date,
  outlet: OutletDay | null,
): Promise<Result<DayClosing>> {
  if (await db.dayClosings.where('businessDate').equals(date).count())
    return problem('day-closed', `Hari ${date} sudah ditutup.`);
  const reports = await Promise.all((await shiftsOfDay(db, date)).map((s) => loadShiftReport(db, s)));
  if (outlet === null && reports.length === 0) return problem('no-shifts', `Belum ada shift pada ${date}.`);
  const day =
    outlet === null ? dayClose(identity.outletId, date, reports) : outletDayClose(outlet, identity.terminalId, reports);
  if (!day.ok) return day;
  const closing = dayClosingSchema.parse({
    id: toDayClosingId(uuidv7()),
    outletId: identity.outletId,
    terminalId: identity.terminalId,
    businessDate: date,
    closedAt: now.toISOString(),
    closedBy: manager,
    training: identity.training,
    report: day.value,
  } satisfies DayClosing);
  await commitPlanned(db, ['dayClosings', 'printQueue'], {
    writes: [
      { op: 'add', store: 'dayClosings', value: closing },
      {
        op: 'add',
        store: 'printQueue',
        value: newPrintJob(
          { kind: 'day-report', closing, outlet: outletInfo(identity), terminalCode: identity.terminalCode },
          closing.closedAt,
        ),
      },
    ],
    events: [{ type: 'day.closed', occurredAt: closing.closedAt, payload: closing }],
  });
  return { ok: true, value: closing };
}
