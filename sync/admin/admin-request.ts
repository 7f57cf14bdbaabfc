/**
 * An admin command as data: what `npm run admin -- …` asks for, with the file it reads and the
 * PIN it prompted for already in it. The CLI runs it on the database itself, or sends it to the
 * running server (POST /v1/admin/commands) when the server holds the embedded database.
 */
import { z } from 'zod';
import { SUPPLIER_FIELDS } from '#domain/supplier/supplier-rows';

const name = <N extends string>(n: N) => z.literal(n);

export const adminCommandSchema = z.discriminatedUnion('name', [
  z.object({ name: name('outlets') }),
  z.object({
    name: name('enroll-code'),
    outlet: z.string(),
    hours: z.number().optional(),
    replace: z.string().optional(),
  }),
  z.object({ name: name('terminals') }),
  z.object({ name: name('revoke'), terminal: z.string() }),
  z.object({ name: name('staff-add'), outlet: z.string(), staffName: z.string(), role: z.string() }),
  z.object({ name: name('import-catalog'), file: z.string(), outlet: z.string().optional() }),
  z.object({ name: name('import-asn'), file: z.string() }),
  z.object({ name: name('import-events'), file: z.string() }),
  z.object({ name: name('report'), month: z.string() }),
  z.object({ name: name('report-shifts'), outlet: z.string(), date: z.string() }),
  z.object({ name: name('report-asn'), month: z.string(), csv: z.string().optional() }),
  z.object({ name: name('report-stock-outs'), month: z.string() }),
  z.object({ name: name('report-ppn'), month: z.string(), csv: z.string().optional() }),
  z.object({
    name: name('outlet-tax'),
    outlet: z.string(),
    pkp: z.boolean().optional(),
    npwp: z.string().optional(),
    legalName: z.string().optional(),
    address: z.string().optional(),
  }),
  z.object({ name: name('product-tax'), product: z.string(), status: z.string() }),
  z.object({ name: name('report-stock'), outlet: z.string(), low: z.boolean().optional(), csv: z.string().optional() }),
  z.object({ name: name('stock-minimum'), outlet: z.string(), product: z.string(), amount: z.string() }),
  z.object({ name: name('asn-minimum'), amount: z.string().optional() }),
  z.object({
    name: name('setting'),
    key: z.string().optional(),
    value: z.string().optional(),
    outlet: z.string().optional(),
  }),
  z.object({ name: name('admin-token'), action: z.string(), tokenName: z.string().optional() }),
  z.object({ name: name('dead-letter-list'), terminal: z.string().optional() }),
  z.object({ name: name('dead-letter-skip'), terminal: z.string(), seq: z.string(), reason: z.string().optional() }),
  z.object({
    name: name('supplier-add'),
    supplierName: z.string(),
    fields: z.record(z.enum(SUPPLIER_FIELDS), z.string()),
  }),
  z.object({ name: name('supplier-list') }),
  z.object({ name: name('supplier-show'), supplier: z.string() }),
  z.object({ name: name('supplier-import'), file: z.string() }),
  z.object({
    name: name('supplier-terms'),
    supplier: z.string(),
    product: z.string(),
    kind: z.string(),
    cost: z.string().optional(),
    price: z.string().optional(),
    commission: z.string().optional(),
    from: z.string().optional(),
  }),
  z.object({
    name: name('supplier-payout'),
    supplier: z.string(),
    amount: z.string(),
    ref: z.string().optional(),
    date: z.string().optional(),
    confirm: z.boolean().optional(),
    correction: z.boolean().optional(),
  }),
  z.object({
    name: name('report-supplier'),
    supplier: z.string(),
    month: z.string(),
    csv: z.string().optional(),
    pdf: z.string().optional(),
    json: z.string().optional(),
  }),
  z.object({ name: name('report-payables'), month: z.string() }),
  z.object({ name: name('po-budget'), outlet: z.string(), month: z.string(), amount: z.string().optional() }),
  z.object({
    name: name('po-raise'),
    outlet: z.string(),
    supplier: z.string(),
    line: z.array(z.string()).optional(),
    by: z.string().optional(),
  }),
  z.object({ name: name('po-list'), outlet: z.string().optional() }),
  z.object({ name: name('po-show'), order: z.string() }),
  z.object({ name: name('report-margins'), month: z.string() }),
  z.object({ name: name('user-add'), userName: z.string(), role: z.string(), outlet: z.string().optional() }),
  z.object({ name: name('user-list') }),
  z.object({ name: name('user-disable'), userName: z.string() }),
  z.object({ name: name('user-reset'), userName: z.string() }),
]);
export type AdminCommand = z.infer<typeof adminCommandSchema>;

export const adminRequestSchema = z.object({
  command: adminCommandSchema,
  /** The text of the command's file (imports), read where the command was typed. */
  fileText: z.string().optional(),
  /** The new staff member's PIN, typed at the hidden prompt; hashed before anything is stored. */
  pin: z.string().optional(),
  /** A back-office user's new password (`user add`, `user reset`); hashed before anything is stored. */
  password: z.string().optional(),
});
export type AdminRequest = z.infer<typeof adminRequestSchema>;

export const adminResultSchema = z.object({
  text: z.string(),
  /** A file to write where the command was typed (`report asn --csv`). */
  output: z.object({ path: z.string(), text: z.string() }).optional(),
  /** Several files (`report supplier --csv --pdf`); base64: the text is binary (a PDF) in base64. */
  files: z.array(z.object({ path: z.string(), text: z.string(), base64: z.boolean().optional() })).optional(),
});
export type AdminResult = z.infer<typeof adminResultSchema>;

/** The file a command reads, if any. */
export function inputFileOf(command: AdminCommand): string | undefined {
  return 'file' in command ? command.file : undefined;
}
