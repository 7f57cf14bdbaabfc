/** PPN figures on the wire (sale version 2, issue 19; domain/tax/ppn.ts). */
import { z } from 'zod';
import { parseNpwp, TAX_STATUSES, type LineTax, type SaleTax, type TaxFigures, type TaxSeller } from '#domain/tax/ppn';
import { nonNegativeRupiahSchema, rupiahSchema, textSchema } from './primitives';

export const taxStatusSchema = z.enum(TAX_STATUSES);

/** 15 or 16 digits, punctuation dropped. */
export const npwpSchema = z.string().transform((text, ctx) => {
  const parsed = parseNpwp(text);
  if (parsed.ok) return parsed.value;
  ctx.addIssue({ code: 'custom', message: parsed.error.message });
  return z.NEVER;
});

export const taxSellerSchema = z.object({
  npwp: npwpSchema,
  name: textSchema,
  address: z.string().min(1).max(300),
}) satisfies z.ZodType<TaxSeller>;

/** Harga jual without PPN, DPP and PPN, of a line or a sale. */
const taxAmounts = { base: nonNegativeRupiahSchema, dpp: nonNegativeRupiahSchema, ppn: nonNegativeRupiahSchema };

export const lineTaxSchema = z.object({ status: taxStatusSchema, ...taxAmounts }) satisfies z.ZodType<LineTax>;

export const saleTaxSchema = z.object({
  seller: taxSellerSchema,
  taxable: nonNegativeRupiahSchema,
  exempt: nonNegativeRupiahSchema,
  ...taxAmounts,
}) satisfies z.ZodType<SaleTax>;

/** A shift's or day's PPN, sales less refunds (a refund of an earlier shift's sale can make it negative). */
export const taxFiguresSchema = z.object({
  taxable: rupiahSchema,
  exempt: rupiahSchema,
  dpp: rupiahSchema,
  ppn: rupiahSchema,
}) satisfies z.ZodType<TaxFigures>;

/**
 * The settings key of an outlet's PPN standing (OutletTax): whether it is a PKP and, if so, the
 * identity its receipts print. Absent: not a PKP.
 */
export const OUTLET_TAX_SETTING = 'outlet.ppn';

export const outletTaxSchema = z.discriminatedUnion('pkp', [
  z.object({ pkp: z.literal(false) }),
  z.object({ pkp: z.literal(true), seller: taxSellerSchema }),
]);
export type OutletTax = z.infer<typeof outletTaxSchema>;
