/**
 * GET /v1/outlet/day/{YYYY-MM-DD}, terminal token: the caller's outlet's tills on that WITA day
 * (sync/protocol/outlet-day.ts), so the manager's day close on any till covers them all. Only the
 * caller's outlet: a till learns nothing of other outlets. Tills revoked before the day and without
 * a shift on it are left out.
 */
import type { ShiftClosed } from '#sync/protocol/shift';
import { businessDateSchema } from '#sync/protocol/primitives';
import type { OutletDay } from '#domain/shift/outlet-tills';
import { outletDaySchema } from '#sync/protocol/outlet-day';
import { payloadColumns, readPayload, type StoredPayload } from '../db/event-payload';
import { authenticate, type Route } from '../http/context';
import { HttpError } from '../http/http-error';

export const outletDayRoute: Route = async (ctx) => {
  const terminal = await authenticate(ctx);
  const date = businessDateSchema.safeParse(ctx.params[0]);
  if (!date.success)
    throw new HttpError(400, 'invalid-query', `date "${ctx.params[0]}" must be YYYY-MM-DD, e.g. 2026-12-03`);
  const params = [terminal.outletId, date.data];
  const [terminals, shifts, closings] = await Promise.all([
    ctx.app.db.query<{ id: string; name: string; last_seen_at: Date | null; missing: boolean }>(
      `SELECT t.id, t.name, t.last_seen_at, t.max_seq > t.high_water_seq AS missing FROM terminals t
       WHERE t.outlet_id = $1 AND (t.revoked_at IS NULL OR t.revoked_at >= $2::date
         OR EXISTS (SELECT 1 FROM shifts s WHERE s.terminal_id = t.id AND s.business_date = $2::date))
       ORDER BY t.id`,
      params,
    ),
    ctx.app.db.query<
      {
        id: string;
        terminal_id: string;
        cashier_id: string;
        cashier_name: string;
        opened_at: Date;
        closed: boolean;
      } & StoredPayload<ShiftClosed>
    >(
      `SELECT s.id, s.terminal_id, s.cashier_id, s.cashier_name, s.opened_at, c.shift_id IS NOT NULL AS closed,
         ${payloadColumns('e')}
       FROM shifts s LEFT JOIN shift_closings c ON c.shift_id = s.id LEFT JOIN events e ON e.id = c.event_id
       WHERE s.outlet_id = $1 AND s.business_date = $2::date ORDER BY s.opened_at`,
      params,
    ),
    ctx.app.db.query<{ terminal_id: string; closed_at: Date }>(
      'SELECT terminal_id, closed_at FROM day_closings WHERE outlet_id = $1 AND business_date = $2::date ORDER BY closed_at LIMIT 1',
      params,
    ),
  ]);
  const tills = terminals.rows.map((t) => ({
    terminalId: t.id,
    name: t.name,
    lastPushAt: t.last_seen_at?.toISOString() ?? null,
    missingEvents: t.missing,
    openShifts: shifts.rows
      .filter((s) => s.terminal_id === t.id && !s.closed)
      .map((s) => ({
        shiftId: s.id,
        cashier: { id: s.cashier_id, name: s.cashier_name },
        openedAt: s.opened_at.toISOString(),
      })),
    closedShifts: shifts.rows.filter((s) => s.terminal_id === t.id && s.closed).map((s) => readPayload(s).report),
  }));
  const closing = closings.rows[0];
  const body: OutletDay = outletDaySchema.parse({
    outletId: terminal.outletId,
    businessDate: date.data,
    serverTime: new Date().toISOString(),
    tills,
    closed: closing ? { terminalId: closing.terminal_id, closedAt: closing.closed_at.toISOString() } : null,
  });
  return { status: 200, body };
};
