/** The sale document on the wire, validated to the domain's Sale type. */
import { z } from 'zod';
import { PAYMENT_METHODS, type Sale } from '#domain/checkout/sale';
import { toShiftId } from '#domain/shift/shift';
import { staffRefSchema } from './shift';
import {
  businessDateSchema,
  gtinSchema,
  idSchema,
  instantSchema,
  lineNoSchema,
  documentNipSchema,
  nonNegativeRupiahSchema,
  outletTerminalShape,
  rupiahSchema,
  textSchema,
  uuidV7Schema,
} from './primitives';
import { lineTaxSchema, saleTaxSchema } from './tax';

export const paymentMethodSchema = z.enum(PAYMENT_METHODS);

export const paymentSchema = z.object({
  method: paymentMethodSchema,
  amount: rupiahSchema,
  tendered: rupiahSchema,
  reference: z.string().max(64).nullable(),
});

export const saleLineSchema = z.object({
  lineNo: lineNoSchema,
  productId: idSchema,
  barcode: gtinSchema.nullable(),
  name: textSchema,
  supplier: z.string().max(200),
  category: z.string().max(100),
  unit: z.string().max(20),
  quantity: z.number().int().positive().max(1_000_000),
  weightGrams: z.number().int().positive().max(1_000_000).nullable(),
  unitPrice: nonNegativeRupiahSchema,
  discount: nonNegativeRupiahSchema,
  total: rupiahSchema,
  /** Since protocol note 1.1: absent on older terminals' lines (see PROTOCOL.md). */
  priceOverride: z.object({ from: nonNegativeRupiahSchema, approvedBy: staffRefSchema }).optional(),
  /** Sale version 2 (issue 19): a PKP outlet's line tax; absent on other outlets' and older terminals' lines. */
  tax: lineTaxSchema.optional(),
});

export const asnBuyerSchema = z.object({
  nip: documentNipSchema,
  name: z.string().max(200).nullable(),
  verified: z.boolean(),
});

export const saleSchema = z.object({
  id: uuidV7Schema,
  receiptNo: z.string().min(1).max(64),
  ...outletTerminalShape,
  // Any id, as sales always took it (a shift's own is a UUIDv7).
  shiftId: idSchema.transform(toShiftId).nullable(),
  cashier: z.object({ id: idSchema, name: textSchema }).nullable(),
  training: z.boolean(),
  completedAt: instantSchema,
  businessDate: businessDateSchema,
  lines: z.array(saleLineSchema).min(1).max(500),
  subtotal: rupiahSchema,
  discount: nonNegativeRupiahSchema,
  total: rupiahSchema,
  payments: z.array(paymentSchema).min(1).max(10),
  change: nonNegativeRupiahSchema,
  asn: asnBuyerSchema.nullable(),
  /** Sale version 2 (issue 19): a PKP outlet's PPN; absent on other outlets' and older terminals' sales. */
  tax: saleTaxSchema.optional(),
}) satisfies z.ZodType<Sale>;
