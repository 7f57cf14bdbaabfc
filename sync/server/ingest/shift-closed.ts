/**
 * 'shift.closed': a row in shift_closings with the count and the terminal's Z report figures.
 * Quarantined instead: training shifts; a shift the server never saw open, of another terminal, or
 * closed before; a close that does not match the shift as opened or its own count; and a variance
 * over the threshold without a reason and a manager (domain/shift/shift.ts closingProblems); and a Z
 * report that differs from the one the province computes from the shift's documents
 * (checks/z-report.ts, which also re-checks a closed shift when a late document of it arrives).
 */
import { cashCountTotal } from '#domain/shift/cash-count';
import { closingProblems } from '#domain/shift/shift';
import type { ShiftClosed } from '#sync/protocol/shift';
import type { Queryable } from '../db/database';
import type { Insertable, TableRows } from '../db/insert-rows';
import { recheckClosedShifts as recheck, zReportProblems } from './checks/z-report';
import type { EventHandler } from './handler';
import { shiftProblem, shiftRecords } from './shift-records';
import { trainingReason } from './training';

export const shiftClosed: EventHandler<'shift.closed'> = {
  owner: (event) => ({ outletId: event.payload.shift.outletId, terminalId: event.payload.shift.terminalId }),
  datedAt: (event) => ({ openedAt: event.payload.shift.openedAt, closedAt: event.payload.shift.closing!.closedAt }),
  shiftId: (event) => event.payload.shift.id,

  async problems(tx, events, { terminal }) {
    const known = await shiftRecords(
      tx,
      events.map((e) => e.payload.shift.id),
    );
    const disagreements = await zReportProblems(
      tx,
      events.map((e) => e.payload),
    );
    const closedNow = new Set<string>();
    return events.map(({ payload: { shift, report } }, index) => {
      const closing = shift.closing!;
      const reasons: string[] = [];
      if (shift.training) reasons.push(trainingReason('shift'));
      const record = known.get(shift.id);
      const problem = closedNow.has(shift.id)
        ? `shift ${shift.id} is already closed`
        : shiftProblem(record, shift.id, terminal.id, true);
      if (problem !== null) reasons.push(problem);
      else if (record!.cashierId !== shift.cashier.id || record!.openingFloat !== cashCountTotal(shift.openingFloat)) {
        reasons.push(`shift ${shift.id} closes with another cashier or opening float than it opened with`);
      }
      if (report.kind !== 'Z' || report.shiftId !== shift.id)
        reasons.push(`the report is not the Z report of shift ${shift.id}`);
      if (report.counted !== cashCountTotal(closing.counted))
        reasons.push(
          `the report's counted cash ${report.counted} is not the count's ${cashCountTotal(closing.counted)}`,
        );
      if (report.variance === null) reasons.push('the Z report has no variance');
      else reasons.push(...closingProblems(closing, report.variance));
      if (problem === null) reasons.push(...disagreements[index]!);
      if (reasons.length === 0) closedNow.add(shift.id);
      return reasons;
    });
  },

  derivedRows: (events) => closingRows(events),
};

/** After late documents of these shifts were stored: their closes recomputed (checks/z-report.ts). */
export function recheckClosedShifts(tx: Queryable, shiftIds: readonly (string | null)[]): Promise<void> {
  return recheck(tx, shiftIds, (id, payload) => closingRows([{ id, payload }]));
}

function closingRows(events: readonly { id: string; payload: ShiftClosed }[]): TableRows {
  return {
    shift_closings: events.map(({ id, payload: { shift, report } }): Insertable<'shift_closings'> => {
      const c = shift.closing!;
      return {
        shift_id: shift.id,
        event_id: id,
        closed_at: c.closedAt,
        closed_by_id: c.closedBy.id,
        closed_by_name: c.closedBy.name,
        // A close is sound only when its Z report has the count and the variance (problems above).
        counted: report.counted!,
        reported_sale_count: report.saleCount,
        reported_net_sales: report.netSales,
        reported_expected_cash: report.expectedCash,
        reported_variance: report.variance!,
        variance_threshold: c.varianceThreshold,
        variance_reason: c.varianceReason,
        approved_by_id: c.approvedBy?.id ?? null,
        approved_by_name: c.approvedBy?.name ?? null,
      };
    }),
  };
}
