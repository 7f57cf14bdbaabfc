/** Audit log entries on the wire, validated to the domain's AuditEntry type. */
import { z } from 'zod';
import type { SensitiveAction } from '#domain/staff/approval';
import type { AuditEntry } from '#domain/staff/audit';
import type { Discount } from '#domain/checkout/discount';
import { WRITE_OFF_REASONS } from '#domain/stock/stock-reason';
import {
  cashMovementIdSchema,
  countSchema,
  idSchema,
  instantSchema,
  lineNoSchema,
  rupiahSchema,
  uuidV7Schema,
} from './primitives';
import { staffRefSchema } from './shift';

export const discountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), amount: rupiahSchema }),
  z.object({ kind: z.literal('percent'), basisPoints: z.number().int().min(0).max(10_000) }),
]) satisfies z.ZodType<Discount>;

const lineNo = lineNoSchema;
const reason = z.string().max(200);

export const sensitiveActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('line-discount'), lineNo, base: rupiahSchema, discount: discountSchema, reason }),
  z.object({ kind: z.literal('sale-discount'), base: rupiahSchema, discount: discountSchema, reason }),
  z.object({ kind: z.literal('price-override'), lineNo, from: rupiahSchema, to: rupiahSchema, reason }),
  z.object({ kind: z.literal('remove-line'), lineNo, nipEntered: z.boolean(), paymentEntered: z.boolean() }),
  z.object({
    kind: z.literal('void-sale'),
    lineCount: countSchema,
    total: rupiahSchema,
    nipEntered: z.boolean(),
    paymentEntered: z.boolean(),
  }),
  z.object({ kind: z.literal('open-drawer'), reason }),
  z.object({ kind: z.literal('refund'), originalReceiptNo: z.string().min(1).max(64), total: rupiahSchema }),
  z.object({ kind: z.literal('close-shift'), variance: rupiahSchema, threshold: rupiahSchema }),
  z.object({ kind: z.literal('pay-out'), amount: rupiahSchema, threshold: rupiahSchema, reason }),
  z.object({
    kind: z.literal('approve-stock-take'),
    products: z.number().int().nonnegative(),
    net: rupiahSchema,
  }),
  z.object({ kind: z.literal('write-off'), reason: z.enum(WRITE_OFF_REASONS), lineCount: countSchema }),
]) satisfies z.ZodType<SensitiveAction>;

export const auditEntrySchema = z.object({
  id: uuidV7Schema,
  outletId: idSchema,
  terminalId: idSchema,
  at: instantSchema,
  training: z.boolean(),
  staff: staffRefSchema,
  approvedBy: staffRefSchema.nullable(),
  event: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('login') }),
    z.object({ kind: z.literal('lock'), idle: z.boolean() }),
    z.object({
      kind: z.literal('pin-failed'),
      purpose: z.enum(['login', 'approval']),
      lockedUntil: instantSchema.nullable(),
    }),
    z.object({ kind: z.literal('approved'), action: sensitiveActionSchema }),
    z.object({
      kind: z.literal('drawer-opened'),
      cause: z.enum(['pay-in', 'pay-out']),
      movementId: cashMovementIdSchema,
    }),
    z.object({ kind: z.literal('settings-changed'), changes: z.array(z.string().max(300)).min(1).max(10) }),
    z.object({ kind: z.literal('enrolled'), serverUrl: z.string().max(300), terminalId: idSchema }),
    z.object({
      kind: z.literal('exported'),
      events: z.number().int().nonnegative(),
      deadLetters: z.number().int().nonnegative(),
      file: z.string().max(500),
    }),
  ]),
}) satisfies z.ZodType<AuditEntry>;
