/**
 * The sales history (F9) end to end in chromium: refunds are listed beside the sales, a sale
 * refunded in part or in full is marked so, and a fully refunded sale offers no refund any more.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import {
  findReceipt,
  readyToSell,
  refundAsManager,
  sellForCash,
  startTerminal,
  type Terminal,
} from '../support/terminal';

let terminal: Terminal;
beforeAll(async () => {
  terminal = await startTerminal();
  // A manager refunds without asking anyone else.
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
});

const product = (name: string) => DEMO_CATALOG.find((p) => p.name === name)!;
const kopi = product('Kopi Arabika Bajawa Bubuk 250 g');
const madu = product('Madu Hutan Sumba 250 ml');

async function refund(page: Page, receiptNo: string, name: string, quantity: number) {
  await findReceipt(page, receiptNo);
  await refundAsManager(page, name, quantity);
}

describe('sales history with refunds', () => {
  it('lists refunds, marks sales refunded in part or in full, and offers no refund of a fully refunded sale', async () => {
    const { page } = terminal;
    const partly = await sellForCash(page, kopi.barcode!, madu.barcode!);
    const fully = await sellForCash(page, madu.barcode!);
    await refund(page, partly, kopi.name, 1);
    await refund(page, fully, madu.name, 1);

    const table = page.locator('table.sales');
    await expect.poll(() => table.locator('tr[data-refund]').count()).toBe(2);
    expect(await table.locator('tr[data-refund]').first().textContent()).toContain(`Refund ${fully}`);
    expect(await table.locator(`tr[data-sale="${partly}"]`).getAttribute('data-refunded')).toBe('partial');
    expect(await table.locator(`tr[data-sale="${partly}"]`).textContent()).toContain('Direfund sebagian');
    expect(await table.locator(`tr[data-sale="${fully}"]`).textContent()).toContain('Direfund penuh');

    await table.locator(`tr[data-sale="${fully}"]`).click();
    await expect
      .poll(() => page.getByTestId('fully-refunded').textContent())
      .toBe('Semua barang struk ini sudah direfund.');
    expect(await page.getByRole('button', { name: 'Refund barang dari struk ini' }).count()).toBe(0);
    await table.locator(`tr[data-sale="${partly}"]`).click();
    expect(await page.getByRole('button', { name: 'Refund barang dari struk ini' }).count()).toBe(1);

    await page.getByLabel('Cari struk').fill(fully);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice').textContent()).toContain(`Struk ${fully} sudah direfund penuh`);
  });
});
