/**
 * PPN end to end (issue 19): a PKP outlet (Manggarai Barat) enrolled in chromium against the real
 * server on PostgreSQL, with a virtual ESC/POS printer. It sells a product kena PPN with a discount
 * and one bebas PPN, the receipt prints the NPWP and the PPN lines, part of the sale is refunded,
 * and the Z report's PPN figures equal `report ppn`'s to the Rupiah once everything has synced, and
 * the back office's Laporan PPN at 1024×768.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sale } from '#domain/checkout/sale';
import { formatRupiah, rupiah } from '#domain/money';
import { businessMonth } from '#domain/wita';
import { runAdminCommand } from '#sync/admin/commands';
import { addStaff } from '#sync/admin/staff';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { startTestServer, type TestServer } from '../support/sync-server';
import {
  findReceipt,
  openShift,
  readStore,
  refundAsManager,
  scan,
  startTerminal,
  type Terminal,
} from '../support/terminal';
import { enrolThroughScreen } from '../support/terminal-data';
import { startVirtualPrinter } from '../support/virtual-printer';
import { until } from '../support/until';

const AGUSTINA = { name: 'Agustina Bere', pin: '791324' };
const PASSWORD = 'Sasando-Rote-2026';
const SLOW = { timeout: 20_000 };
const OUTLET = 'manggarai-barat';

let server: TestServer;
let till: Terminal;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
let catalog: CatalogProduct[];
let barcodes: Map<string, string>;

/** Text as the printer prints it: Intl's no-break space after "Rp" becomes a space. */
const rp = (n: number) => formatRupiah(rupiah(n)).replace(/\u00a0/g, ' ');
const printed = (title: string) => virtual.printer.jobs.filter((j) => j.text.includes(title));
/** The Rupiah on the printed row that starts with this label. */
const amountRow = (text: string, label: string) => new RegExp(`^${label} +(Rp .+)$`, 'm').exec(text)?.[1];

beforeAll(async () => {
  server = await startTestServer('postgres');
  catalog = await seedCatalog(server.db, 3);
  barcodes = new Map(
    (await server.db.query<{ id: string; barcode: string }>('SELECT id, barcode FROM products')).rows.map((r) => [
      r.id,
      r.barcode,
    ]),
  );
  await runAdminCommand(server.db, ['product', 'tax', catalog[1]!.id, 'dibebaskan']);
  await runAdminCommand(server.db, [
    'outlet',
    'tax',
    OUTLET,
    '--pkp',
    '--npwp',
    '01.234.567.8-901.000',
    '--name',
    'PT Usaha Bersama NTT Mart',
    '--address',
    'Jl. Soekarno Hatta, Labuan Bajo',
  ]);
  await addStaff(server.db, OUTLET, AGUSTINA.name, 'manager', AGUSTINA.pin);
  virtual = await startVirtualPrinter(32);
  till = await startTerminal();
  await till.bridge.registry.invoke('config-update', [{ printer: virtual.config }]);
  await enrolThroughScreen(till.page, server.baseUrl, (await createEnrolmentCode(server.db, OUTLET))!.code, AGUSTINA);
  await until(
    async () => (await readStore<{ key: string }>(till.page, 'serverSettings')).some((s) => s.key === 'outlet.ppn'),
    "the outlet's PPN setting on the terminal",
    20_000,
  );
  await openShift(till.page);
}, 180_000);

afterAll(async () => {
  await till?.close();
  await virtual?.close();
  await server?.close();
});

describe('PPN at a PKP outlet', () => {
  const [taxable, exempt] = [() => catalog[0]!, () => catalog[1]!];
  let receiptNo: string;
  let sale: Sale;

  it('sells goods kena PPN with a discount and goods bebas PPN; the receipt shows the NPWP and the PPN lines', async () => {
    const { page } = till;
    await scan(page, barcodes.get(exempt().id)!);
    await scan(page, barcodes.get(taxable().id)!);
    await scan(page, barcodes.get(taxable().id)!);
    await page.locator('tr[data-line]').nth(1).waitFor();
    await page.keyboard.press('F12');
    await page.getByRole('radio', { name: 'Persen' }).click();
    await page.getByLabel('Nilai diskon').fill('10');
    await page.getByLabel('Alasan', { exact: true }).fill('Kemasan penyok');
    // A manager's own discount needs no approval.
    await page.keyboard.press('Enter');
    const total = exempt().price + 2 * taxable().price - Math.round((2 * taxable().price) / 10);
    await expect.poll(() => page.getByTestId('cart-total').textContent(), SLOW).toBe(formatRupiah(rupiah(total)));
    await page.keyboard.press('F10');
    await page.keyboard.press('F1');
    await page.getByRole('button', { name: /Selesai & cetak struk/ }).click();
    receiptNo = (await page.locator('.receipt-dialog .receipt').getAttribute('data-receipt'))!;
    await page.keyboard.press('Enter');
    await page.locator('.cart-empty').waitFor();

    sale = (await readStore<Sale>(page, 'sales')).find((s) => s.receiptNo === receiptNo)!;
    expect(sale.tax).toMatchObject({ exempt: exempt().price, taxable: total - exempt().price });
    expect(sale.tax!.ppn).toBeGreaterThan(0);
    await expect.poll(() => printed(`No    ${receiptNo}`).length, SLOW).toBe(1);
    const receipt = printed(`No    ${receiptNo}`)[0]!.text;
    expect(receipt).toContain('NPWP 01.234.567.8-901.000');
    expect(receipt).toContain('PT Usaha Bersama NTT Mart');
    expect(receipt).toMatch(new RegExp(`Harga sudah termasuk PPN\\s+${rp(sale.tax!.ppn).replaceAll('.', '\\.')}`));
    expect(amountRow(receipt, 'DPP')).toBe(rp(sale.tax!.dpp));
    expect(amountRow(receipt, 'Barang bebas PPN')).toBe(rp(exempt().price));
  });

  it('refunds one unit kena PPN, returning its PPN, and the Z report agrees with `report ppn` to the Rupiah', async () => {
    const { page } = till;
    await findReceipt(page, receiptNo);
    await page.getByLabel(`Jumlah ${taxable().name} dikembalikan`).waitFor(SLOW);
    await refundAsManager(page, taxable().name, 1);
    await expect.poll(() => printed('PENGEMBALIAN BARANG').length, SLOW).toBe(1);
    const returned = sale.lines.find((l) => l.productId === taxable().id)!.tax!.ppn;
    expect(amountRow(printed('PENGEMBALIAN BARANG')[0]!.text, 'PPN dikembalikan')).toBe(rp(Math.floor(returned / 2)));

    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Tutup shift' }).click();
    const expected = Number((await page.getByTestId('close-expected').textContent())!.replace(/\D/g, ''));
    await page.getByLabel('Uang kertas Rp 100.000', { exact: true }).fill(String(Math.floor(expected / 100_000)));
    await page.getByLabel('Koin Rp 500', { exact: true }).fill(String((expected % 100_000) / 500));
    await page.getByRole('button', { name: /Tutup shift & cetak laporan Z/ }).click();
    await expect.poll(() => printed('LAPORAN Z - TUTUP SHIFT').length, SLOW).toBe(1);
    const z = printed('LAPORAN Z - TUTUP SHIFT')[0]!.text;
    const zFigures = ['Kena PPN', 'Bebas PPN', 'DPP', 'PPN'].map((label) => amountRow(z, label));
    expect(zFigures[3]).toBe(rp(sale.tax!.ppn - Math.floor(returned / 2)));

    // Once the sale and the refund have reached the province, sound, `report ppn` says the same.
    await expect
      .poll(
        async () =>
          (
            await server.db.query<{ type: string }>(
              "SELECT type FROM events WHERE type IN ('sale.completed', 'sale.refunded') AND quarantine_reasons IS NULL ORDER BY seq",
            )
          ).rows.map((r) => r.type),
        SLOW,
      )
      .toEqual(['sale.completed', 'sale.refunded']);
    const report = (await runAdminCommand(server.db, ['report', 'ppn', businessMonth(new Date())])).replace(
      /\u00a0/g,
      ' ',
    );
    const row = report
      .split('\n')
      .find((l) => l.startsWith('NTT Mart Manggarai Barat'))!
      .split(/\s{2,}/);
    expect(row.slice(1, 3)).toEqual(['012345678901000', '1']);
    expect(row.slice(3, 7)).toEqual(zFigures);
    expect(row.slice(7)).toEqual(['1', rp(Math.floor(returned / 2))]);

    // And the back office's Laporan PPN, as the province reads it.
    await runAdminCommand(server.db, ['user', 'add', 'prov.kupang', '--role', 'provinsi'], async () => PASSWORD);
    const office = await till.context.newPage();
    await office.setViewportSize({ width: 1024, height: 768 });
    await office.goto(`${server.baseUrl}/kantor/`);
    await office.getByLabel('Nama pengguna').fill('prov.kupang');
    await office.getByLabel('Kata sandi').fill(PASSWORD);
    await office.getByRole('button', { name: 'Masuk' }).click();
    await office.getByRole('navigation', { name: 'Menu' }).getByRole('button', { name: 'Laporan' }).click();
    await office.getByRole('navigation', { name: 'Laporan' }).getByRole('button', { name: 'PPN' }).click();
    const outlet = office.locator(`[data-testid="ppn-outlets"] tr[data-key="${OUTLET}"]`);
    await outlet.waitFor(SLOW);
    const cells = (await outlet.locator('td').allTextContents()).map((t) => t.replace(/\u00a0/g, ' '));
    expect(cells.slice(1, 7)).toEqual(['01.234.567.8-901.000', '1', ...zFigures]);
    expect(cells.slice(7)).toEqual(['1', rp(Math.floor(returned / 2))]);
    const summary = (await office.getByTestId('ppn-summary').textContent())!.replace(/\u00a0/g, ' ');
    expect(summary).toContain(`PPN ${zFigures[3]} atas DPP ${zFigures[2]}`);
    // A report may grow down the page; it must not outgrow the screen's width (the table scrolls in its card).
    expect(
      await office.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await office.screenshot({ path: 'test-results/backoffice-ppn-1024.png', fullPage: true });
    await office.close();
  });
});
