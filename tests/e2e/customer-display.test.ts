/**
 * The customer display (issue 18) in chromium: the manager opens "Layar pelanggan" from Pengaturan,
 * a second window of the same origin kept in step through BroadcastChannel. Between sales it shows
 * the outlet and its UMKM products; then the lines as scanned, the total, a cash payment's change,
 * the QRIS code the register shows, and the demo ASN Fransiskus's month ("Belanja bulan ini …").
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { DEMO_ASN } from '#renderer/training/demo-asn';
import { readyToSell, scan, startTerminal, type Terminal } from '../support/terminal';

let terminal: Terminal;
let display: Page;

const product = (name: string) => DEMO_CATALOG.find((p) => p.name === name)!;
const kopi = product('Kopi Arabika Bajawa Bubuk 250 g');
const madu = product('Madu Hutan Sumba 250 ml');
const FRANSISKUS = DEMO_ASN[0]!;
const rp = (n: number) => formatRupiah(rupiah(n));

beforeAll(async () => {
  terminal = await startTerminal();
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
});

const shown = (testId: string) => display.getByTestId(testId).textContent();

describe('the customer display', () => {
  it('opens from Pengaturan as a second window showing the outlet and its UMKM products', async () => {
    const { page, context } = terminal;
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    [display] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Buka layar pelanggan' }).click(),
    ]);
    await display.locator('[data-display=welcome]').waitFor();
    expect(await display.locator('h1').textContent()).toBe('Selamat datang di NTT Mart Manggarai Barat');
    const featured = await display.locator('.featured li strong').allTextContents();
    expect(featured.length).toBeGreaterThan(2);
    expect(featured.every((name) => DEMO_CATALOG.some((p) => p.name === name))).toBe(true);
  });

  it('shows the lines as they are scanned, the total, and the change of a cash payment', async () => {
    const { page } = terminal;
    await page.keyboard.press('F1');
    await scan(page, kopi.barcode!);
    await expect.poll(() => display.locator('.display-lines tr').count()).toBe(1);
    await scan(page, kopi.barcode!);
    await expect
      .poll(() => display.locator('.display-lines td small').first().textContent())
      .toBe(`2 × ${rp(kopi.price)}`);
    expect(await shown('display-total')).toBe(rp(2 * kopi.price));
    await page.keyboard.press('F10');
    await page.keyboard.press('F4'); // Rp 100.000 handed over
    const paid = Math.ceil((2 * kopi.price) / 100_000) * 100_000;
    if (paid > 100_000) await page.keyboard.press('F4');
    await expect.poll(() => shown('display-change')).toBe(rp(paid - 2 * kopi.price));
    expect(await shown('display-paid')).toBe(rp(2 * kopi.price));
    await page.keyboard.press('F10');
    await display.locator('[data-display=done]').waitFor();
    expect(await display.locator('.display-thanks').textContent()).toBe('Terima kasih telah mendukung UMKM NTT!');
    await page.keyboard.press('Enter');
    await display.locator('[data-display=welcome]').waitFor();
  });

  it('shows an identified ASN’s month and the QRIS code the buyer pays with', async () => {
    const { page } = terminal;
    await scan(page, madu.barcode!);
    await scan(page, FRANSISKUS.nip);
    await page.getByTestId('asn-found').waitFor();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => shown('display-asn'))
      .toBe(`Fransiskus J.Belanja bulan ini ${rp(FRANSISKUS.spentThisMonth + madu.price)} dari ${rp(100_000)}`);

    await page.keyboard.press('F10');
    await page.keyboard.press('F6');
    const register = page.locator('.qris img');
    await register.waitFor();
    const onDisplay = display.locator('.display-qris img');
    await expect.poll(() => onDisplay.getAttribute('data-qris')).toBe(await register.getAttribute('data-qris'));
    await page.keyboard.press('Enter');
    await expect.poll(() => display.locator('.display-qris').count()).toBe(0);
    await expect.poll(() => shown('display-change')).toBe(rp(0));
    await page.keyboard.press('Enter');
    await display.locator('[data-display=done]').waitFor();
    expect(await shown('display-asn')).toContain(`Belanja bulan ini ${rp(FRANSISKUS.spentThisMonth + madu.price)}`);
    await page.keyboard.press('Enter');
    await display.locator('[data-display=welcome]').waitFor();
  });
});
