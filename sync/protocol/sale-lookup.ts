/**
 * GET /v1/sales/{receiptNo or sale id}: a sale of the caller's outlet as the province recorded it,
 * with the refunds of it recorded so far, so any till of the outlet can refund it.
 */
import { z } from 'zod';
import { refundSchema } from './refund';
import { saleSchema } from './sale';

export const saleLookupSchema = z.object({ sale: saleSchema, refunds: z.array(refundSchema).max(500) });
export type SaleLookup = z.infer<typeof saleLookupSchema>;
