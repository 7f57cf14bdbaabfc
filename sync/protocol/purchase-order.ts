/**
 * POST /v1/sync/purchase-orders: an outlet manager's purchase order (pesanan) to a UMKM, raised
 * from the terminal. The province checks it (lines, the supplier's terms, the outlet's monthly
 * budget) and answers 201 with the order as its terminals pull it, or 422 `order-refused` with the
 * reason in Bahasa Indonesia.
 */
import { z } from 'zod';
import { idSchema, rupiahSchema, textSchema } from './primitives';
import { MAX_STOCK_LINES, MAX_STOCK_QUANTITY } from './stock';
import { purchaseOrderItemSchema } from './streams';

export const raisePurchaseOrderSchema = z.object({
  /** The UMKM's name (or NIB), as the register knows it. */
  supplier: textSchema,
  raisedBy: textSchema,
  lines: z
    .array(
      z.object({
        productId: idSchema,
        // Checked by the domain, so a quantity of zero or below is refused with the product's name.
        quantity: z.number().min(-MAX_STOCK_QUANTITY).max(MAX_STOCK_QUANTITY),
      }),
    )
    .min(1)
    .max(MAX_STOCK_LINES),
});
export type RaisePurchaseOrder = z.infer<typeof raisePurchaseOrderSchema>;

export const raisedPurchaseOrderSchema = z.object({ order: purchaseOrderItemSchema, budgetLeft: rupiahSchema });
export type RaisedPurchaseOrder = z.infer<typeof raisedPurchaseOrderSchema>;
