/**
 * The province's money with suppliers: `supplier terms` (how a product is supplied, from a day on),
 * `supplier payout` (a transfer made, or its correction), `report supplier` (the month's statement,
 * also as CSV, PDF, or JSON for the thermal printer: npm run print-statement) and `report payables`
 * (everything owed, the longest-waiting first). The figures come from sync/server/reports.
 */
import { formatRupiah, parseRupiah, rupiah, type Rupiah } from '#domain/money';
import { checkPayout, type SupplierStatement } from '#domain/supplier/settlement';
import { readTerms, termsLabel, termsStart, type TermsInput } from '#domain/supplier/terms';
import {
  businessDate,
  formatBusinessDate,
  formatBusinessMonth,
  isBusinessDate,
  toBusinessDate,
  type BusinessDate,
} from '#domain/wita';
import { businessMonthSchema } from '../protocol/primitives';
import type { Database, Queryable } from '../server/db/database';
import { statementCsv } from '../server/reports/supplier-statement-csv';
import { statementPdf } from '../server/reports/supplier-statement-pdf';
import {
  findSupplier,
  payables,
  supplierBalance,
  supplierStatement,
  type SupplierRecord,
} from '../server/reports/supplier-statement';
import type { AdminResult } from './admin-request';
import { AdminError, table } from './output';

export async function requireSupplier(db: Queryable, key: string, lock = false): Promise<SupplierRecord> {
  const supplier = await findSupplier(db, key, lock);
  if (!supplier) throw new AdminError(`UMKM "${key}" tidak dikenal. Lihat daftarnya: npm run admin -- supplier list`);
  return supplier;
}

export function requireMonth(month: string): string {
  if (!businessMonthSchema.safeParse(month).success)
    throw new AdminError(`Bulan "${month}" harus berbentuk YYYY-MM, misalnya 2026-12.`);
  return month;
}

export async function setTerms(
  db: Database,
  supplierKey: string,
  productKey: string,
  input: TermsInput & { from?: string | undefined },
  today = businessDate(new Date()),
): Promise<string> {
  const terms = readTerms(input);
  if (!terms.ok) throw new AdminError(terms.error.message);
  return db.transaction(async (tx) => {
    const supplier = await requireSupplier(tx, supplierKey);
    const { rows: products } = await tx.query<{ id: string; name: string }>(
      // Locked, so two commands cannot both start terms after the same latest ones.
      'SELECT id, name FROM products WHERE id = $1 OR barcode = $1 OR plu = $1 ORDER BY id LIMIT 1 FOR UPDATE',
      [productKey],
    );
    const product = products[0];
    if (!product) throw new AdminError(`Produk "${productKey}" tidak dikenal (ID, barcode atau PLU).`);
    const { rows: latest } = await tx.query<{ valid_from: BusinessDate }>(
      'SELECT max(valid_from) AS valid_from FROM supply_terms WHERE product_id = $1',
      [product.id],
    );
    const start = termsStart(input.from, latest[0]?.valid_from ?? null, today);
    if (!start.ok) throw new AdminError(start.error.message);
    const t = terms.value;
    await tx.query(
      `INSERT INTO supply_terms (supplier_id, product_id, valid_from, kind, unit_cost, supplier_price, commission_bp)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        supplier.id,
        product.id,
        start.value,
        t.kind,
        t.kind === 'beli-putus' ? t.unitCost : null,
        'supplierPrice' in t ? t.supplierPrice : null,
        'commissionBp' in t ? t.commissionBp : null,
      ],
    );
    return `${product.name} dari ${supplier.name}: ${termsLabel(t)}, berlaku mulai ${formatBusinessDate(start.value)}.`;
  });
}

export interface PayoutInput {
  amount: string;
  ref?: string | undefined;
  date?: string | undefined;
  confirm?: boolean | undefined;
  correction?: boolean | undefined;
}

export async function recordPayout(
  db: Database,
  supplierKey: string,
  input: PayoutInput,
  today = businessDate(new Date()),
): Promise<string> {
  const typed = parseRupiah(input.amount);
  if (typed === null || typed === 0)
    throw new AdminError(`Jumlah "${input.amount}" harus Rupiah bulat lebih dari nol, misalnya 1500000.`);
  const ref = input.ref?.trim() ?? '';
  if (ref === '') throw new AdminError('Referensi transfer wajib: --ref NOMOR_REFERENSI (dari bukti transfer bank).');
  if (input.date !== undefined && !isBusinessDate(input.date))
    throw new AdminError(`Tanggal "${input.date}" harus TTTT-BB-HH, misalnya 2026-12-05.`);
  const paidOn = input.date === undefined ? today : toBusinessDate(input.date);
  if (paidOn > today) throw new AdminError('Tanggal pembayaran tidak boleh di masa depan.');
  const amount = rupiah(input.correction ? -typed : typed);
  return db.transaction(async (tx) => {
    // The supplier's row is locked: two payouts at once are checked one after the other.
    const supplier = await requireSupplier(tx, supplierKey, true);
    const balance = await supplierBalance(tx, supplier.id, today);
    const checked = checkPayout(amount, balance, input.confirm === true);
    if (!checked.ok) throw new AdminError(checked.error.message);
    await tx.query('INSERT INTO supplier_payouts (supplier_id, paid_on, amount, reference) VALUES ($1, $2, $3, $4)', [
      supplier.id,
      paidOn,
      amount,
      ref,
    ]);
    return [
      `${amount < 0 ? 'Koreksi' : 'Pembayaran'} ${formatRupiah(amount)} ke ${supplier.name} tanggal ${formatBusinessDate(paidOn)} (ref ${ref}) dicatat.`,
      `Saldo terutang sekarang: ${formatRupiah(rupiah(balance - amount))}.`,
      ...(supplier.bank_account === null
        ? ['Perhatian: rekening UMKM ini belum tercatat; lengkapi lewat supplier import (bank, rekening, atas nama).']
        : []),
    ].join('\n');
  });
}

export interface StatementFiles {
  csv?: string | undefined;
  pdf?: string | undefined;
  json?: string | undefined;
}

export async function supplierReport(
  db: Queryable,
  supplierKey: string,
  month: string,
  files: StatementFiles,
): Promise<AdminResult> {
  const statement = await supplierStatement(db, await requireSupplier(db, supplierKey), requireMonth(month));
  const written: NonNullable<AdminResult['files']> = [];
  if (files.csv !== undefined) written.push({ path: files.csv, text: statementCsv(statement) });
  if (files.pdf !== undefined)
    written.push({
      path: files.pdf,
      text: Buffer.from(await statementPdf(statement)).toString('base64'),
      base64: true,
    });
  if (files.json !== undefined) written.push({ path: files.json, text: JSON.stringify(statement) });
  return {
    text: [...statementText(statement), ...written.map((f) => `Ditulis ke ${f.path}.`)].join('\n'),
    ...(written.length > 0 ? { files: written } : {}),
  };
}

function statementText(s: SupplierStatement): string[] {
  const rp = (n: Rupiah) => formatRupiah(n);
  return [
    `Rekap pemasok ${s.supplier.name} (ID ${s.supplier.id}) — ${formatBusinessMonth(s.month)}`,
    `NIB ${s.supplier.nib ?? '-'} · rekening ${s.supplier.bank ?? '-'}`,
    '',
    `Saldo awal: ${rp(s.opening)}`,
    s.lines.length === 0
      ? 'Tidak ada penjualan konsinyasi atau pembelian bulan ini.'
      : table(
          ['OUTLET', 'PRODUK', 'SYARAT', 'JUMLAH', 'PENJUALAN', 'TERUTANG'],
          s.lines.map((l) => [
            l.outletId,
            l.name,
            l.kind === 'konsinyasi' ? l.terms : `diterima, ${l.terms}`,
            l.quantity,
            l.kind === 'konsinyasi' ? rp(l.sales) : '-',
            rp(l.owed),
          ]),
        ),
    ...outletLines(s),
    `Terutang bulan ini: ${rp(s.owed)}`,
    ...(s.payouts.length === 0
      ? ['Pembayaran bulan ini: tidak ada.']
      : [
          'Pembayaran bulan ini:',
          ...s.payouts.map((p) => `  ${formatBusinessDate(p.paidOn)}  ${rp(p.amount)}  ref ${p.reference}`),
        ]),
    `Dibayar bulan ini: ${rp(s.paid)}`,
    `Saldo akhir: ${rp(s.closing)}`,
  ];
}

/** What each outlet's goods add to the month's debt, when more than one outlet sold or received them. */
function outletLines(s: SupplierStatement): string[] {
  const byOutlet = new Map<string, number>();
  for (const l of s.lines) byOutlet.set(l.outletId, (byOutlet.get(l.outletId) ?? 0) + l.owed);
  if (byOutlet.size < 2) return [];
  return [`Per outlet: ${[...byOutlet].map(([outlet, owed]) => `${outlet} ${formatRupiah(rupiah(owed))}`).join('; ')}`];
}

export async function payablesReport(db: Queryable, month: string): Promise<string> {
  const owed = await payables(db, requireMonth(month));
  if (owed.length === 0) return `Tidak ada utang ke UMKM per akhir ${formatBusinessMonth(month)}.`;
  const total = owed.reduce((a, p) => a + p.balance, 0);
  return [
    `Utang ke UMKM per akhir ${formatBusinessMonth(month)} (terlama dulu): ${owed.length} UMKM, ${formatRupiah(rupiah(total))}`,
    '',
    table(
      ['UMKM', 'SEJAK', 'SALDO', 'RINCIAN PER BULAN'],
      owed.map((p) => [
        p.name,
        formatBusinessMonth(p.oldestMonth),
        formatRupiah(p.balance),
        p.months.map((m) => `${m.month}: ${formatRupiah(m.unpaid)}`).join(', '),
      ]),
    ),
  ].join('\n');
}
