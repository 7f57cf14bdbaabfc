/**
 * A supplier statement (domain/supplier/settlement.ts SupplierStatement) as it travels: the JSON of
 * GET /v1/admin/reports/supplier/…, of `report supplier --json`, and of a 'supplier-statement' print
 * request (bridge/print-request.ts) for the receipt printer.
 */
import { z } from 'zod';
import { SUPPLY_KINDS } from '#domain/supplier/terms';
import { businessDateSchema, businessMonthSchema, rupiahSchema } from './primitives';

export const supplierStatementSchema = z.object({
  supplier: z.object({
    id: z.number().int().positive(),
    name: z.string().max(200),
    nib: z.string().max(20).nullable(),
    bank: z.string().max(300).nullable(),
  }),
  month: businessMonthSchema,
  from: businessDateSchema,
  to: businessDateSchema,
  opening: rupiahSchema,
  lines: z
    .array(
      z.object({
        outletId: z.string().max(64),
        productId: z.string().max(64),
        name: z.string().max(200),
        kind: z.enum(SUPPLY_KINDS),
        terms: z.string().max(100),
        quantity: z.number().int(),
        sales: rupiahSchema,
        owed: rupiahSchema,
      }),
    )
    .max(10_000),
  payouts: z
    .array(
      z.object({
        id: z.number().int(),
        paidOn: businessDateSchema,
        amount: rupiahSchema,
        reference: z.string().max(200),
      }),
    )
    .max(1_000),
  owed: rupiahSchema,
  paid: rupiahSchema,
  closing: rupiahSchema,
});
