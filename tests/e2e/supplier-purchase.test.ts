/**
 * A UMKM from registration to getting paid, end to end (issue 16): against the real server process
 * on PostgreSQL, one terminal in chromium at 1024×768. The province registers a supplier with its
 * P-IRT, sets supply terms (one product consigned, one bought outright) and the outlet's purchase
 * budget, and raises a purchase order from the replenishment suggestion (refused first over the
 * budget). The terminal pulls it; the manager prints it, copies its WhatsApp text and receives the
 * goods against it, short on one line and over on the other; the manager raises an order of their
 * own on the terminal (refused over the budget first). Some are sold and one refunded; after
 * a sync the order is partly received at the province, and the month's statement owes the consigned
 * units sold net of the refund and the outright goods received, to the Rupiah. A payout brings the
 * balance down; the statement prints at the virtual printer and is exported to CSV.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '#domain/wita';
import type { PurchaseOrderRow } from '#renderer/db/rows';
import { layoutProblems } from '../support/layout';
import { admin, enrolmentCode } from '../support/server-process';
import { ledger, openStock, startStockProvince, type StockProvince } from '../support/stock-province';
import { syncNow } from '../support/terminal-data';
import {
  findReceipt,
  openShift,
  readStore,
  refundAsManager,
  sellForCash,
  startTerminal,
  type Terminal,
} from '../support/terminal';
import { enrolThroughScreen } from '../support/terminal-data';
import { startVirtualPrinter } from '../support/virtual-printer';

const MANAGER = { name: 'Agustina Bere', pin: '791324' };
const SUPPLIER = 'Koperasi Kopi Bajawa';
const OUTLET = 'manggarai-barat';
const MONTH = businessDate(new Date()).slice(0, 7);
const SLOW = { timeout: 30_000 };
const NBSP = '\u00a0';

let province: StockProvince;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
let till: Terminal;
const files = mkdtempSync(join(tmpdir(), 'ntt-supplier-e2e-'));

const kopi = () => province.catalog[0]!;
const tenun = () => province.catalog[1]!;
/** The third product, of the catalog's own supplier (tests/support/sync-fixtures.ts), ordered from the terminal. */
const ikat = () => province.catalog[2]!;
const IKAT_SUPPLIER = 'Sanggar Tenun Ikat Sikka';
const code = (p: (typeof province.catalog)[number]) => province.code(p);
const url = () => province.database.url!;
const adminFails = (...args: string[]): string => {
  try {
    admin(url(), ...args);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`admin ${args.join(' ')} did not fail`);
};

beforeAll(async () => {
  province = await startStockProvince(3, [{ outlet: OUTLET, name: MANAGER.name, role: 'manager', pin: MANAGER.pin }]);
  virtual = await startVirtualPrinter(32);
  till = await startTerminal({ viewport: { width: 1024, height: 768 } });
  await till.bridge.registry.invoke('config-update', [{ printer: virtual.config }]);
}, 240_000);

afterAll(async () => {
  await till?.close();
  await virtual?.close();
  await province?.close();
});

describe('a UMKM from purchase order to payout', () => {
  it('registers the supplier with its P-IRT, its terms and a purchase order within the outlet budget', () => {
    const added = admin(
      url(),
      ...['supplier', 'add', SUPPLIER, '--nib', '9120301234567', '--kabupaten', 'Ngada', '--phone', '0812-3900-1122'],
      ...[
        '--bank',
        'Bank NTT',
        '--account',
        '0010203045',
        '--holder',
        'Maria Wea',
        '--food',
        '--pirt',
        '2065301010123-30',
      ],
    );
    expect(added).toContain(`UMKM ${SUPPLIER} terdaftar.`);
    expect(admin(url(), 'supplier', 'show', SUPPLIER)).toContain('206530101012330');
    admin(url(), 'supplier', 'terms', SUPPLIER, kopi().id, 'konsinyasi', '--price', '4000');
    admin(url(), 'supplier', 'terms', SUPPLIER, tenun().id, 'beli-putus', '6000');
    // Nothing on hand and nothing sold yet: the suggestion is each product's minimum.
    admin(url(), 'stock', 'minimum', OUTLET, kopi().id, '10');
    admin(url(), 'stock', 'minimum', OUTLET, tenun().id, '5');
    admin(url(), 'supplier', 'terms', IKAT_SUPPLIER, ikat().id, 'beli-putus', '7000');
    admin(url(), 'stock', 'minimum', OUTLET, ikat().id, '4');

    expect(adminFails('po', 'raise', OUTLET, SUPPLIER)).toMatch(/Anggaran pembelian .* belum ditetapkan provinsi/);
    admin(url(), 'po', 'budget', OUTLET, MONTH, '20000');
    expect(adminFails('po', 'raise', OUTLET, SUPPLIER)).toMatch(
      /Pesanan Rp\s30\.000 melebihi sisa anggaran pembelian .*: sisa Rp\s20\.000 \(anggaran Rp\s20\.000, sudah dipesan Rp\s0\)\./,
    );
    expect(adminFails('po', 'raise', OUTLET, SUPPLIER, '--line', `${kopi().id}=0`)).toContain(
      `${kopi().name}: Jumlah harus lebih dari nol.`,
    );
    expect(adminFails('po', 'raise', OUTLET, 'UMKM Tidak Ada')).toContain('UMKM "UMKM Tidak Ada" tidak dikenal');
    admin(url(), 'po', 'budget', OUTLET, MONTH, '100000');
    const raised = admin(url(), 'po', 'raise', OUTLET, SUPPLIER, '--by', 'Bidang Perdagangan');
    expect(raised).toMatch(/Pesanan PO-000001 untuk Koperasi Kopi Bajawa .* dibuat: 2 baris, Rp\s70\.000\./);
    // Only the outright line (5 × 6.000) spends the budget; the consigned one is paid as it sells.
    expect(raised).toMatch(/Sisa anggaran pembelian .*: Rp\s70\.000\./);
    // Fifteen runs of the admin command, each its own process: seconds apiece on a busy machine.
  }, 120_000);

  it('pulls the order at enrolment; the manager prints it, copies its WhatsApp text and receives against it', async () => {
    const { page } = till;
    await enrolThroughScreen(page, province.server.url, enrolmentCode(url(), OUTLET), MANAGER);
    await openStock(page);
    await page.getByRole('button', { name: 'Penerimaan barang…' }).click();
    await page.getByLabel('Pesanan (PO)').selectOption({ label: `PO-000001 · ${SUPPLIER} · dipesan` });
    await expect.poll(() => page.getByLabel(`Jumlah ${kopi().name}`).inputValue()).toBe('10');
    expect(await page.getByLabel(`Jumlah ${tenun().name}`).inputValue()).toBe('5');
    expect(await page.getByLabel(`Harga beli ${tenun().name}`).inputValue()).toBe('6000');
    expect(await page.getByLabel('Pemasok (UMKM)').inputValue()).toBe(SUPPLIER);

    await page.getByRole('button', { name: 'Teks WhatsApp' }).click();
    const text = await page.getByLabel('Teks pesanan untuk WhatsApp').inputValue();
    expect(text.split('\n').slice(0, 3)).toEqual([
      '*PESANAN PO-000001*',
      expect.stringContaining('NTT Mart'),
      `Kepada: ${SUPPLIER}`,
    ]);
    expect(text).toContain(`1. ${kopi().name} — 10 pcs × Rp${NBSP}4.000`);
    expect(text).toContain(`*Total: Rp${NBSP}70.000*`);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await page.getByRole('button', { name: 'Salin' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Teks pesanan tersalin: tempel di WhatsApp.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.getByRole('button', { name: 'Cetak pesanan' }).click();
    await expect
      .poll(() => virtual.printer.jobs.filter((j) => j.text.includes('PESANAN BARANG (PO)')).length, SLOW)
      .toBe(1);
    const printed = virtual.printer.jobs.find((j) => j.text.includes('PESANAN BARANG (PO)'))!.text;
    expect(printed).toMatch(/No\. +PO-000001/);
    expect(printed).toMatch(/ {2}5 pcs x 6\.000 +30\.000/);
    expect(printed).toMatch(/TOTAL +Rp\s70\.000/);

    // Two short on the consigned coffee, one over on the weaving: kept as they came, flagged.
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('8');
    await page.getByLabel(`Jumlah ${tenun().name}`).fill('6');
    await expect
      .poll(() => page.getByTestId('order-difference').allTextContents())
      .toEqual(['Kurang 2 dari pesanan (10)', 'Lebih 1 dari pesanan (5)']);
    expect({ problems: await layoutProblems(page) }).toEqual({ problems: [] });
    await page.getByRole('button', { name: 'Simpan & cetak BAST' }).click();
    await page.locator('.bast').waitFor();
    expect(await ledger(page)).toEqual({ [kopi().id]: 8, [tenun().id]: 6 });
    const [order] = await readStore<PurchaseOrderRow>(page, 'purchaseOrders');
    expect(order).toMatchObject({ status: 'partial', lines: [{ received: 8 }, { received: 6 }] });
  });

  it('lets the manager raise an order on the terminal, refused over the budget first, then printed', async () => {
    const { page } = till;
    const notice = () => page.locator('.notice').textContent();
    await openStock(page);
    await page.getByRole('button', { name: 'Pesan ke UMKM…' }).click();
    await page.getByLabel('Pemasok pesanan').selectOption(IKAT_SUPPLIER);
    const quantity = page.getByLabel(`Pesan ${ikat().name}`);
    // Nothing on hand and nothing sold: the suggestion is the minimum.
    await expect.poll(() => quantity.inputValue()).toBe('4');
    expect({ problems: await layoutProblems(page) }).toEqual({ problems: [] });
    const send = page.getByRole('button', { name: 'Kirim & cetak pesanan' });
    await quantity.fill('-1');
    await send.click();
    await expect.poll(notice).toBe(`${ikat().name}: Jumlah tidak boleh negatif.`);
    await quantity.fill('20');
    await send.click();
    await expect
      .poll(notice, SLOW)
      .toMatch(
        /^Pesanan Rp\s140\.000 melebihi sisa anggaran pembelian .*: sisa Rp\s70\.000 \(anggaran Rp\s100\.000, sudah dipesan Rp\s30\.000\)\.$/,
      );
    await quantity.fill('4');
    await send.click();
    await expect
      .poll(notice, SLOW)
      .toMatch(
        /^Pesanan PO-000002 ke Sanggar Tenun Ikat Sikka tercatat di provinsi; sisa anggaran bulan ini Rp\s42\.000\.$/,
      );
    await expect
      .poll(() => virtual.printer.jobs.filter((j) => j.text.includes('PESANAN BARANG (PO)')).length, SLOW)
      .toBe(2);
    expect(virtual.printer.jobs.at(-1)!.text).toMatch(new RegExp(`Dipesan oleh +${MANAGER.name}`));
    expect(admin(url(), 'po', 'list', '--outlet', OUTLET)).toMatch(
      /PO-000002 .* Sanggar Tenun Ikat Sikka +Rp\s28\.000 +dipesan/,
    );
    const orders = await readStore<PurchaseOrderRow>(page, 'purchaseOrders');
    expect(orders.map((o) => [o.number, o.status])).toEqual([
      ['PO-000001', 'partial'],
      ['PO-000002', 'open'],
    ]);
  });

  it('sells three of the coffee and one weaving, refunds one coffee, and syncs: the order is partly received', async () => {
    const { page } = till;
    await openShift(page);
    await sellForCash(page, code(kopi()), code(tenun()));
    const second = await sellForCash(page, code(kopi()));
    await sellForCash(page, code(kopi()));
    await findReceipt(page, second);
    await refundAsManager(page, kopi().name, 1);
    expect(await ledger(page)).toEqual({ [kopi().id]: 6, [tenun().id]: 5 });
    await syncNow(page);
    const shown = admin(url(), 'po', 'show', 'PO-000001');
    expect(shown).toContain('Status: diterima sebagian');
    expect(shown).toMatch(new RegExp(`${kopi().name} +10 pcs +8 pcs +Kurang 2 dari pesanan \\(10\\)`));
    expect(shown).toMatch(new RegExp(`${tenun().name} +5 pcs +6 pcs +Lebih 1 dari pesanan \\(5\\)`));
    const quarantined = await province.database.db.query('SELECT 1 FROM events WHERE quarantine_reasons IS NOT NULL');
    expect(quarantined.rows).toEqual([]);
  });

  it("owes the supplier the month's consigned sales net of the refund and the outright goods received; a payout lowers it", async () => {
    const csv = join(files, 'rekap.csv');
    const json = join(files, 'rekap.json');
    const statement = admin(url(), 'report', 'supplier', SUPPLIER, MONTH, '--csv', csv);
    // Consigned: 3 sold − 1 refunded = 2 × Rp 4.000; outright: 6 received × Rp 6.000.
    expect(statement).toMatch(
      new RegExp(`${OUTLET} +${kopi().name} +konsinyasi Rp\\s4\\.000/unit +2 +Rp\\s10\\.000 +Rp\\s8\\.000`),
    );
    expect(statement).toMatch(
      new RegExp(`${OUTLET} +${tenun().name} +diterima, beli putus Rp\\s6\\.000/unit +6 +- +Rp\\s36\\.000`),
    );
    expect(statement).toMatch(/Terutang bulan ini: Rp\s44\.000/);
    expect(statement).toMatch(/Saldo akhir: Rp\s44\.000/);
    expect(adminFails('supplier', 'payout', SUPPLIER, '50000', '--ref', 'TRF-NTT-0001')).toMatch(/melebihi/);
    expect(admin(url(), 'supplier', 'payout', SUPPLIER, '30000', '--ref', 'TRF-NTT-0001')).toMatch(
      /Saldo terutang sekarang: Rp\s14\.000\./,
    );
    const after = admin(url(), 'report', 'supplier', SUPPLIER, MONTH, '--csv', csv, '--json', json);
    expect(after).toMatch(/Dibayar bulan ini: Rp\s30\.000/);
    expect(after).toMatch(/Saldo akhir: Rp\s14\.000/);
    const exported = readFileSync(csv, 'utf8').split(/\r?\n/);
    expect(exported.filter((l) => l.startsWith('terjual-konsinyasi'))).toEqual([
      expect.stringMatching(
        new RegExp(`^terjual-konsinyasi,,${OUTLET},${kopi().id},${kopi().name},.*,2,10000,8000,,$`),
      ),
    ]);
    expect(exported.filter((l) => l.startsWith('diterima-beli-putus'))).toEqual([
      expect.stringMatching(new RegExp(`^diterima-beli-putus,,${OUTLET},${tenun().id},${tenun().name},.*,6,,36000,,$`)),
    ]);
    expect(exported.filter((l) => l.startsWith('pembayaran'))).toEqual([
      expect.stringMatching(/^pembayaran,\d{4}-\d{2}-\d{2},,,,,,,,30000,TRF-NTT-0001$/),
    ]);
    expect(exported.find((l) => l.startsWith('saldo-akhir'))).toMatch(/,14000,,$/);

    const printed = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'print-statement', '--', json, '--printer', virtual.uri, '--width', '32'],
      { cwd: process.cwd() },
    );
    expect(printed.stdout).toContain('Rekap pemasok tercetak');
    const paper = virtual.printer.jobs.find((j) => j.text.includes('REKAP PEMASOK'))!.text;
    expect(paper).toMatch(/ {2}2 terjual \(10\.000\) +8\.000/);
    expect(paper).toMatch(/ {2}6 diterima +36\.000/);
    expect(paper).toMatch(/SALDO AKHIR +Rp\s14\.000/);
  });
});
