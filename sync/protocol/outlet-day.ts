/**
 * GET /v1/outlet/day/{YYYY-MM-DD}: what the province holds of the caller's outlet's tills on a WITA
 * day, for the manager's day close on any one of them: each enrolled till's last push and whether
 * events of it are missing, its shifts of the day still open at the province, the Z reports of
 * those it closed, and the day's close if a till already closed it.
 */
import { z } from 'zod';
import type { OutletDay, OutletTill } from '#domain/shift/outlet-tills';
import { shiftReportSchema, staffRefSchema } from './shift';
import { businessDateSchema, instantSchema, outletIdSchema, shiftIdSchema, terminalIdSchema } from './primitives';

export const outletTillSchema = z.object({
  terminalId: terminalIdSchema,
  name: z.string().max(200),
  /** The last push the province received from the till; null when it never pushed. */
  lastPushAt: instantSchema.nullable(),
  /** Events numbered after one the province is still missing: the till has not synced everything it sent. */
  missingEvents: z.boolean(),
  openShifts: z.array(z.object({ shiftId: shiftIdSchema, cashier: staffRefSchema, openedAt: instantSchema })).max(100),
  closedShifts: z.array(shiftReportSchema).max(100),
}) satisfies z.ZodType<OutletTill>;

export const outletDaySchema = z.object({
  outletId: outletIdSchema,
  businessDate: businessDateSchema,
  /** The server's clock when it answered, to tell how long ago a till last pushed. */
  serverTime: instantSchema,
  tills: z.array(outletTillSchema).max(100),
  /** The till that closed the outlet's day, and when; null while it is open. */
  closed: z.object({ terminalId: terminalIdSchema, closedAt: instantSchema }).nullable(),
}) satisfies z.ZodType<OutletDay>;
