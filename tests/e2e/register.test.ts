/**
 * The register as a kasir met it on a training day (issue 11), in chromium against the web host:
 * "Buka shift" leads to the register, typing with nothing focused lands in the search box while
 * scans still scan, notices belong to the act that made them, large quantities and F7 ask in the
 * app's own dialog, two cash tenders are one "Tunai", amounts are grouped as typed, the refund and
 * discount forms are checked before a manager is called, weights read as on paper, and a NIP can
 * be given while the payment dialog is open.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ASN } from '#renderer/training/demo-asn';
import { shortAsnName } from '#domain/asn/short-name';
import { withCheckDigit } from '#domain/catalog/barcode';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import type { Sale } from '#domain/checkout/sale';
import { formatRupiah, rupiah } from '#domain/money';
import { businessDate } from '#domain/wita';
import { receiptAsnBlock } from '../support/paper';
import { readStore, scan, signIn, startTerminal, typeLikePerson, type Terminal } from '../support/terminal';

let terminal: Terminal;
/** window.confirm() and friends: the register must never use them. */
let browserDialogs = 0;
beforeAll(async () => {
  terminal = await startTerminal();
  terminal.page.on('dialog', (dialog) => {
    browserDialogs++;
    void dialog.dismiss();
  });
  await signIn(terminal.page, 'Maria', '1234');
});
afterAll(async () => {
  await terminal?.close();
});

const product = (name: string) => DEMO_CATALOG.find((p) => p.name === name)!;
const kopi = product('Kopi Arabika Bajawa Bubuk 250 g');
const madu = product('Madu Hutan Sumba 250 ml');
const rp = (n: number) => formatRupiah(rupiah(n));
const rows = (page: Page) => page.locator('table.cart tbody tr');
const notice = (page: Page) => page.locator('.notice').textContent();
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
const nothingFocused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function payExactly(page: Page): Promise<void> {
  await page.keyboard.press('F10');
  await page.keyboard.press('F1');
  await page.keyboard.press('Enter');
  await page.locator('.receipt-dialog').waitFor();
  await page.keyboard.press('Enter');
}

describe('the register, as a kasir meets it', () => {
  it('goes from "Buka shift" to the register with the search box focused, ready to scan (item 12)', async () => {
    const { page } = terminal;
    await page.keyboard.press('F5');
    await page.getByLabel('Uang kertas Rp 100.000', { exact: true }).fill('2');
    await page.getByRole('button', { name: /Buka shift/ }).click();
    await page.locator('main.register').waitFor();
    expect(await focusedLabel(page)).toBe('Cari produk');
    await scan(page, kopi.barcode!);
    await expect.poll(() => rows(page).count()).toBe(1);
  });

  it('clears the last item’s notice when its line is removed, and an old error on the next screen (item 7)', async () => {
    const { page } = terminal;
    await expect.poll(() => notice(page)).toContain(kopi.name);
    await page.keyboard.press('F6');
    await expect.poll(() => notice(page)).toBe(`${kopi.name} dihapus dari keranjang.`);
    await scan(page, withCheckDigit('899999999999'));
    await expect.poll(() => page.locator('.notice-error').count()).toBe(1);
    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Tutup shift' }).waitFor();
    expect(await page.locator('.notice-error').count()).toBe(0);
    await page.keyboard.press('F1');
  });

  it('puts letters and digits typed with nothing focused into the search box, while scans still scan (item 4)', async () => {
    const { page } = terminal;
    await nothingFocused(page);
    await typeLikePerson(page, 'madu');
    await expect.poll(() => page.getByLabel('Cari produk').inputValue()).toBe('madu');
    await page.keyboard.press('Escape');
    await nothingFocused(page);
    await typeLikePerson(page, '899');
    await expect.poll(() => page.getByLabel('Cari produk').inputValue()).toBe('899');
    await page.keyboard.press('Escape');
    // A scan with nothing focused: one line, the search box as it was, and the focus back off it.
    await nothingFocused(page);
    await scan(page, madu.barcode!);
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await page.getByLabel('Cari produk').inputValue()).toBe('');
    await page.keyboard.press('+');
    await expect.poll(() => page.locator('[data-line] input.quantity').first().inputValue()).toBe('2');
  });

  it('asks in an app dialog before a quantity above 99, and keeps the old one on "Tidak" (item 8)', async () => {
    const { page } = terminal;
    await page.keyboard.press('F4');
    await page.keyboard.type('1000');
    await page.keyboard.press('Enter');
    const question = page.getByRole('alertdialog', { name: 'Jumlah besar' });
    await expect.poll(() => question.textContent()).toContain(`1000 × ${madu.name} = ${rp(1000 * madu.price)}`);
    await question.getByRole('button', { name: /Tidak, tetap 2/ }).click();
    await expect.poll(() => page.locator('[data-line] input.quantity').first().inputValue()).toBe('2');
    expect(await page.getByTestId('cart-total').textContent()).toBe(rp(2 * madu.price));
    await page.keyboard.press('F4');
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await expect.poll(() => question.getByRole('button', { name: /Ya, 120/ }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(rp(120 * madu.price));
  });

  it('voids with F7 through an app dialog a finger can answer, never the browser’s confirm() (item 9)', async () => {
    const { page } = terminal;
    await page.keyboard.press('F7');
    const question = page.getByRole('alertdialog', { name: 'Batalkan transaksi?' });
    await question.getByRole('button', { name: /Tidak, lanjutkan/ }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await rows(page).count()).toBe(1);
    await page.getByRole('button', { name: /Batalkan transaksi/ }).click();
    await question.getByRole('button', { name: /Ya, batalkan transaksi/ }).click();
    await page.locator('.cart-empty').waitFor();
    expect(browserDialogs).toBe(0);
  });

  it('groups the digits of every amount as they are typed (item 11)', async () => {
    const { page } = terminal;
    await scan(page, kopi.barcode!);
    await page.keyboard.press('F10');
    await typeLikePerson(page, '1065000');
    const amount = page.getByLabel('Jumlah', { exact: true });
    await expect.poll(() => amount.inputValue()).toBe('1.065.000');
    expect(await page.locator('.payment .money-prefix').textContent()).toBe('Rp');
    await page.keyboard.press('Escape');

    await page.keyboard.press('F12');
    await page.getByLabel('Nilai diskon').pressSequentially('15000');
    await expect.poll(() => page.getByLabel('Nilai diskon').inputValue()).toBe('15.000');
    await page.getByRole('tab', { name: 'Ubah harga' }).click();
    await page.getByLabel('Harga baru').pressSequentially('1250000');
    await expect.poll(() => page.getByLabel('Harga baru').inputValue()).toBe('1.250.000');
    await page.keyboard.press('Escape');

    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Kas masuk' }).click();
    await page.getByLabel('Jumlah', { exact: true }).pressSequentially('200000');
    await expect.poll(() => page.getByLabel('Jumlah', { exact: true }).inputValue()).toBe('200.000');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
  });

  it('merges two cash tenders into one "Tunai" on screen and in the sale (item 10)', async () => {
    const { page } = terminal;
    await page.keyboard.press('F10');
    await page.keyboard.press('F2');
    await page.keyboard.press('F4');
    await expect.poll(() => page.locator('.tenders li').count()).toBe(1);
    expect(await page.locator('.tenders li').first().textContent()).toContain('diterima Rp');
    await page.keyboard.press('Enter');
    const receipt = page.locator('.receipt-dialog .receipt');
    await receipt.waitFor();
    expect((await receipt.textContent())!.match(/Tunai/g)).toHaveLength(1);
    expect(await page.getByTestId('receipt-change').textContent()).toBe(rp(120_000 - kopi.price));
    await page.keyboard.press('Enter');
    const sale = (await readStore<Sale>(page, 'sales')).at(-1)!;
    expect(sale.payments).toEqual([{ method: 'cash', amount: kopi.price, tendered: 120_000, reference: null }]);
  });

  it('shows a weight as the paper does, on the cart, the receipt and the refund of the weighed line (item 17)', async () => {
    const { page } = terminal;
    await scan(page, withCheckDigit('251001000500'));
    await expect.poll(() => page.locator('table.cart .weight').textContent()).toBe('0,5 kg');
    await payExactly(page);
    await page.keyboard.press('F9');
    await page.locator('table.sales tbody tr').first().click();
    await expect.poll(() => page.locator('.sales-screen .receipt').textContent()).toContain('0,5 kg x');
    await page.getByRole('button', { name: 'Refund barang dari struk ini' }).click();
    await expect.poll(() => page.locator('[data-refund-line="1"] td.num').first().textContent()).toBe('0,5 kg');
    await page.keyboard.press('Escape');
  });

  it('shows the terminal’s own receipt numbers and dates as dd/mm/yyyy (item 17)', async () => {
    const { page } = terminal;
    const sale = (await readStore<Sale>(page, 'sales')).at(-1)!;
    await page.keyboard.press('F9');
    expect(await page.getByLabel('Cari struk').getAttribute('placeholder')).toBe(
      sale.receiptNo.replace(/-\d{4}$/, '-0001'),
    );
    await page.keyboard.press('F5');
    const [year, month, day] = businessDate(new Date()).split('-');
    await expect
      .poll(() => page.locator('.shift-panel h2').first().textContent())
      .toContain(`hari ${day}/${month}/${year}`);
    await page.keyboard.press('F1');
  });

  it('checks the refund form before calling a manager; required fields are marked, examples look like examples (item 1)', async () => {
    const { page } = terminal;
    await page.keyboard.press('F9');
    await page.locator('table.sales tbody tr').nth(1).click();
    await page.getByRole('button', { name: 'Refund barang dari struk ini' }).click();
    const reason = page.getByLabel('Alasan refund');
    expect(await reason.getAttribute('aria-required')).toBe('true');
    expect(await reason.getAttribute('placeholder')).toMatch(/^contoh: /);
    expect(await page.locator('.refund-panel label .required').textContent()).toBe('Alasan');
    await page.getByLabel(`Jumlah ${kopi.name} dikembalikan`).fill('1');
    await page.getByLabel(`Jumlah ${kopi.name} dikembalikan`).press('Enter');
    await expect.poll(() => page.locator('.notice-error').textContent()).toBe('Alasan refund wajib diisi.');
    expect(await page.locator('.approval').count()).toBe(0);
    await reason.fill('Kemasan rusak');
    await reason.press('Enter');
    await page.getByLabel('PIN manajer').waitFor();
    await typeLikePerson(page, '9999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('refund-done').textContent()).toContain('(Tunai)');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
  });

  it('checks the discount form before calling a manager, with its required fields marked (item 1)', async () => {
    const { page } = terminal;
    await scan(page, kopi.barcode!);
    await page.keyboard.press('F12');
    const reason = page.getByLabel('Alasan', { exact: true });
    expect(await reason.getAttribute('aria-required')).toBe('true');
    expect(await reason.getAttribute('placeholder')).toMatch(/^contoh: /);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.discount-dialog .form-problems').textContent())
      .toBe('Ketik nilai diskon dalam Rupiah.Alasan wajib diisi.');
    expect(await page.locator('.approval').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('takes a NIP, by F11 or by scanning the card, while the payment dialog is open (item 19)', async () => {
    const { page } = terminal;
    const asn = DEMO_ASN.find((a) => a.spentThisMonth === 0)!;
    await page.keyboard.press('F10');
    await page.keyboard.press('F11');
    await page.getByLabel('NIP', { exact: true }).fill(asn.nip);
    await page.keyboard.press('Enter');
    await page.getByTestId('asn-found').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('asn-name').textContent()).toBe(shortAsnName(asn.name));
    expect(await page.getByRole('dialog', { name: 'Pembayaran' }).isVisible()).toBe(true);
    // The buyer hands over another card after all: scanned with the payment still open.
    const other = DEMO_ASN.find((a) => a.spentThisMonth === 0 && a.nip !== asn.nip)!;
    await scan(page, other.nip);
    await page.getByTestId('asn-found').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('asn-name').textContent()).toBe(shortAsnName(other.name));
    await page.keyboard.press('F1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => receiptAsnBlock(page.locator('.receipt-dialog .receipt')))
      .toContain(shortAsnName(other.name));
    await page.keyboard.press('Enter');
  });
});
