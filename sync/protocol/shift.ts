/** Shifts, cash counts, cash movements, shift reports and day closes on the wire, validated to the domain's types. */
import { taxFiguresSchema } from './tax';
import { z } from 'zod';
import { DENOMINATIONS, type CashCount, type DenominationId } from '#domain/shift/cash-count';
import type { CashMovement } from '#domain/shift/cash-movement';
import type { Shift } from '#domain/shift/shift';
import type { DayClose, DayClosing, ShiftReport } from '#domain/shift/shift-report';
import {
  businessDateSchema,
  cashMovementIdSchema,
  countSchema as count,
  dayClosingIdSchema,
  idSchema,
  instantSchema,
  outletIdSchema,
  rupiahSchema,
  shiftIdSchema,
  outletTerminalShape,
  textSchema,
} from './primitives';

export const staffRefSchema = z.object({ id: idSchema, name: textSchema });

const DENOMINATION_IDS = DENOMINATIONS.map((d) => d.id) as [DenominationId, ...DenominationId[]];
/** Pieces per denomination; a million pieces of anything is not a drawer. */
export const cashCountSchema = z.partialRecord(
  z.enum(DENOMINATION_IDS),
  z.number().int().nonnegative().max(1_000_000),
) satisfies z.ZodType<CashCount>;

export const shiftClosingSchema = z.object({
  closedAt: instantSchema,
  closedBy: staffRefSchema,
  counted: cashCountSchema,
  varianceThreshold: rupiahSchema,
  varianceReason: z.string().max(200).nullable(),
  approvedBy: staffRefSchema.nullable(),
});

export const shiftSchema = z.object({
  id: shiftIdSchema,
  ...outletTerminalShape,
  cashier: staffRefSchema,
  training: z.boolean(),
  openedAt: instantSchema,
  businessDate: businessDateSchema,
  openingFloat: cashCountSchema,
  closing: shiftClosingSchema.nullable(),
}) satisfies z.ZodType<Shift>;

export const cashMovementSchema = z.object({
  id: cashMovementIdSchema,
  ...outletTerminalShape,
  shiftId: shiftIdSchema,
  kind: z.enum(['pay-in', 'pay-out']),
  amount: rupiahSchema,
  reason: textSchema,
  at: instantSchema,
  cashier: staffRefSchema,
  training: z.boolean(),
}) satisfies z.ZodType<CashMovement>;

const byMethodSchema = z.object({ cash: rupiahSchema, qris: rupiahSchema, debit: rupiahSchema });
const keyedAmountsSchema = z.object({
  key: z.string().max(200),
  sales: rupiahSchema,
  refunds: rupiahSchema,
  net: rupiahSchema,
});

const shiftTotalsShape = {
  saleCount: count,
  grossSales: rupiahSchema,
  lineDiscounts: rupiahSchema,
  saleDiscounts: rupiahSchema,
  netSales: rupiahSchema,
  salesByMethod: byMethodSchema,
  refundCount: count,
  refunds: rupiahSchema,
  refundsByMethod: byMethodSchema,
  net: rupiahSchema,
  payInCount: count,
  payIns: rupiahSchema,
  payOutCount: count,
  payOuts: rupiahSchema,
  openingFloat: rupiahSchema,
  expectedCash: rupiahSchema,
  counted: rupiahSchema.nullable(),
  variance: rupiahSchema.nullable(),
  byCategory: z.array(keyedAmountsSchema).max(10_000),
  bySupplier: z.array(keyedAmountsSchema).max(10_000),
  asnSaleCount: count,
  asnSales: rupiahSchema,
  asnRefunds: rupiahSchema,
  /** Since issue 19: PPN figures, sales less refunds; absent when no document of the shift carried any. */
  tax: taxFiguresSchema.optional(),
};

export const shiftReportSchema = z.object({
  ...shiftTotalsShape,
  kind: z.enum(['X', 'Z']),
  shiftId: shiftIdSchema,
  ...outletTerminalShape,
  cashier: staffRefSchema,
  businessDate: businessDateSchema,
  openedAt: instantSchema,
  closedAt: instantSchema.nullable(),
  firstReceiptNo: z.string().max(64).nullable(),
  lastReceiptNo: z.string().max(64).nullable(),
  varianceNeedsApproval: z.boolean(),
}) satisfies z.ZodType<ShiftReport>;

export const dayCloseSchema = z.object({
  ...shiftTotalsShape,
  outletId: outletIdSchema,
  businessDate: businessDateSchema,
  shifts: z.array(shiftReportSchema).max(100),
}) satisfies z.ZodType<DayClose>;

export const dayClosingSchema = z.object({
  id: dayClosingIdSchema,
  ...outletTerminalShape,
  businessDate: businessDateSchema,
  closedAt: instantSchema,
  closedBy: staffRefSchema,
  training: z.boolean(),
  report: dayCloseSchema,
}) satisfies z.ZodType<DayClosing>;

/** 'shift.closed' carries the closed shift and the Z report the terminal printed for it. */
export const shiftClosedSchema = z.object({
  shift: shiftSchema.refine((s) => s.closing !== null, 'a closed shift has its closing'),
  report: shiftReportSchema,
});
export type ShiftClosed = z.infer<typeof shiftClosedSchema>;
