/**
 * The governor's monthly report (docs/BACKOFFICE.md, "Laporan gubernur"): sales against target per
 * outlet, ASN compliance per OPD, stock-outs and UMKM sales for one WITA month, as the back office
 * prints it and the server renders it to PDF.
 */
import { z } from 'zod';
import { dashboardSchema, opdComplianceSchema, topSalesSchema } from './backoffice';
import { businessMonthSchema, countSchema } from './primitives';

const amountSchema = z.number().int().nonnegative();

export const governorReportSchema = z.object({
  month: businessMonthSchema,
  asOf: z.string(),
  /** "Provinsi Nusa Tenggara Timur", or the outlet's name for an outlet user. */
  scope: z.string(),
  sales: z.object({
    total: amountSchema,
    target: amountSchema,
    transactions: countSchema,
    refunds: amountSchema,
    outlets: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        sales: amountSchema,
        target: amountSchema,
        transactions: countSchema,
        refunds: amountSchema,
      }),
    ),
  }),
  asn: dashboardSchema.shape.asn,
  /** Null in an outlet's report: compliance is counted per OPD, province-wide. */
  compliance: z.array(opdComplianceSchema).nullable(),
  stockOuts: z.array(
    z.object({
      outletId: z.string(),
      outletName: z.string(),
      products: countSchema,
      outProducts: countSchema,
      outDays: countSchema,
    }),
  ),
  /** Every UMKM producer that sold this month, by amount. */
  umkm: topSalesSchema.shape.producers,
});
export type GovernorReport = z.infer<typeof governorReportSchema>;

/** Sales kena PPN and bebas PPN, DPP and PPN, in Rupiah (negative in a net where refunds outweigh). */
const ppnFiguresSchema = z.object({
  taxable: z.number().int(),
  exempt: z.number().int(),
  dpp: z.number().int(),
  ppn: z.number().int(),
});
export type PpnFigures = z.infer<typeof ppnFiguresSchema>;

const ppnTotalsShape = {
  sales: countSchema,
  sold: ppnFiguresSchema,
  refunds: countSchema,
  refunded: ppnFiguresSchema,
  net: ppnFiguresSchema,
};

/** A WITA month's PPN per outlet (docs/BACKOFFICE.md "Laporan PPN"; `report ppn MONTH`). */
export const ppnReportSchema = z.object({
  month: businessMonthSchema,
  outlets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** The outlet's NPWP as it stands now; null when it is not a PKP. */
      npwp: z.string().nullable(),
      ...ppnTotalsShape,
    }),
  ),
  total: z.object(ppnTotalsShape),
});
export type PpnReport = z.infer<typeof ppnReportSchema>;
export type PpnOutletRow = PpnReport['outlets'][number];
