/**
 * The kartu stok and the replenishment suggestion in chromium at 1024×768: after two sales the
 * Stok screen lists kopi below zero with days of cover and an order to place; its kartu stok (opened
 * from the product's row, and from "Kartu stok…" by search) lists the sales newest first with the
 * falling balance; neither the screen nor the card has a control out of view or overlapping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { layoutProblems } from '../support/layout';
import { readyToSell, sellForCash, startTerminal, type Terminal } from '../support/terminal';

let terminal: Terminal;
beforeAll(async () => {
  terminal = await startTerminal({ viewport: { width: 1024, height: 768 } });
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
});

const kopi = DEMO_CATALOG.find((p) => p.name === 'Kopi Arabika Bajawa Bubuk 250 g')!;

describe('kartu stok in chromium', () => {
  it('shows days of cover and the order to place, and the card with every sale and the balance', async () => {
    const { page } = terminal;
    await sellForCash(page, kopi.barcode!);
    await sellForCash(page, kopi.barcode!);
    await page.getByRole('button', { name: 'Stok', exact: true }).click();
    const row = page.locator(`[data-stock-product="${kopi.name}"]`);
    // Nothing received on this terminal: the sales took the ledger to −2 (the shelf is the truth).
    await expect.poll(() => row.getAttribute('data-kinds')).toBe('negative out');
    await expect.poll(() => row.locator('td').nth(5).textContent()).toBe('0 hari');
    // ceil(2/28 × (7 + 14)) + minimum 3 − (−2) on hand = 7 to order.
    await expect.poll(() => row.locator('[data-suggested]').textContent()).toBe('7 bungkus');
    await page.getByLabel('Waktu tunggu pesanan (hari)').fill('21');
    // ceil(2/28 × (21 + 14)) + 3 + 2 = 8.
    await expect.poll(() => row.locator('[data-suggested]').textContent()).toBe('8 bungkus');
    expect(await layoutProblems(page)).toEqual([]);

    await row.getByRole('button', { name: kopi.name }).click();
    const card = page.getByRole('dialog', { name: 'Kartu stok' });
    await expect.poll(() => card.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    const lines = await card
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows
          .slice(0, 2)
          .map((r) => [r.getAttribute('data-reason'), ...[...r.children].slice(3, 6).map((c) => c.textContent)]),
      );
    expect(lines).toEqual([
      ['sale', '', '1 bungkus', '-2 bungkus'],
      ['sale', '', '1 bungkus', '-1 bungkus'],
    ]);
    await expect.poll(() => card.locator('tbody tr').first().locator('td').nth(2).textContent()).toMatch(/^Struk /);
    await expect.poll(() => card.locator('[data-on-hand]').textContent()).toBe('-2 bungkus');
    expect(await layoutProblems(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Kartu stok…' }).click();
    await page.getByLabel('Pindai atau cari produk').fill('kopi arabika bajawa bubuk');
    await page
      .getByRole('option', { name: new RegExp(kopi.name) })
      .first()
      .click();
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(`Kartu stok: ${kopi.name}`);
    await expect.poll(() => card.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  });
});
