/** What the server already holds of the shifts events speak of, for the checks of 'shift.closed', 'cash.moved' and 'day.closed'. */
import type { Queryable } from '../db/database';

export interface ShiftRecord {
  outletId: string;
  terminalId: string;
  cashierId: string;
  openingFloat: number;
  businessDate: string;
  closed: boolean;
}

export async function shiftRecords(tx: Queryable, shiftIds: readonly string[]): Promise<Map<string, ShiftRecord>> {
  const { rows } = await tx.query<{
    id: string;
    outlet_id: string;
    terminal_id: string;
    cashier_id: string;
    opening_float: number;
    business_date: string;
    closed: boolean;
  }>(
    `SELECT s.id, s.outlet_id, s.terminal_id, s.cashier_id, s.opening_float, s.business_date, c.shift_id IS NOT NULL AS closed
     FROM unnest($1::text[]) AS k (id) JOIN shifts s USING (id) LEFT JOIN shift_closings c ON c.shift_id = s.id`,
    [[...new Set(shiftIds)]],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        outletId: r.outlet_id,
        terminalId: r.terminal_id,
        cashierId: r.cashier_id,
        openingFloat: r.opening_float,
        businessDate: r.business_date,
        closed: r.closed,
      },
    ]),
  );
}

/** Why a shift an event points at cannot take it: unknown, another terminal's, or closed. */
export function shiftProblem(
  record: ShiftRecord | undefined,
  shiftId: string,
  terminalId: string,
  mustBeOpen: boolean,
): string | null {
  if (record === undefined) return `shift ${shiftId} was never opened on the server`;
  if (record.terminalId !== terminalId) return `shift ${shiftId} belongs to terminal ${record.terminalId}`;
  if (mustBeOpen && record.closed) return `shift ${shiftId} is already closed`;
  return null;
}
