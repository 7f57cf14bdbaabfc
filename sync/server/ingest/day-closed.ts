/**
 * 'day.closed': a row in day_closings. The manager's day close on one till covers every till of
 * the outlet, so its report holds the closed shifts of all of them. Quarantined instead: training
 * days, a day this outlet closed before (on any till), a report for another outlet or date or
 * without counted cash, and shifts in it that the server has not seen closed at this outlet for
 * that date.
 */
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { shiftRecords } from './shift-records';
import { trainingReason } from './training';
import { documentColumns } from './documents';

export const dayClosed: EventHandler<'day.closed'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ closedAt: event.payload.closedAt }),
  shiftId: () => null,

  async problems(tx, events, { terminal }) {
    const known = await shiftRecords(
      tx,
      events.flatMap((e) => e.payload.report.shifts.map((s) => s.shiftId)),
    );
    const { rows } = await tx.query<{ business_date: string }>(
      'SELECT business_date FROM day_closings WHERE outlet_id = $1 AND business_date = ANY($2::date[])',
      [terminal.outletId, events.map((e) => e.payload.businessDate)],
    );
    const closedDays = new Set(rows.map((r) => r.business_date));
    return events.map(({ payload: day }) => {
      const reasons: string[] = [];
      if (day.training) reasons.push(trainingReason('day close'));
      if (closedDays.has(day.businessDate)) reasons.push(`day ${day.businessDate} was already closed at this outlet`);
      if (day.report.outletId !== day.outletId || day.report.businessDate !== day.businessDate)
        reasons.push(`the report is for ${day.report.outletId} ${day.report.businessDate}`);
      if (day.report.counted === null || day.report.variance === null)
        reasons.push('the day report has no counted cash');
      for (const shift of day.report.shifts) {
        const record = known.get(shift.shiftId);
        if (record === undefined) reasons.push(`shift ${shift.shiftId} was never opened on the server`);
        else if (record.outletId !== terminal.outletId)
          reasons.push(`shift ${shift.shiftId} belongs to outlet ${record.outletId}`);
        else if (!record.closed) reasons.push(`shift ${shift.shiftId} is not closed`);
        else if (record.businessDate !== day.businessDate)
          reasons.push(`shift ${shift.shiftId} belongs to ${record.businessDate}`);
      }
      if (reasons.length === 0) closedDays.add(day.businessDate);
      return reasons;
    });
  },

  derivedRows: (events) => ({
    day_closings: events.map(({ id, payload: d }): Insertable<'day_closings'> => ({
      ...documentColumns(id, d),
      business_date: d.businessDate,
      closed_at: d.closedAt,
      closed_by_id: d.closedBy.id,
      closed_by_name: d.closedBy.name,
      shift_count: d.report.shifts.length,
      net_sales: d.report.netSales,
      refunds: d.report.refunds,
      expected_cash: d.report.expectedCash,
      // problems() quarantines a report without them (the terminal's dayClose always sums them).
      counted: d.report.counted!,
      variance: d.report.variance!,
    })),
  }),
};
