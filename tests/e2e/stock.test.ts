/**
 * Stock on the terminal, in chromium against the web host: a manager receives goods from a UMKM
 * (a catalog product scanned, a new product typed), the BAST prints at the virtual printer and shows
 * on screen line for line; the cashier sells and each cart line shows the stock falling, with the
 * low badge once it reaches the minimum; the new product sells by its in-store code at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { DEMO_OPENING_SUPPLIER, demoOpeningQuantity } from '#renderer/training/demo-stock';
import type { StockReceived } from '#sync/protocol/stock';
import { paperLines } from '../support/paper';
import { readStore, readyToSell, scan, sellForCash, startTerminal, voidSale, type Terminal } from '../support/terminal';
import { startVirtualPrinter } from '../support/virtual-printer';

let terminal: Terminal;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
beforeAll(async () => {
  virtual = await startVirtualPrinter(32);
  terminal = await startTerminal();
  await terminal.bridge.registry.invoke('config-update', [{ printer: virtual.config }]);
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
  await virtual?.close();
});

const kopi = DEMO_CATALOG.find((p) => p.name === 'Kopi Arabika Bajawa Bubuk 250 g')!;
const lineStock = (terminal: Terminal) => terminal.page.locator('tr[data-line] .line-stock').first();
/** What this test received: mode latihan starts with its opening stock. */
const received = async (page: Terminal['page']) =>
  (await readStore<StockReceived>(page, 'stockReceipts')).filter((r) => r.supplier !== DEMO_OPENING_SUPPLIER);

describe('stock in chromium', () => {
  it('starts mode latihan with stocked shelves, the Bajawa coffee sold out, the Sumba honey low and cakes expiring', async () => {
    const { page } = terminal;
    const stocked = DEMO_CATALOG.find((p) => p.supplier.startsWith('Sanggar Tenun Ikat') && p.barcode)!;
    await scan(page, stocked.barcode!);
    await expect.poll(() => lineStock(terminal).getAttribute('data-stock')).toBe(String(demoOpeningQuantity(stocked)));
    await expect.poll(() => lineStock(terminal).getAttribute('data-status')).toBe('ok');
    await voidSale(page);
    await page.getByRole('button', { name: 'Stok', exact: true }).click();
    await page.getByRole('button', { name: /^Habis/ }).click();
    await expect.poll(() => page.locator(`[data-stock-product="${kopi.name}"]`).count()).toBe(1);
    await page.getByRole('button', { name: /^Menipis/ }).click();
    await expect.poll(() => page.locator('[data-stock-product^="Madu Hutan Sumba"]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Segera kedaluwarsa/ }).click();
    await expect.poll(() => page.locator('[data-stock-product^="Kue "]').count()).toBeGreaterThan(0);
  });

  it('refuses a receiving without a supplier, keeping what was typed', async () => {
    const { page } = terminal;
    await page.getByRole('button', { name: 'Stok', exact: true }).click();
    await page.getByRole('button', { name: 'Penerimaan barang…' }).click();
    await page.getByRole('heading', { name: 'Penerimaan barang (manajer)' }).waitFor();
    await scan(page, kopi.barcode!);
    await page.getByLabel(`Jumlah ${kopi.name}`).fill('5');
    await page.getByLabel(`Harga beli ${kopi.name}`).fill('50000');
    // The scanned product proposed its UMKM: clear it to see the refusal.
    await page.getByLabel('Pemasok (UMKM)').fill('');
    await page.getByRole('button', { name: 'Simpan & cetak BAST' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Pemasok (UMKM) harus diisi.');
    expect(await page.getByLabel(`Jumlah ${kopi.name}`).inputValue()).toBe('5');
    expect(await received(page)).toEqual([]);
  });

  it('receives goods, prints the BAST at the printer and shows it on screen line for line', async () => {
    const { page } = terminal;
    await page.getByLabel('Pemasok (UMKM)').fill('Koperasi Kopi Bajawa');
    await page.getByLabel('No. surat jalan').fill('SJ-0412');
    await page.getByRole('button', { name: 'Produk baru…' }).click();
    await page.getByLabel('Nama produk baru').fill('Keripik Pisang Kepok');
    await page.getByLabel('Usulan harga jual').fill('15000');
    await page.getByRole('button', { name: 'Tambahkan' }).click();
    await page.getByLabel('Jumlah Keripik Pisang Kepok').fill('20');
    await page.getByLabel('Harga beli Keripik Pisang Kepok').fill('9000');
    await expect
      .poll(() => page.getByTestId('receiving-total').textContent())
      .toBe(`Total ${formatRupiah(rupiah(430_000))}`);
    await page.getByRole('button', { name: 'Simpan & cetak BAST' }).click();

    const bast = page.locator('.bast');
    await bast.waitFor();
    await expect.poll(() => virtual.printer.jobs.filter((j) => j.text.includes('SERAH TERIMA')).length).toBe(1);
    const printed = virtual.printer.jobs.find((j) => j.text.includes('SERAH TERIMA'))!.text;
    expect(printed).toMatch(/5 x 50\.000 +250\.000/);
    expect(printed).toMatch(/20 x 9\.000 +180\.000/);
    expect(printed).toMatch(/TOTAL +Rp 430\.000/);
    expect(printed).toMatch(/Pemasok \(UMKM\), +Manajer,/);
    expect(`${(await paperLines(bast)).join('\n')}\n`).toBe(printed);

    const [receiving] = await received(page);
    expect(receiving).toMatchObject({ supplier: 'Koperasi Kopi Bajawa', deliveryNote: 'SJ-0412', total: 430_000 });
    const outbox = await readStore<{ type: string }>(page, 'outbox');
    expect(outbox.filter((e) => e.type === 'stock.received')).toHaveLength(1);
  });

  it('shows the stock falling on the register line as the cashier sells, with the low badge at the minimum', async () => {
    const { page } = terminal;
    await page.keyboard.press('F1');
    await scan(page, kopi.barcode!);
    await expect.poll(() => lineStock(terminal).getAttribute('data-stock')).toBe('5');
    await expect.poll(() => lineStock(terminal).getAttribute('data-status')).toBe('ok');
    await voidSale(page);
    await sellForCash(page, kopi.barcode!);
    await sellForCash(page, kopi.barcode!);
    await scan(page, kopi.barcode!);
    // 3 left: the default minimum of a product sold by the unit, so "Menipis".
    await expect.poll(() => lineStock(terminal).getAttribute('data-stock')).toBe('3');
    await expect.poll(() => lineStock(terminal).locator('.stock-badge').textContent()).toBe('Menipis');
    await expect.poll(() => lineStock(terminal).textContent()).toContain('Stok 3 bungkus');
  });

  it('sells the new product by its in-store code at once, and lists the low stock on the Stok screen', async () => {
    const { page } = terminal;
    const [receiving] = await received(page);
    const code = receiving!.lines[1]!.newProduct!.barcode!;
    await scan(page, code);
    await expect.poll(() => page.locator('tr[data-line]').count()).toBe(2);
    await expect.poll(() => page.locator('tr[data-line] .line-stock').nth(1).getAttribute('data-stock')).toBe('20');
    await voidSale(page);

    await page.getByRole('button', { name: 'Stok', exact: true }).click();
    await page.getByRole('button', { name: /^Menipis/ }).click();
    await expect.poll(() => page.locator(`[data-stock-product="${kopi.name}"]`).count()).toBe(1);
    await page.getByLabel('Cari produk di stok').fill('keripik');
    await expect.poll(() => page.locator('[data-stock-product]').count()).toBe(0);
  });
});
