/**
 * Requests and answers of the sync HTTP API (documented in sync/PROTOCOL.md). Version 1 lives
 * under /v1; a breaking change gets a new prefix.
 */
import { z } from 'zod';
import type { Gtin } from '#domain/catalog/barcode';
import { idSchema, nonNegativeRupiahSchema, textSchema } from './primitives';
import { syncEventSchema } from './events';
import { DEFAULT_TAX_STATUS } from '#domain/tax/ppn';
import { taxStatusSchema } from './tax';

export const PROTOCOL_VERSION = 1;
/** Push batches stay small enough to get through a weak 3G link in one request. */
export const MAX_EVENTS_PER_PUSH = 1000;
/** Sale and refund lines in one push, all events together (a sale has at most 500); more is a 413. */
export const MAX_LINES_PER_PUSH = 10_000;

export const enrollRequestSchema = z.object({ code: z.string().trim().min(4).max(64), name: textSchema });
export const enrollResponseSchema = z.object({
  terminalId: idSchema,
  outletId: idSchema,
  token: z.string().min(20),
  /** The province's ASN key: the terminal keys its roster and totals by HMAC(asnKey, NIP) (sync/protocol/streams.ts). */
  asnKey: z.string().min(32).max(200),
});

/** The header each push names the till's app version in (PROTOCOL.md, "Push"): "0.1.0", "1.2.0-rc.1". */
export const APP_VERSION_HEADER = 'x-app-version';
export const appVersionSchema = z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,39}$/);

export const pushRequestSchema = z.object({
  events: z.array(syncEventSchema).min(1).max(MAX_EVENTS_PER_PUSH),
  /** The last seq of the batch this one follows: the server applies this one after that one (PROTOCOL.md, "Several batches in flight"). */
  after: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
});

/** Why a stored event counts nowhere; present exactly when `quarantined` is true. */
const quarantineReasonsSchema = z.array(z.string()).optional();

export const pushResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('stored'), quarantined: z.boolean(), reasons: quarantineReasonsSchema }),
  /** Stored before; `quarantined` and `reasons` are those of the stored event. */
  z.object({
    id: z.string(),
    status: z.literal('duplicate'),
    quarantined: z.boolean(),
    reasons: quarantineReasonsSchema,
  }),
  z.object({ id: z.string(), status: z.literal('rejected'), reason: z.string() }),
]);
export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  /** The highest seq up to which the server holds every event of this terminal, with no gaps. */
  highWaterSeq: z.number().int().nonnegative(),
});

export const STREAMS = [
  'products',
  'staff',
  'asn-roster',
  'asn-totals',
  'settings',
  'transfers-in',
  'purchase-orders',
  'outlet-stock',
] as const;
export type StreamName = (typeof STREAMS)[number];

export const productItemSchema = z.object({
  id: idSchema,
  barcode: z
    .string()
    .regex(/^\d{8}$|^\d{13}$/)
    .transform((v) => v as Gtin)
    .nullable(),
  plu: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  name: textSchema,
  price: nonNegativeRupiahSchema,
  soldBy: z.enum(['unit', 'weight']),
  supplier: z.string().max(200),
  category: z.string().max(100),
  unit: z.string().max(20),
  active: z.boolean(),
  /** Since issue 15 (absent from older servers): food that expires, received with an expiry date. */
  perishable: z.boolean().default(false),
  /** Since issue 15: the province's minimum stock (units, or grams for weighed goods); null for none. */
  minimumStock: z.number().int().nonnegative().max(1_000_000).nullable().default(null),
  /** Since issue 19 (absent from older servers: kena PPN): whether the product's price includes PPN. */
  taxStatus: taxStatusSchema.default(DEFAULT_TAX_STATUS),
});

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 5000;
/** Query of GET /v1/sync/pull/STREAM: no cursor means from the start. */
export const pullQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

export const healthResponseSchema = z.object({
  ok: z.literal(true),
  protocol: z.literal(PROTOCOL_VERSION),
  time: z.string(),
});

export const pullResponseSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    cursor: z.string(),
    hasMore: z.boolean(),
    /** Changes after this page the outlet sees (an item changed twice may count twice): for progress bars. */
    remaining: z.number().int().nonnegative(),
  });

export type PushRequest = z.infer<typeof pushRequestSchema>;
export type PushResponse = z.infer<typeof pushResponseSchema>;
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;
export type PullQuery = z.infer<typeof pullQuerySchema>;
