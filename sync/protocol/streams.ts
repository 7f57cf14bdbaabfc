/**
 * Items of the server-owned streams a terminal pulls (GET /v1/sync/pull/STREAM). Each item is the
 * whole current state of one key; the terminal upserts it by that key.
 */
import { z } from 'zod';
import { STAFF_ROLES } from '#domain/staff/staff';
import { productItemSchema, type StreamName } from './messages';
import { PURCHASE_ORDER_STATUSES } from '#domain/supplier/purchase-order';
import { SUPPLY_KINDS } from '#domain/supplier/terms';
import {
  businessDateSchema,
  businessMonthSchema,
  idSchema,
  nonNegativeRupiahSchema,
  instantSchema,
  outletIdSchema,
  rupiahSchema,
  textSchema,
  uuidV7Schema,
} from './primitives';
import { MAX_STOCK_LINES, stockCountSchema, stockLineSchema, transferLineSchema } from './stock';

/** Key: id. Only the staff of the terminal's own outlet are served. */
export const staffItemSchema = z.object({
  id: idSchema,
  name: textSchema,
  role: z.enum(STAFF_ROLES),
  /** See domain/staff/pin-hash.ts; verified on the terminal, offline. */
  pinHash: z.string().min(1).max(200),
  active: z.boolean(),
});

/**
 * An HMAC-SHA256 of an 18-digit NIP with the province's ASN key (hex), which the server hands a
 * terminal at enrolment and the terminal's main process keeps sealed: terminals key the roster and
 * the totals by it, never by the NIP (sync/PROTOCOL.md, "What a terminal keeps of the ASN").
 */
export const nipKeySchema = z.string().regex(/^[0-9a-f]{64}$/);

/** Key: nipKey. The province-wide roster of ASN who may buy as ASN, as little of each as the counter needs. */
export const asnRosterItemSchema = z.object({
  nipKey: nipKeySchema,
  /** The first name and the other names' initials (domain/asn/short-name.ts). */
  displayName: textSchema,
  /** OPD/instansi/unit kerja. */
  opd: z.string().max(200),
});

/** Key: nipKey + month. What the province has recorded of an ASN's spending in one WITA month, all outlets. */
export const asnTotalItemSchema = z.object({
  nipKey: nipKeySchema,
  month: businessMonthSchema,
  total: rupiahSchema,
  saleCount: z.number().int().nonnegative(),
});

/** The settings key of the Rupiah an ASN must spend each month (province-wide). */
export const ASN_MINIMUM_SETTING = 'asn.monthlyMinimum';

/** The settings key of the cash variance a cashier may close a shift with on their own (Rupiah). */
export const VARIANCE_THRESHOLD_SETTING = 'shift.varianceThreshold';
/** The settings key of the kas keluar (pay-out) above which a manager must approve (Rupiah). */
export const PAY_OUT_APPROVAL_SETTING = 'cash.payOutApprovalThreshold';
/** The settings key of an outlet's number (1–999) in the in-store codes its tills mint (domain/catalog/barcode.ts, TillCodeBlock). */
export const OUTLET_CODE_BLOCK_SETTING = 'outlet.codeBlock';
/** The settings key of an outlet's static QRIS payload (text). */
export const QRIS_STATIC_SETTING = 'qris.static';

/**
 * Key: key. Province-wide values, overridden per outlet where set. Known keys:
 * `asn.monthlyMinimum` (ASN_MINIMUM_SETTING), `shift.varianceThreshold` (VARIANCE_THRESHOLD_SETTING),
 * `cash.payOutApprovalThreshold` (PAY_OUT_APPROVAL_SETTING), `qris.static` (QRIS_STATIC_SETTING),
 * `outlet` ({ id, name, kabupaten }), `outlets` (OUTLETS_SETTING), `outlet.codeBlock` (OUTLET_CODE_BLOCK_SETTING).
 */
/** The settings key of the province's outlets, [{ id, name }]: where a transfer (mutasi) can go. */
export const OUTLETS_SETTING = 'outlets';
export const outletListSchema = z.array(z.object({ id: outletIdSchema, name: textSchema })).max(200);

export const settingItemSchema = z.object({ key: z.string().min(1).max(100), value: z.json() });

/**
 * Key: id, the transfer's. A transfer (mutasi) another outlet sent to the terminal's outlet, with
 * what was sent of each line. Once the outlet has received it, the item comes again with
 * `received` true and the terminal drops it (sync/PROTOCOL.md, "Transfers in").
 */
export const transferInItemSchema = z.object({
  id: uuidV7Schema,
  fromOutletId: outletIdSchema,
  fromOutletName: textSchema,
  sentAt: instantSchema,
  sentBy: textSchema,
  lines: z.array(transferLineSchema).min(1).max(MAX_STOCK_LINES),
  received: z.boolean(),
});

/**
 * Key: id. A purchase order (pesanan) the province raised to a UMKM for the terminal's outlet, with
 * what was ordered and what the province has recorded as received of each line. Once every line is
 * received the item comes with status `received` and the terminal drops it (sync/PROTOCOL.md,
 * "Purchase orders").
 */
export const purchaseOrderItemSchema = z.object({
  id: uuidV7Schema,
  number: textSchema,
  supplierName: textSchema,
  date: businessDateSchema,
  raisedBy: textSchema,
  status: z.enum(PURCHASE_ORDER_STATUSES),
  lines: z
    .array(
      // What and how much, with the order's own columns.
      stockLineSchema.extend({
        unit: z.string().max(20),
        soldBy: z.enum(['unit', 'weight']),
        kind: z.enum(SUPPLY_KINDS),
        /** Per unit, or per kilogram for weighed goods. */
        unitCost: nonNegativeRupiahSchema,
        received: stockCountSchema,
      }),
    )
    .min(1)
    .max(MAX_STOCK_LINES),
});

/**
 * Key: productId. The outlet's stock on hand as the province counts it from every till's movements
 * (its stock_levels), so each till sees the others' sales, receivings and write-offs once synced.
 * Whole units, or grams for goods sold by weight.
 */
export const outletStockItemSchema = z.object({
  productId: idSchema,
  onHand: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
});

export const STREAM_ITEM_SCHEMAS = {
  products: productItemSchema,
  staff: staffItemSchema,
  'asn-roster': asnRosterItemSchema,
  'asn-totals': asnTotalItemSchema,
  settings: settingItemSchema,
  'transfers-in': transferInItemSchema,
  'purchase-orders': purchaseOrderItemSchema,
  'outlet-stock': outletStockItemSchema,
} as const satisfies Record<StreamName, z.ZodType>;

export type StreamItem<S extends StreamName> = z.infer<(typeof STREAM_ITEM_SCHEMAS)[S]>;
export type ProductItem = StreamItem<'products'>;
export type StaffItem = StreamItem<'staff'>;
export type AsnRosterItem = StreamItem<'asn-roster'>;
export type AsnTotalItem = StreamItem<'asn-totals'>;
export type SettingItem = StreamItem<'settings'>;
export type TransferInItem = StreamItem<'transfers-in'>;
export type PurchaseOrderItem = StreamItem<'purchase-orders'>;
export type OutletStockItem = StreamItem<'outlet-stock'>;
