/** The refund document on the wire, validated to the domain's Refund type. */
import { z } from 'zod';
import type { Refund } from '#domain/checkout/refund';
import {
  businessDateSchema,
  businessMonthSchema,
  idSchema,
  instantSchema,
  lineNoSchema,
  documentNipSchema,
  outletTerminalShape,
  rupiahSchema,
  shiftIdSchema,
  textSchema,
  uuidV7Schema,
} from './primitives';
import { paymentMethodSchema } from './sale';
import { staffRefSchema } from './shift';
import { lineTaxSchema } from './tax';

export const refundSchema = z.object({
  id: uuidV7Schema,
  receiptNo: z.string().min(1).max(64),
  originalSaleId: uuidV7Schema,
  originalReceiptNo: z.string().min(1).max(64),
  ...outletTerminalShape,
  shiftId: shiftIdSchema.nullable(),
  cashier: staffRefSchema.nullable(),
  approvedBy: staffRefSchema.nullable(),
  training: z.boolean(),
  refundedAt: instantSchema,
  businessDate: businessDateSchema,
  reason: textSchema,
  lines: z
    .array(
      z.object({
        lineNo: lineNoSchema,
        productId: idSchema,
        name: textSchema,
        category: z.string().max(100),
        supplier: z.string().max(200),
        quantity: z.number().int().positive().max(1_000_000),
        amount: rupiahSchema,
        /** Optional: events of terminals from before the flag still validate (absent: back to stock). */
        damaged: z.boolean().optional(),
        /** Since issue 19: the tax this line returns, when the sold line had tax figures. */
        tax: lineTaxSchema.optional(),
      }),
    )
    .min(1)
    .max(500),
  total: rupiahSchema,
  payments: z.array(z.object({ method: paymentMethodSchema, amount: rupiahSchema })).max(10),
  asn: z.object({ nip: documentNipSchema, month: businessMonthSchema }).nullable(),
}) satisfies z.ZodType<Refund>;
