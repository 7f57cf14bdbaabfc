/**
 * What the terminal asks a printer to print, as it sits in the persistent print queue and crosses
 * the bridge: a receipt (the sale document itself, so a reprint is laid out the same way), the test
 * page, product labels, a refund's receipt, or the cash control papers (X/Z shift report, day report, pay in/out slip), or a goods receiving's
 * handover slip (BAST), a transfer's slip (surat jalan mutasi), a stock-take's report (stok opname), a write-off's
 * slip or a supplier's statement (rekap pemasok). Validated with zod in main; laid out (print-layout.ts) for the paper
 * width of whichever printer takes the job. Free of Node, so the renderer can import it.
 */
import { z } from 'zod';
import { instantSchema, lineNoSchema, nonNegativeRupiahSchema, textSchema } from '#sync/protocol/primitives';
import { refundSchema } from '#sync/protocol/refund';
import { saleSchema } from '#sync/protocol/sale';
import {
  MAX_STOCK_LINES,
  MAX_STOCK_TAKE_LINES,
  stockCountedSchema,
  stockReceivedSchema,
  stockWrittenOffSchema,
  transferSentSchema,
} from '#sync/protocol/stock';
import {
  cashCountSchema,
  cashMovementSchema,
  dayClosingSchema,
  shiftReportSchema,
  staffRefSchema,
} from '#sync/protocol/shift';
import { supplierStatementSchema } from '#sync/protocol/supplier-statement';
import { purchaseOrderItemSchema } from '#sync/protocol/streams';
import { isInStoreEan13 } from '#hardware/labels/label-layout';

export const outletInfoSchema = z.object({
  name: textSchema,
  address: z.string().max(300),
  phone: z.string().max(40).nullable(),
});

export const asnBlockSchema = z.object({
  maskedNip: z
    .string()
    .regex(/^\d{4}\*{11}\d{3}$/, 'NIP tersamar harus 4 angka pertama, 11 tanda * dan 3 angka terakhir'),
  name: z.string().max(200).nullable(),
  monthTotal: nonNegativeRupiahSchema,
  threshold: nonNegativeRupiahSchema,
});

export const productLabelSchema = z.object({
  name: textSchema,
  price: nonNegativeRupiahSchema,
  barcode: z
    .string()
    .refine(isInStoreEan13, 'Barcode label harus EAN-13 toko (awalan 20–29) dengan digit pemeriksa yang benar'),
  copies: z.number().int().min(1, 'Jumlah label minimal 1').max(100, 'Jumlah label maksimal 100'),
});

export const receiptRequestSchema = z.object({
  kind: z.literal('receipt'),
  sale: saleSchema,
  outlet: outletInfoSchema,
  /** Printed again on request: marked "SALINAN". */
  reprint: z.boolean(),
  asn: asnBlockSchema.nullable(),
});

/**
 * The terminal as its screen names it (L01, T01). Jobs queued before the field existed have none:
 * their reports name the terminal by its id.
 */
const terminalCodeSchema = z.string().max(20).nullable().default(null);

export const printRequestSchema = z.discriminatedUnion('kind', [
  receiptRequestSchema,
  z.object({ kind: z.literal('refund-receipt'), refund: refundSchema, outlet: outletInfoSchema, reprint: z.boolean() }),
  z.object({ kind: z.literal('test-page') }),
  z.object({
    kind: z.literal('labels'),
    labels: z.array(productLabelSchema).min(1, 'Pilih minimal satu produk').max(200),
  }),
  z.object({
    kind: z.literal('shift-report'),
    report: shiftReportSchema,
    outlet: outletInfoSchema,
    training: z.boolean(),
    printedAt: instantSchema,
    varianceReason: z.string().max(200).nullable(),
    approvedBy: staffRefSchema.nullable(),
    terminalCode: terminalCodeSchema,
    /** A Z report's drawer count by denomination, printed under the counted total. */
    counted: cashCountSchema.nullable().default(null),
    /** A past Z report printed again: marked "SALINAN". */
    reprint: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('day-report'),
    closing: dayClosingSchema,
    outlet: outletInfoSchema,
    terminalCode: terminalCodeSchema,
  }),
  z.object({ kind: z.literal('cash-slip'), movement: cashMovementSchema, outlet: outletInfoSchema }),
  z.object({
    kind: z.literal('bast'),
    receiving: stockReceivedSchema,
    outlet: outletInfoSchema,
    /** The lines whose quantity is grams (weighed goods, costed per kilogram). */
    weighedLines: z.array(lineNoSchema).max(MAX_STOCK_LINES),
  }),
  z.object({
    kind: z.literal('transfer-slip'),
    transfer: transferSentSchema,
    /** The destination as the province's outlet list names it. */
    toOutletName: textSchema,
    outlet: outletInfoSchema,
    /** The lines whose quantity is grams (weighed goods). */
    weighedLines: z.array(lineNoSchema).max(MAX_STOCK_LINES),
  }),
  z.object({
    kind: z.literal('stock-take-report'),
    count: stockCountedSchema,
    outlet: outletInfoSchema,
    /** The lines (1-based places in count.lines) whose quantities are grams (weighed goods). */
    weighedLines: z.array(lineNoSchema).max(MAX_STOCK_TAKE_LINES),
    /** Products in scope nobody counted, left as they were. */
    notCounted: z.number().int().nonnegative(),
  }),
  z.object({
    kind: z.literal('write-off-slip'),
    writeOff: stockWrittenOffSchema,
    outlet: outletInfoSchema,
    /** The lines whose quantity is grams (weighed goods). */
    weighedLines: z.array(lineNoSchema).max(MAX_STOCK_LINES),
  }),
  /** A supplier's statement from `npm run admin -- report supplier … --json`, printed by `npm run print-statement`. */
  z.object({ kind: z.literal('supplier-statement'), statement: supplierStatementSchema, outlet: outletInfoSchema }),
  /** A purchase order (pesanan) from the purchase-orders stream, printed from goods receiving. */
  z.object({ kind: z.literal('purchase-order'), order: purchaseOrderItemSchema, outlet: outletInfoSchema }),
]);

export type PrintRequest = z.infer<typeof printRequestSchema>;
export type PrintRequestKind = PrintRequest['kind'];
