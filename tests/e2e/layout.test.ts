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
import { scan, signIn, startTerminal, type Terminal } from '../support/terminal';

interface Problem {
  control: string;
  problem: string;
}

/**
 * What is wrong with the screen as shown: controls out of the window or overlapping, or the page
 * or the screen's <main> scrolling. Controls inside an inner scrolling list that are scrolled out
 * of it are fine; with a modal dialog open only the dialog's controls count.
 */
function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: { control: string; problem: string }[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (el: Element) =>
      /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1;
    const root = document.documentElement;
    if (root.scrollHeight > innerHeight + 1 || root.scrollWidth > innerWidth + 1)
      problems.push({ control: 'page', problem: `scrolls (${root.scrollWidth}×${root.scrollHeight})` });
    const screen = document.querySelector('.app > main');
    if (screen && (screen.scrollHeight > screen.clientHeight + 1 || screen.scrollWidth > screen.clientWidth + 1))
      problems.push({ control: `screen ${screen.className}`, problem: 'scrolls' });
    const dialogs = [...document.querySelectorAll('[aria-modal="true"]')];
    const scope = dialogs.at(-1) ?? document.body;
    const controls = [...scope.querySelectorAll('button, input, select, textarea, a[href]')].filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        Number(style.opacity) > 0 &&
        box.width > 2 &&
        box.height > 2
      );
    });
    const shown: { el: Element; box: DOMRect }[] = [];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      let list: Element | null = el.parentElement;
      while (list && list !== screen && list !== document.body && !scrolls(list)) list = list.parentElement;
      const inList = list !== null && list !== screen && list !== document.body;
      const view = inList ? list!.getBoundingClientRect() : { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
      const inside =
        box.top >= view.top - 1 &&
        box.left >= view.left - 1 &&
        box.bottom <= view.bottom + 1 &&
        box.right <= view.right + 1;
      if (inside) shown.push({ el, box });
      else if (!inList)
        problems.push({
          control: name(el),
          problem: `outside the window at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
        });
    }
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (width > 1 && height > 1) problems.push({ control: name(a.el), problem: `overlaps ${name(b.el)}` });
      }
    }
    return problems;
  });
}

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
  });
});
