/**
 * The back office's HTTP contract (docs/BACKOFFICE.md): what the browser sends to
 * /v1/backoffice/… and what it gets back. Shared by the server (checks what it receives) and the
 * web app in backoffice/ (checks what it reads).
 */
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '#domain/backoffice/password-policy';
import { businessDateSchema, businessMonthSchema, countSchema } from './primitives';

export const BACKOFFICE_ROLES = ['provinsi', 'bkd', 'outlet'] as const;
export const backofficeRoleSchema = z.enum(BACKOFFICE_ROLES);
export type BackofficeRole = z.infer<typeof backofficeRoleSchema>;

/** The header a signed-in browser repeats its session's CSRF token in, on every change. */
export const CSRF_HEADER = 'x-csrf-token';

/** The program's monthly ambition, shown beside the target: Rp 150–200 miliar. */
export const TARGET_RANGE = { low: 150_000_000_000, high: 200_000_000_000 } as const;

export const userNameSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9._-]{3,40}$/, 'nama pengguna 3–40 huruf kecil, angka, titik, garis');

export const loginBodySchema = z.object({
  name: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const sessionSchema = z.object({
  user: z.object({ name: z.string(), role: backofficeRoleSchema, outletId: z.string().nullable() }),
  csrfToken: z.string(),
});
export type BackofficeSession = z.infer<typeof sessionSchema>;

const amountSchema = z.number().int().nonnegative();

export const targetBodySchema = z.object({
  monthlyAmount: z.number().int('target harus bilangan bulat Rupiah').positive('target harus lebih dari 0').max(1e15),
});

const dayTotalSchema = z.object({ date: businessDateSchema, total: amountSchema });

export const outletFiguresSchema = z.object({
  id: z.string(),
  name: z.string(),
  sales: amountSchema,
  target: amountSchema,
  transactions: countSchema,
  averageBasket: amountSchema,
  asnSales: amountSchema,
  refunds: amountSchema,
  /** The last 30 WITA days' sales, oldest first, today last. */
  sparkline: z.array(amountSchema),
});
export type OutletFigures = z.infer<typeof outletFiguresSchema>;

export const SPARKLINE_DAYS = 30;
/** Stock expiring within this many days is listed. */
export const EXPIRY_HORIZON_DAYS = 30;
/** A terminal silent this long turns its outlet red. */
export const SILENT_TERMINAL_MS = 24 * 60 * 60_000;

export const ASN_STATUSES = ['met', 'below', 'none'] as const;

/** Per OPD of the roster: its ASN who met the minimum this month, bought less, or nothing. */
export const opdComplianceSchema = z.object({
  opd: z.string(),
  asn: countSchema,
  met: countSchema,
  below: countSchema,
  none: countSchema,
});
export type OpdComplianceRow = z.infer<typeof opdComplianceSchema>;

/** GET /v1/backoffice/asn-opd: one OPD's ASN, NIP masked, for bkd and provinsi. */
export const opdAsnListSchema = z.object({
  month: businessMonthSchema,
  opd: z.string(),
  monthlyMinimum: amountSchema,
  asn: z.array(
    z.object({ maskedNip: z.string(), name: z.string(), total: amountSchema, status: z.enum(ASN_STATUSES) }),
  ),
});
export type OpdAsnList = z.infer<typeof opdAsnListSchema>;

export const stockPanelsSchema = z.object({
  /** Outlets by how many active products they have none of (on hand ≤ 0). */
  outletsOut: z.array(z.object({ outletId: z.string(), name: z.string(), outProducts: countSchema })),
  /** Products out at the most outlets. */
  productsOut: z.array(z.object({ productId: z.string(), name: z.string(), outlets: countSchema })),
  /** Open batches expiring today or within EXPIRY_HORIZON_DAYS, soonest first. */
  expiring: z.array(
    z.object({
      outletId: z.string(),
      outletName: z.string(),
      productId: z.string(),
      name: z.string(),
      expiry: businessDateSchema,
      remaining: z.number(),
    }),
  ),
});
export type StockPanels = z.infer<typeof stockPanelsSchema>;

export const topSalesSchema = z.object({
  products: z.array(z.object({ productId: z.string(), name: z.string(), quantity: z.number(), sales: amountSchema })),
  /** UMKM producers: the catalog's supplier of the products sold. */
  producers: z.array(z.object({ supplier: z.string(), products: countSchema, sales: amountSchema })),
});
export type TopSales = z.infer<typeof topSalesSchema>;

export const terminalHealthSchema = z.object({
  id: z.string(),
  name: z.string(),
  outletId: z.string(),
  outletName: z.string(),
  lastSeenAt: z.string().nullable(),
  /** The highest event number (seq) stored from it. */
  maxSeq: countSchema,
  quarantined: countSchema,
  rejected: countSchema,
  /** Terminal clock minus the server's, estimated from its latest events; null before any. */
  clockSkewMs: z.number().int().nullable(),
  /** The version its last push named (X-App-Version); null before a till that sends it pushed. */
  appVersion: z.string().nullable(),
  /** Runs an older version than the newest a live till of the province reported (or pushed without naming one). */
  outdated: z.boolean(),
  /** No push for SILENT_TERMINAL_MS (or never): the outlet is shown red. */
  silent: z.boolean(),
});
export type TerminalHealth = z.infer<typeof terminalHealthSchema>;

/**
 * Beranda for one WITA month, read fresh from the database. `sales`, `stock`, `top` and
 * `terminals` are null for role bkd (ASN only), `compliance` for role outlet; an outlet user's
 * answer holds that outlet alone, its target its share of the province's.
 */
export const dashboardSchema = z.object({
  month: businessMonthSchema,
  previousMonth: businessMonthSchema,
  asOf: z.string(),
  asn: z.object({
    roster: countSchema,
    monthlyMinimum: amountSchema,
    floor: amountSchema,
    buyers: countSchema,
    reached: countSchema,
  }),
  sales: z
    .object({
      total: amountSchema,
      target: amountSchema,
      provinceTarget: amountSchema,
      transactions: countSchema,
      refunds: amountSchema,
      daily: z.array(dayTotalSchema),
      previousDaily: z.array(dayTotalSchema),
      outlets: z.array(outletFiguresSchema),
    })
    .nullable(),
  /** Roles bkd and provinsi; null for an outlet user. */
  compliance: z.array(opdComplianceSchema).nullable(),
  /** Null for bkd (like `sales`), and below: the scope of `sales`. */
  stock: stockPanelsSchema.nullable(),
  top: topSalesSchema.nullable(),
  terminals: z.array(terminalHealthSchema).nullable(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
