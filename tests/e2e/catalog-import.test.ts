/** A manager imports a spreadsheet with some bad rows; the good products sell at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { readyToSell, scan, startTerminal, type Terminal } from '../support/terminal';

let terminal: Terminal;
beforeAll(async () => {
  terminal = await startTerminal();
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
});

const kopiLembata = withCheckDigit('899887700001');
const tenunLembata = withCheckDigit('899887700002');
const misprinted = `${withCheckDigit('899887700003').slice(0, 12)}${(Number(withCheckDigit('899887700003').at(-1)) + 5) % 10}`;
const CSV = [
  'Kode Barcode,Nama Produk,Harga Jual,Pemasok,Kategori,Satuan',
  `${kopiLembata},Kopi Robusta Lembata 200 g,"42.000",Kopi Ile Ape,Kopi & Teh,bungkus`,
  `${tenunLembata},Tenun Ikat Lembata,1250000,Sanggar Lamalera,Tenun & Kerajinan,lembar`,
  `${misprinted},Madu Lembata,55000,Madu Ile Ape,Madu,botol`,
  ',Kacang Tanah Lembata,abc,Tani Lembata,Hasil Bumi,bungkus',
  `${DEMO_CATALOG[0]!.barcode},${DEMO_CATALOG[0]!.name},33000,${DEMO_CATALOG[0]!.supplier},Kopi & Teh,bungkus`,
].join('\n');

describe('catalog import in chromium', () => {
  it('lists bad rows with line numbers and reasons, imports the good ones', async () => {
    const { page } = terminal;
    await page.keyboard.press('F8');
    await expect.poll(() => page.getByTestId('catalog-size').textContent()).toBe(String(DEMO_CATALOG.length));
    await page
      .getByLabel('Berkas produk')
      .setInputFiles({ name: 'produk-lembata.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.locator('p').textContent()).toBe('2 produk baru, 1 diperbarui, 2 baris ditolak.');
    const problems = await report.locator('.problems tbody tr').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^4Barcode "${misprinted}" tidak valid`)),
      expect.stringMatching(/^5Harga "abc" bukan angka Rupiah bulat/),
    ]);
    await expect.poll(() => page.getByTestId('catalog-size').textContent()).toBe(String(DEMO_CATALOG.length + 2));
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/2 baris ditolak/);
  });

  it('sells an imported product and the updated price straight away', async () => {
    const { page } = terminal;
    await scan(page, kopiLembata);
    await scan(page, DEMO_CATALOG[0]!.barcode!);
    await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(2);
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe('Rp\u00a075.000');
  });
});
