/**
 * 'cash.moved': a pay in or pay out (kas masuk/keluar) in cash_movements. Quarantined instead:
 * training money, movements of a shift the server never saw open, of another terminal or already
 * closed, amounts that are not positive, a missing reason, and an id recorded before. Sound ones
 * add to their shift's running figures (./shift-totals.ts).
 */
import { cashMovementProblems } from '#domain/shift/cash-movement';
import { rupiah } from '#domain/money';
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { shiftProblem, shiftRecords } from './shift-records';
import { addShiftTotals } from './shift-totals';
import { trainingReason } from './training';
import { documentColumns, onceOnly, storedIds } from './documents';

/** The server cannot know what the drawer held: the terminal checked the pay out against it. */
export const UNKNOWN_DRAWER = rupiah(Number.MAX_SAFE_INTEGER);

export const cashMoved: EventHandler<'cash.moved'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ at: event.payload.at }),
  shiftId: (event) => event.payload.shiftId,

  async problems(tx, events, { terminal }) {
    const known = await shiftRecords(
      tx,
      events.map((e) => e.payload.shiftId),
    );
    const recorded = await storedIds(
      tx,
      'cash_movements',
      events.map((e) => e.payload.id),
    );
    return events.map(({ payload: m }) => {
      const reasons: string[] = [];
      if (m.training) reasons.push(trainingReason('cash movement'));
      const problem = shiftProblem(known.get(m.shiftId), m.shiftId, terminal.id, true);
      if (problem !== null) reasons.push(problem);
      reasons.push(...cashMovementProblems(m, UNKNOWN_DRAWER));
      return onceOnly(reasons, recorded, m.id, `cash movement ${m.id} was already recorded by another event`);
    });
  },

  derivedRows: (events) => ({
    cash_movements: events.map(({ id, payload: m }): Insertable<'cash_movements'> => ({
      ...documentColumns(id, m),
      shift_id: m.shiftId,
      kind: m.kind,
      amount: m.amount,
      reason: m.reason,
      at: m.at,
      cashier_id: m.cashier.id,
      cashier_name: m.cashier.name,
    })),
  }),

  afterStored: (tx, events) => addShiftTotals(tx, { movements: events.map((e) => e.payload) }),
};
