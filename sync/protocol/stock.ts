/**
 * The stock documents on the wire (sync/PROTOCOL.md, "Stock"). Quantities are stock quantities:
 * whole units, or grams for products sold by weight (domain/stock/quantity.ts).
 */
import { z } from 'zod';
import { WRITE_OFF_REASONS } from '#domain/stock/stock-reason';
import {
  businessDateSchema,
  gtinSchema,
  idSchema,
  instantSchema,
  lineNoSchema,
  nonNegativeRupiahSchema,
  outletIdSchema,
  rupiahSchema,
  terminalIdSchema,
  textSchema,
  uuidV7Schema,
} from './primitives';
import { staffRefSchema } from './shift';

/** The largest stock quantity of one line: a million units, or a tonne in grams. */
export const MAX_STOCK_QUANTITY = 1_000_000;
/** Lines of one stock document; a stock-take of a whole outlet counts every product. */
export const MAX_STOCK_LINES = 500;
export const MAX_STOCK_TAKE_LINES = 5000;
/** Expiries of one transfer line. */
export const MAX_TRANSFER_BATCHES = 100;

export const stockQuantitySchema = z.number().int().positive().max(MAX_STOCK_QUANTITY);
/** A counted or received-of-sent quantity, where nothing is a possible answer. */
export const stockCountSchema = z.number().int().nonnegative().max(MAX_STOCK_QUANTITY);
/** What the ledger expected at a count: it may have gone negative. */
const expectedQuantitySchema = z.number().int().min(-MAX_STOCK_QUANTITY).max(MAX_STOCK_QUANTITY);
/** Every stock document's own id, the outlet whose stock it moves, the terminal that made it, and mode latihan. */
const documentHead = {
  id: uuidV7Schema,
  outletId: outletIdSchema,
  terminalId: terminalIdSchema,
  training: z.boolean(),
};

/** A document's lines: at least one. */
const linesOf = <T extends z.ZodType>(line: T, max = MAX_STOCK_LINES) => z.array(line).min(1).max(max);

export const writeOffReasonSchema = z.enum(WRITE_OFF_REASONS);

/** A product received before the province has it: sellable at this outlet at once, awaiting the catalog. */
export const newProductSchema = z.object({
  barcode: gtinSchema.nullable(),
  name: textSchema,
  proposedPrice: nonNegativeRupiahSchema,
  soldBy: z.enum(['unit', 'weight']),
  category: z.string().max(100),
  unit: z.string().max(20),
});

export const receivingLineSchema = z.object({
  lineNo: lineNoSchema,
  productId: idSchema,
  name: textSchema,
  quantity: stockQuantitySchema,
  /** Per unit, or per kilogram for weighed goods. */
  unitCost: nonNegativeRupiahSchema,
  expiry: businessDateSchema.nullable(),
  newProduct: newProductSchema.nullable(),
});

/** Penerimaan barang: goods a UMKM delivered to the outlet. */
export const stockReceivedSchema = z.object({
  ...documentHead,
  receivedAt: instantSchema,
  businessDate: businessDateSchema,
  receivedBy: staffRefSchema,
  /** The UMKM's name (supplier ids come with the supplier register). */
  supplier: textSchema,
  deliveryNote: z.string().max(64),
  /** The purchase order (pesanan) the goods were received against; absent or null for none. */
  purchaseOrderId: uuidV7Schema.nullable().optional(),
  lines: linesOf(receivingLineSchema),
  /** Σ of the lines' cost, each domain/stock/quantity.ts stockValue(quantity, unitCost, the product's soldBy). */
  total: rupiahSchema,
});

/** Stok terbuang: goods written off with a manager's approval. */
export const stockWrittenOffSchema = z.object({
  ...documentHead,
  writtenOffAt: instantSchema,
  businessDate: businessDateSchema,
  approvedBy: staffRefSchema,
  reason: writeOffReasonSchema,
  /** What happened, in the manager's words; optional, added after the first version of the event. */
  note: z.string().max(200).optional(),
  lines: linesOf(
    z.object({
      lineNo: lineNoSchema,
      productId: idSchema,
      name: textSchema,
      quantity: stockQuantitySchema,
      /** The batch it came from, when known. */
      expiry: businessDateSchema.nullable(),
    }),
  ),
});

/**
 * Stok opname, approved: per product what the ledger expected and what was counted. The adjustment
 * is counted − expected; sales made during the count are already in expected.
 */
export const stockCountedSchema = z.object({
  ...documentHead,
  startedAt: instantSchema,
  approvedAt: instantSchema,
  businessDate: businessDateSchema,
  approvedBy: staffRefSchema,
  /** The category counted; null for the whole outlet. */
  category: z.string().max(100).nullable(),
  lines: linesOf(
    z.object({
      productId: idSchema,
      name: textSchema,
      expected: expectedQuantitySchema,
      counted: stockCountSchema,
      /** What one unit (or kilogram) is worth, for the variance in Rupiah. */
      unitValue: nonNegativeRupiahSchema,
    }),
    MAX_STOCK_TAKE_LINES,
  ),
});

/** So much of a line expiring on one date (null: undated, or of no known expiry). */
export const transferBatchSchema = z.object({
  expiry: businessDateSchema.nullable(),
  quantity: stockQuantitySchema,
});

/** A line's batches, when given, add up to what was sent or arrived of it. */
const addsUp = (batches: readonly { quantity: number }[] | undefined, total: number) =>
  batches === undefined || batches.reduce((sum, b) => sum + b.quantity, 0) === total;
const batchesAddUp = (what: 'sent' | 'received') => ({
  message: `the quantities of a line's batches must add up to what was ${what}`,
  path: ['batches'],
});

/** A line of what and how much, as a transfer and a purchase order have it. */
export const stockLineSchema = z.object({
  lineNo: lineNoSchema,
  productId: idSchema,
  name: textSchema,
  quantity: stockQuantitySchema,
});

export const transferLineSchema = stockLineSchema
  .extend({
    /**
     * What left the sending outlet, by expiry, earliest first (FEFO); what no batch covered has
     * expiry null. Absent from the events of terminals before expiries travelled with transfers.
     */
    batches: z.array(transferBatchSchema).min(1).max(MAX_TRANSFER_BATCHES).optional(),
  })
  .refine((l) => addsUp(l.batches, l.quantity), batchesAddUp('sent'));

/** Mutasi, the sending half: stock leaves outletId, in transit to toOutletId. The id is the transfer's. */
export const transferSentSchema = z.object({
  ...documentHead,
  toOutletId: outletIdSchema,
  sentAt: instantSchema,
  businessDate: businessDateSchema,
  sentBy: staffRefSchema,
  lines: linesOf(transferLineSchema),
});

/** Mutasi, the receiving half: what arrived at outletId of each line sent (differences recorded). */
export const transferReceivedSchema = z.object({
  ...documentHead,
  transferId: uuidV7Schema,
  fromOutletId: outletIdSchema,
  receivedAt: instantSchema,
  businessDate: businessDateSchema,
  receivedBy: staffRefSchema,
  lines: linesOf(
    z
      .object({
        lineNo: lineNoSchema,
        productId: idSchema,
        sent: stockQuantitySchema,
        received: stockCountSchema,
        /**
         * What arrived, by expiry: the sent line's batches less the shortage, taken off the
         * latest-expiring (domain/stock/transfer-batches.ts). Absent when the sent line had none.
         */
        batches: z.array(transferBatchSchema).max(MAX_TRANSFER_BATCHES).optional(),
      })
      .refine((l) => addsUp(l.batches, l.received), batchesAddUp('received')),
  ),
});

export type NewProduct = z.infer<typeof newProductSchema>;
export type ReceivingLine = z.infer<typeof receivingLineSchema>;
export type StockReceived = z.infer<typeof stockReceivedSchema>;
export type StockWrittenOff = z.infer<typeof stockWrittenOffSchema>;
export type StockCounted = z.infer<typeof stockCountedSchema>;
export type TransferSent = z.infer<typeof transferSentSchema>;
export type TransferReceived = z.infer<typeof transferReceivedSchema>;
export type TransferBatch = z.infer<typeof transferBatchSchema>;
