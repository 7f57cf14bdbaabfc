/**
 * Every screen at the two screen sizes of the shops, 1024×768 and 1366×768, as the manager (who
 * sees every tab): the top bar keeps to one row, no interactive control lies below the fold or
 * beside the window or on top of another, and neither the page nor a screen scrolls (only lists
 * do, inside the screen). The register shows at least 8 cart lines with the search box, the total
 * and Bayar in view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { layoutProblems } from '../support/layout';
import { scan, signIn, startTerminal, type Terminal } from '../support/terminal';

/** The top bar's tabs and buttons all on one row. */
function topBarRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Set(
        [...document.querySelectorAll('.top-bar button')].map((b) => Math.round(b.getBoundingClientRect().top / 10)),
      ).size,
  );
}

const SCREENS: readonly { tab: string; ready: string }[] = [
  { tab: 'Kasir', ready: 'main.register' },
  { tab: 'Shift', ready: 'main.shift-screen' },
  { tab: 'Riwayat & refund', ready: 'main.sales-screen' },
  { tab: 'Impor produk', ready: 'main.import-screen' },
  { tab: 'Label produk', ready: 'main.labels-screen' },
  { tab: 'Pengaturan', ready: 'main.settings-screen' },
  { tab: 'Sinkron', ready: 'main' },
];

describe.each([
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
])('every screen at $width×$height', (viewport) => {
  let terminal: Terminal;
  let page: Page;
  const visit = async (tab: string, ready: string) => {
    await page.locator('.top-bar nav').getByRole('button', { name: tab }).click();
    await page.locator(ready).first().waitFor();
  };
  const expectTidy = async (what: string) => {
    expect({ what, problems: await layoutProblems(page) }).toEqual({ what, problems: [] });
    expect({ what, rows: await topBarRows(page) }).toEqual({ what, rows: 1 });
  };

  beforeAll(async () => {
    terminal = await startTerminal({ viewport });
    page = terminal.page;
    await signIn(page, 'Yohanes', '9999');
  });
  afterAll(async () => {
    await terminal?.close();
  });

  it('shows the day close and the float count of a shift to open', async () => {
    await visit('Shift', 'main.shift-screen');
    await page.getByRole('button', { name: 'Tutup hari (laporan harian)' }).waitFor();
    await expectTidy('shift to open');
    await page.getByLabel('Uang kertas Rp 100.000', { exact: true }).fill('2');
    await page.getByRole('button', { name: /Buka shift/ }).click();
    await page.locator('main.register').waitFor();
  });

  it('shows at least 8 cart lines with the search box, the total and Bayar in view', async () => {
    for (const product of DEMO_CATALOG.filter((p) => p.barcode !== null && p.soldBy === 'unit').slice(0, 12))
      await scan(page, product.barcode!);
    await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(12);
    const fullyShown = await page.evaluate(() => {
      const list = document.querySelector('.cart-scroll')!.getBoundingClientRect();
      return [...document.querySelectorAll('table.cart tbody tr')].filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= list.top - 1 && box.bottom <= list.bottom + 1 && box.bottom <= innerHeight;
      }).length;
    });
    expect(fullyShown).toBeGreaterThanOrEqual(8);
    await expectTidy('register with 12 lines');
    // The last line scrolled into view; the search box, total and Bayar still where they were.
    for (const control of [
      page.getByLabel('Cari produk'),
      page.getByTestId('cart-total'),
      page.getByRole('button', { name: /Bayar/ }),
    ]) {
      const box = (await control.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    await page.keyboard.press('F10');
    await expectTidy('payment');
    await page.keyboard.press('F1');
    await page.keyboard.press('Enter');
    await page.locator('.receipt-dialog').waitFor();
    await expectTidy('receipt');
    await page.keyboard.press('Enter');
  });

  it('keeps every control of every screen in view, the close-shift count, reprint and refund included', async () => {
    for (const { tab, ready } of SCREENS) {
      await visit(tab, ready);
      await expectTidy(tab);
    }
    await visit('Shift', 'main.shift-screen');
    await page.getByRole('button', { name: 'Tutup shift' }).click();
    await page.getByTestId('close-expected').waitFor();
    await expectTidy('close-shift count');
    await page.keyboard.press('Escape');
    await visit('Riwayat & refund', 'main.sales-screen');
    await page.locator('table.sales tbody tr').first().click();
    await page.getByRole('button', { name: 'Cetak ulang struk ini (SALINAN)' }).waitFor();
    await expectTidy('a sale with its receipt');
    await page.getByRole('button', { name: 'Refund barang dari struk ini' }).click();
    await page.locator('.refund-panel').waitFor();
    await expectTidy('refund');
    await page.keyboard.press('Escape');
    await visit('Pengaturan', 'main.settings-screen');
    await page.getByRole('button', { name: 'Penyimpanan & cadangan' }).click();
    await page.getByRole('button', { name: 'Bersihkan data lama sekarang' }).waitFor();
    await expectTidy('penyimpanan & cadangan');
    for (const [button, heading] of [
      ['Penerimaan barang…', 'Penerimaan barang (manajer)'],
      ['Kirim mutasi…', 'Kirim mutasi (manajer)'],
      ['Stok terbuang…', 'Stok terbuang'],
    ] as const) {
      await visit('Stok', 'main.stock-screen');
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      await expectTidy(heading);
    }
  });

  it('covers the whole window with the lock screen once locked', async () => {
    await page.locator('.top-bar').getByRole('button', { name: 'Kunci' }).click();
    const lock = page.locator('main.lock-screen');
    await lock.waitFor();
    expect(await lock.evaluate((el) => el.getBoundingClientRect().height)).toBe(viewport.height);
  });
});
