/**
 * The back office's management contract (docs/BACKOFFICE.md, "Kelola"): the catalog, staff,
 * outlets and terminals, settings, the quarantine and the audit log. Bodies carry their refusals
 * in Bahasa Indonesia: the app shows the server's `issues` beside the form.
 */
import { z } from 'zod';
import { outletTaxSchema, taxStatusSchema } from './tax';
import { normalizeGtin } from '#domain/catalog/barcode';
import { STAFF_ROLES } from '#domain/staff/staff';
import { countSchema, idSchema } from './primitives';

const rupiahField = (what: string) =>
  z
    .number({ error: `${what} harus angka Rupiah` })
    .int(`${what} harus bilangan bulat Rupiah`)
    .nonnegative(`${what} tidak boleh negatif`)
    .max(1e12, `${what} terlalu besar`);

export const managedProductSchema = z.object({
  id: z.string(),
  barcode: z.string().nullable(),
  plu: z.string().nullable(),
  name: z.string(),
  price: z.number().int(),
  category: z.string(),
  unit: z.string(),
  soldBy: z.enum(['unit', 'weight']),
  perishable: z.boolean(),
  minimumStock: z.number().int().nullable(),
  active: z.boolean(),
  taxStatus: taxStatusSchema,
});
export type ManagedProduct = z.infer<typeof managedProductSchema>;

export const productListSchema = z.object({ products: z.array(managedProductSchema), more: z.boolean() });

export const productEditSchema = z.object({
  name: z.string().trim().min(1, 'nama tidak boleh kosong').max(200, 'nama paling banyak 200 huruf'),
  price: rupiahField('harga'),
  category: z.string().trim().min(1, 'kategori tidak boleh kosong').max(100, 'kategori paling banyak 100 huruf'),
  minimumStock: z
    .number()
    .int('stok minimum harus bilangan bulat')
    .nonnegative('stok minimum tidak boleh negatif')
    .max(1_000_000, 'stok minimum paling banyak 1.000.000')
    .nullable(),
  perishable: z.boolean(),
  active: z.boolean(),
  /** Since issue 19; absent: unchanged. */
  taxStatus: taxStatusSchema.optional(),
});
export type ProductEdit = z.infer<typeof productEditSchema>;

/**
 * A new product. Without a barcode the province issues one: an in-store EAN-13 (20–21) for goods
 * sold by the piece, a PLU for goods sold by weight (they scan as weight-embedded codes).
 */
export const productCreateSchema = productEditSchema.omit({ active: true }).extend({
  barcode: z
    .string()
    .trim()
    .nullable()
    .refine((code) => code === null || code === '' || normalizeGtin(code) !== null, {
      error: 'barcode harus EAN-13, EAN-8 atau UPC-A dengan digit pemeriksa yang benar',
    })
    .refine((code) => code === null || !code.startsWith('2') || code.length !== 13, {
      error: 'barcode berawalan 2 adalah kode toko: kosongkan, provinsi yang mengeluarkannya',
    })
    .transform((code) => (code ? normalizeGtin(code) : null)),
  soldBy: z.enum(['unit', 'weight'], 'cara jual harus per satuan atau per berat'),
  unit: z.string().trim().min(1, 'satuan tidak boleh kosong').max(20, 'satuan paling banyak 20 huruf'),
  supplier: z.string().trim().max(200, 'pemasok paling banyak 200 huruf'),
});
export type ProductCreate = z.input<typeof productCreateSchema>;

/** An outlet's own price for a product; null removes it (the province's price applies again). */
export const outletPriceSetSchema = z.object({ price: rupiahField('harga outlet').nullable() });

export const outletPricesSchema = z.object({
  productId: z.string(),
  provincePrice: z.number().int(),
  outlets: z.array(z.object({ outletId: z.string(), outletName: z.string(), price: z.number().int().nullable() })),
});
export type OutletPrices = z.infer<typeof outletPricesSchema>;

/** A catalog file read by the server: what a confirm writes (or wrote), and each refused row. */
export const catalogImportSchema = z.object({
  confirmed: z.boolean(),
  created: countSchema,
  updated: countSchema,
  unchanged: countSchema,
  /** The first rows that will be (or were) written, for the preview. */
  rows: z.array(
    z.object({
      line: countSchema,
      name: z.string(),
      price: z.number().int(),
      barcode: z.string().nullable(),
      plu: z.string().nullable(),
      supplier: z.string(),
    }),
  ),
  rowCount: countSchema,
  problems: z.array(z.object({ line: countSchema, reason: z.string() })),
});
export type CatalogImport = z.infer<typeof catalogImportSchema>;

/** The ASN roster upload's preview (nothing written) or its outcome; NIPs masked. */
export const asnRosterImportSchema = z.object({
  confirmed: z.boolean(),
  created: countSchema,
  updated: countSchema,
  unchanged: countSchema,
  /** ASN on the roster the file does not name: they stay (terminals cannot drop an ASN yet). */
  absent: countSchema,
  /** The first rows added or changed. */
  rows: z.array(
    z.object({
      line: countSchema,
      nip: z.string(),
      name: z.string(),
      opd: z.string(),
      kind: z.enum(['PNS', 'PPPK']),
      inserted: z.boolean(),
    }),
  ),
  problems: z.array(z.object({ line: countSchema, reason: z.string() })),
});
export type AsnRosterImport = z.infer<typeof asnRosterImportSchema>;

export const staffMemberSchema = z.object({
  id: z.string(),
  outletId: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  active: z.boolean(),
  createdAt: z.string(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffListSchema = z.object({ staff: z.array(staffMemberSchema) });

export const staffAddSchema = z.object({
  outletId: idSchema,
  name: z.string().trim().min(1, 'nama tidak boleh kosong').max(200, 'nama paling banyak 200 huruf'),
  role: z.enum(STAFF_ROLES, 'peran harus kasir atau manager'),
});

/** A new PIN, shown to the back-office user once: only its hash is kept. */
export const issuedPinSchema = z.object({ id: z.string(), name: z.string(), pin: z.string() });
export type IssuedPin = z.infer<typeof issuedPinSchema>;

export const terminalRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  enrolledAt: z.string(),
  lastSeenAt: z.string().nullable(),
  highWaterSeq: countSchema,
  revokedAt: z.string().nullable(),
});
export type TerminalRow = z.infer<typeof terminalRowSchema>;

export const outletListSchema = z.object({
  outlets: z.array(
    z.object({ id: z.string(), name: z.string(), city: z.string(), terminals: z.array(terminalRowSchema) }),
  ),
});
export type OutletList = z.infer<typeof outletListSchema>;

export const enrolmentCodeBodySchema = z.object({
  hours: z
    .number({ error: 'masa berlaku harus angka jam' })
    .int('masa berlaku dalam jam bulat')
    .min(1, 'paling sedikit 1 jam')
    .max(168, 'paling lama 168 jam'),
});
export const enrolmentCodeSchema = z.object({ outletId: z.string(), code: z.string(), expiresAt: z.string() });

export const managedSettingsSchema = z.object({
  asnMinimum: z.number().int(),
  varianceThreshold: z.number().int(),
  qris: z.array(z.object({ outletId: z.string(), outletName: z.string(), payload: z.string().nullable() })),
  /** Since issue 19: each outlet's PPN standing (the `outlet.ppn` setting; absent: not a PKP). */
  ppn: z.array(z.object({ outletId: z.string(), outletName: z.string(), tax: outletTaxSchema })),
  /** Each outlet's own monthly sales target; null: an even share of the province's (`shareOfProvince`). */
  targets: z.array(
    z.object({
      outletId: z.string(),
      outletName: z.string(),
      monthlyAmount: z.number().int().nullable(),
      shareOfProvince: z.number().int(),
    }),
  ),
});
export type ManagedSettings = z.infer<typeof managedSettingsSchema>;

export const provinceSettingsBodySchema = z.object({
  asnMinimum: rupiahField('minimal belanja ASN'),
  varianceThreshold: rupiahField('batas selisih kas'),
});

/** An outlet's own monthly target in Rupiah; null removes it (an even share of the province's applies again). */
export const outletTargetBodySchema = z.object({
  monthlyAmount: z
    .number({ error: 'target outlet harus angka Rupiah' })
    .int('target outlet harus bilangan bulat Rupiah')
    .positive('target outlet harus lebih dari 0')
    .max(1e15, 'target outlet terlalu besar')
    .nullable(),
});

export const qrisBodySchema = z.object({
  payload: z.string().trim().min(1, 'isi kode QRIS tidak boleh kosong').max(512, 'kode QRIS paling banyak 512 huruf'),
});

export const quarantineDecisionSchema = z.object({
  decision: z.enum(['confirmed', 'released']),
  userName: z.string(),
  note: z.string(),
  decidedAt: z.string(),
});

export const quarantinedEventSchema = z.object({
  id: z.string(),
  terminalId: z.string(),
  outletId: z.string(),
  seq: z.number().int(),
  type: z.string(),
  occurredAt: z.string(),
  receivedAt: z.string(),
  /** Why it counts nowhere, as the ingest wrote it; empty once released. */
  reasons: z.array(z.string()),
  decision: quarantineDecisionSchema.nullable(),
});
export type QuarantinedEvent = z.infer<typeof quarantinedEventSchema>;

export const quarantineListSchema = z.object({ events: z.array(quarantinedEventSchema), more: z.boolean() });
export const quarantineDetailSchema = quarantinedEventSchema.extend({ body: z.unknown() });
export type QuarantineDetail = z.infer<typeof quarantineDetailSchema>;

export const decisionBodySchema = z.object({
  note: z.string().trim().min(3, 'tulis alasan keputusan (minimal 3 huruf)').max(500, 'alasan paling banyak 500 huruf'),
});

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  userName: z.string(),
  action: z.string(),
  subject: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryRow = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({ entries: z.array(auditEntrySchema), users: z.array(z.string()) });
