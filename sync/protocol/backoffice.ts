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
});
export type OutletFigures = z.infer<typeof outletFiguresSchema>;

/**
 * Beranda for one WITA month, read fresh from the database. `sales` is null for role bkd (ASN
 * only); an outlet user's answer holds that outlet alone, its target its share of the province's.
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
});
export type Dashboard = z.infer<typeof dashboardSchema>;
