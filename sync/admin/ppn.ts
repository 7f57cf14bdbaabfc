/**
 * PPN (issue 19): `outlet tax OUTLET` shows or sets an outlet's PKP standing and the identity its
 * receipts print (the `outlet.ppn` setting its terminals pull), `product tax PRODUCT STATUS` a
 * product's tax status, and `report ppn MONTH [--csv FILE]` the month's PPN per outlet
 * (sync/server/reports/ppn-report.ts).
 */
import { formatRupiah, rupiah } from '#domain/money';
import { parseNpwp, TAX_STATUSES, type TaxStatus } from '#domain/tax/ppn';
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '../protocol/primitives';
import { OUTLET_TAX_SETTING, outletTaxSchema, type OutletTax } from '../protocol/tax';
import type { Database, Queryable } from '../server/db/database';
import type { PpnFigures } from '../protocol/backoffice-report';
import { ppnReport, ppnReportCsv } from '../server/reports/ppn-report';
import { writeTransaction } from '../server/streams/change-log';
import { writeSetting } from '../server/streams/settings';
import type { AdminCommand, AdminResult } from './admin-request';
import { AdminError, requireOutlet, table } from './output';

type OutletTaxCommand = Extract<AdminCommand, { name: 'outlet-tax' }>;

export async function outletTax(db: Database, command: OutletTaxCommand): Promise<string> {
  await requireOutlet(db, command.outlet);
  if (command.pkp !== undefined) {
    await writeSetting(db, command.outlet, OUTLET_TAX_SETTING, command.pkp ? pkpOutlet(command) : { pkp: false });
  } else if (command.npwp !== undefined || command.legalName !== undefined || command.address !== undefined) {
    throw new AdminError('Sebutkan --pkp (dengan --npwp, --name, --address) atau --not-pkp.');
  }
  return describeOutletTax(command.outlet, await readOutletTax(db, command.outlet));
}

function pkpOutlet(command: OutletTaxCommand): OutletTax {
  if (command.npwp === undefined) throw new AdminError('--npwp wajib diisi untuk PKP (15 atau 16 angka).');
  const npwp = parseNpwp(command.npwp);
  if (!npwp.ok) throw new AdminError(npwp.error.message);
  const name = command.legalName?.trim() ?? '';
  const address = command.address?.trim() ?? '';
  if (name === '') throw new AdminError('--name (nama badan usaha di struk) wajib diisi untuk PKP.');
  if (address === '') throw new AdminError('--address (alamat di struk) wajib diisi untuk PKP.');
  return outletTaxSchema.parse({ pkp: true, seller: { npwp: npwp.value, name, address } });
}

async function readOutletTax(db: Queryable, outletId: string): Promise<OutletTax> {
  const { rows } = await db.query<{ value: unknown }>('SELECT value FROM settings WHERE outlet_id = $1 AND key = $2', [
    outletId,
    OUTLET_TAX_SETTING,
  ]);
  const parsed = outletTaxSchema.safeParse(rows[0]?.value);
  return parsed.success ? parsed.data : { pkp: false };
}

function describeOutletTax(outletId: string, tax: OutletTax): string {
  if (!tax.pkp) return `${outletId}: bukan PKP; struk tidak mencantumkan PPN.`;
  return [
    `${outletId}: PKP, struk mencantumkan PPN.`,
    `  NPWP   ${tax.seller.npwp}`,
    `  Nama   ${tax.seller.name}`,
    `  Alamat ${tax.seller.address}`,
  ].join('\n');
}

export async function productTax(db: Database, product: string, status: string): Promise<string> {
  if (!TAX_STATUSES.includes(status as TaxStatus))
    throw new AdminError(`Status PPN "${status}" tidak dikenal: pakai kena-ppn atau dibebaskan.`);
  const changed = await writeTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ id: string; name: string }>(
      `UPDATE products SET tax_status = $2, updated_at = now()
       WHERE id = $1 OR barcode = $1 OR plu = $1 RETURNING id, name`,
      [product, status],
    );
    tx.changed(
      'products',
      null,
      rows.map((r) => r.id),
    );
    return rows;
  });
  if (changed.length === 0) throw new AdminError(`Produk "${product}" tidak ada (sebutkan id, barcode atau PLU).`);
  return changed.map((p) => `${p.name}: ${status === 'kena-ppn' ? 'kena PPN' : 'bebas PPN'}.`).join('\n');
}

export async function ppnReportCommand(db: Queryable, month: string, csvPath?: string): Promise<AdminResult> {
  if (!businessMonthSchema.safeParse(month).success)
    throw new AdminError(`Bulan "${month}" harus berbentuk YYYY-MM, misalnya 2026-12.`);
  const report = await ppnReport(db, month as BusinessMonth);
  const rp = (n: number) => formatRupiah(rupiah(n));
  const cells = (f: PpnFigures) => [rp(f.taxable), rp(f.exempt), rp(f.dpp), rp(f.ppn)];
  const { total } = report;
  const text = [
    `PPN NTT Mart ${month} (bulan WITA): penjualan dikurangi refund`,
    '',
    table(
      ['OUTLET', 'NPWP', 'TRANSAKSI', 'KENA PPN', 'BEBAS PPN', 'DPP', 'PPN', 'REFUND', 'PPN REFUND'],
      [
        ...report.outlets.map((o) => [o.name, o.npwp ?? '-', o.sales, ...cells(o.net), o.refunds, rp(o.refunded.ppn)]),
        ['JUMLAH', '', total.sales, ...cells(total.net), total.refunds, rp(total.refunded.ppn)],
      ],
    ),
  ];
  if (csvPath === undefined) return { text: text.join('\n') };
  text.push('', `Rincian per outlet ditulis ke ${csvPath} (${report.outlets.length} baris).`);
  return { text: text.join('\n'), output: { path: csvPath, text: ppnReportCsv(report) } };
}
