/**
 * Unpaid carts end to end in chromium: the cart on the register, with the ASN identified on it,
 * comes back after a reload and after chromium is killed and started again on the same profile;
 * carts put on hold wait in a list (who, when, total) and come back on recall; loose goods sold
 * per kg, picked by name, get their weight typed in; a paid cart never comes back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { formatRupiah, rupiah } from '#domain/money';
import {
  readStore,
  readyToSell,
  scan,
  sellForCash,
  signIn,
  startTerminal,
  typeLikePerson,
  type Terminal,
} from '../support/terminal';

let terminal: Terminal;
beforeAll(async () => {
  terminal = await startTerminal();
  await readyToSell(terminal.page);
});
afterAll(async () => {
  await terminal?.close();
});

const product = (name: string) => DEMO_CATALOG.find((p) => p.name === name)!;
const kopi = product('Kopi Arabika Bajawa Bubuk 250 g');
const madu = product('Madu Hutan Sumba 250 ml');
const sei = DEMO_CATALOG.find((p) => p.soldBy === 'weight' && p.name.startsWith("Se'i Sapi"))!;
const FRANSISKUS = '198609262015051001';

const total = (page: Page) => page.getByTestId('cart-total').textContent();

describe('unpaid carts in chromium', () => {
  it('keeps the cart and its ASN through a reload and a killed browser', async () => {
    const { page } = terminal;
    await scan(page, kopi.barcode!);
    await scan(page, kopi.barcode!);
    await scan(page, madu.barcode!);
    await scan(page, FRANSISKUS);
    await page.getByTestId('asn-found').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('asn-name').textContent()).toBe('Fransiskus J.');
    const expected = formatRupiah(rupiah(2 * kopi.price + madu.price));
    await expect.poll(() => total(page)).toBe(expected);
    // Kept as it changes: on disk before anything else happens.
    await expect
      .poll(
        async () =>
          (await readStore<{ id: string; cart: { lines: unknown[] } }>(page, 'openCarts')).find(
            (c) => c.id === 'active',
          )?.cart.lines.length,
      )
      .toBe(2);

    await page.reload();
    await signIn(page, 'Maria', '1234');
    await expect.poll(() => total(page)).toBe(expected);
    await expect.poll(() => page.getByTestId('asn-name').textContent()).toBe('Fransiskus J.');

    await terminal.relaunch();
    await signIn(terminal.page, 'Maria', '1234');
    await expect.poll(() => total(terminal.page)).toBe(expected);
    await expect.poll(() => terminal.page.getByTestId('asn-name').textContent()).toBe('Fransiskus J.');
  });

  it('holds carts aside, lists them with who, when and total, and recalls one onto the empty register', async () => {
    const { page } = terminal;
    const first = await total(page);
    await page.getByRole('button', { name: 'Tahan transaksi' }).click();
    await expect.poll(() => page.locator('.cart-empty').count()).toBe(1);
    await expect.poll(() => page.getByTestId('asn-panel').count()).toBe(0);
    await scan(page, madu.barcode!);
    await expect.poll(() => total(page)).toBe(formatRupiah(madu.price));
    await page.getByRole('button', { name: 'Tahan transaksi' }).click();
    await page.getByRole('button', { name: 'Transaksi ditahan (2)' }).click();
    const list = page.getByRole('dialog', { name: 'Transaksi ditahan' });
    const rows = list.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(
      new RegExp(`Maria · ASN Fransiskus J\\.2${first!.replace('.', '\\.')}Panggil$`),
    );
    expect(await rows.nth(1).textContent()).toContain(formatRupiah(madu.price));
    await rows.nth(0).getByRole('button', { name: 'Panggil' }).click();
    await expect.poll(() => total(page)).toBe(first);
    await expect.poll(() => page.getByTestId('asn-name').textContent()).toBe('Fransiskus J.');
    // The other one still waits, through a reload too.
    await page.reload();
    await signIn(page, 'Maria', '1234');
    await expect.poll(() => page.getByRole('button', { name: 'Transaksi ditahan (1)' }).count()).toBe(1);
  });

  it('asks the weight of loose goods picked by name, and a paid cart does not come back', async () => {
    const { page } = terminal;
    await page.keyboard.press('F2');
    await typeLikePerson(page, "se'i sapi curah");
    await page.locator('.search-results li', { hasText: sei.name }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Berat barang' });
    await dialog.getByLabel('Berat').fill('abc');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Berat tidak valid: ketik angka, misalnya 355.');
    await dialog.getByLabel('kg', { exact: true }).check();
    await dialog.getByLabel('Berat').fill('0,355');
    const price = rupiah(Math.round((sei.price * 355) / 1000));
    await expect.poll(() => dialog.getByTestId('weight-price').textContent()).toBe(`0,355 kg = ${formatRupiah(price)}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('tr[data-line]').last().textContent()).toContain(sei.name);
    await expect
      .poll(() => page.locator('tr[data-line]').last().textContent())
      .toContain(formatRupiah(price).replace('Rp\u00a0', ''));

    await sellForCash(page);
    await page.reload();
    await signIn(page, 'Maria', '1234');
    await expect.poll(() => page.locator('.cart-empty').count()).toBe(1);
    expect((await readStore<{ id: string }>(page, 'openCarts')).map((c) => c.id)).not.toContain('active');
    const [sale] = (await readStore<{ lines: { name: string; weightGrams: number | null }[] }>(page, 'sales')).slice(
      -1,
    );
    expect(sale!.lines.find((l) => l.name === sei.name)?.weightGrams).toBe(355);
  });
});
