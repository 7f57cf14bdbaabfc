/** 'shift.opened': a row in shifts. Quarantined instead: training shifts and a shift id recorded before. */
import { cashCountTotal } from '#domain/shift/cash-count';
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { shiftRecords } from './shift-records';
import { trainingReason } from './training';
import { documentColumns } from './documents';

export const shiftOpened: EventHandler<'shift.opened'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ openedAt: event.payload.openedAt }),
  shiftId: (event) => event.payload.id,

  async problems(tx, events) {
    const known = await shiftRecords(
      tx,
      events.map((e) => e.payload.id),
    );
    const seen = new Set<string>();
    return events.map(({ payload: shift }) => {
      const reasons: string[] = [];
      if (shift.training) reasons.push(trainingReason('shift'));
      if (known.has(shift.id) || seen.has(shift.id))
        reasons.push(`shift ${shift.id} was already opened by another event`);
      if (reasons.length === 0) seen.add(shift.id);
      return reasons;
    });
  },

  derivedRows: (events) => ({
    shifts: events.map(({ id, payload: s }): Insertable<'shifts'> => ({
      ...documentColumns(id, s),
      cashier_id: s.cashier.id,
      cashier_name: s.cashier.name,
      opened_at: s.openedAt,
      business_date: s.businessDate,
      opening_float: cashCountTotal(s.openingFloat),
    })),
  }),
};
