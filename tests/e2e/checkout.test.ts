/**
 * A cashier's shift in miniature, in chromium against the web host: scans by simulated fast
 * keystrokes, search by name, cash with change, split cash + QRIS, debit, a weighed item, refused
 * barcodes, then a reload that finds every sale, its outbox event and its print job still there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { withCheckDigit } from '#domain/catalog/barcode';
import { formatRupiah, rupiah } from '#domain/money';
import { hasValidCrc, qrisAmount } from '#domain/checkout/qris';
import { businessDate } from '#domain/wita';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { saleCompletedEventSchema } from '#sync/protocol/events';
import { paperLines } from '../support/paper';
import {
  readStore,
  readyToSell,
  scan,
  signIn,
  startTerminal,
  tonesPlayed,
  typeLikePerson,
  voidSale,
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
const tenun = product('Selendang Tenun Ikat Sikka');
const rp = (n: number) => formatRupiah(rupiah(n));

describe('offline checkout in chromium', () => {
  it('starts in mode latihan with the demo outlet', async () => {
    const { page } = terminal;
    await expect.poll(() => page.locator('.training-badge').textContent()).toBe('MODE LATIHAN');
    await expect.poll(() => page.locator('.outlet strong').textContent()).toBe('NTT Mart Manggarai Barat');
  });

  it('adds scanned products, one line per product, and a product found by name', async () => {
    const { page } = terminal;
    await scan(page, kopi.barcode!);
    await scan(page, madu.barcode!);
    await scan(page, kopi.barcode!);
    await page.keyboard.press('F2');
    await typeLikePerson(page, 'selendang tenun sikka');
    await expect.poll(() => page.locator('.search-results li').first().locator('.name').textContent()).toBe(tenun.name);
    await page.keyboard.press('Enter');
    const rows = page.locator('table.cart tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.nth(0).locator('input.quantity').inputValue()).toBe('2');
    await expect
      .poll(() => page.getByTestId('cart-total').textContent())
      .toBe(rp(2 * kopi.price + madu.price + tenun.price));
  });

  it('takes a scan while the search box holds typed text, and leaves that text as it was', async () => {
    const { page } = terminal;
    await page.keyboard.press('F2');
    await typeLikePerson(page, 'kopi');
    await scan(page, madu.barcode!);
    await expect.poll(() => page.getByLabel('Cari produk').inputValue()).toBe('kopi');
    await expect.poll(() => page.locator('[data-line] input.quantity').nth(1).inputValue()).toBe('2');
    await page.keyboard.press('Escape');
  });

  it('refuses unknown and misread barcodes aloud, in Indonesian, adding nothing', async () => {
    const { page } = terminal;
    const before = await page.getByTestId('cart-total').textContent();
    const tones = await tonesPlayed(page);
    await scan(page, withCheckDigit('899999999999'));
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/tidak terdaftar di katalog/);
    await scan(page, kopi.barcode!.slice(0, 12) + ((Number(kopi.barcode!.at(-1)) + 1) % 10));
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/digit pemeriksa salah/);
    expect(await tonesPlayed(page)).toBeGreaterThanOrEqual(tones + 2);
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(before);
    await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(3);
  });

  it('pays cash with change and shows the receipt', async () => {
    const { page } = terminal;
    const total = 2 * kopi.price + 2 * madu.price + tenun.price;
    await page.keyboard.press('F10');
    await expect.poll(() => page.getByTestId('payment-total').textContent()).toBe(rp(total));
    await page.getByLabel('Jumlah', { exact: true }).fill('600.000');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('change').textContent()).toBe(rp(600_000 - total));
    await page.keyboard.press('Enter');
    const receipt = page.locator('.receipt');
    await expect
      .poll(() => receipt.getAttribute('data-receipt'))
      .toBe(`MBR-L01-${businessDate(new Date()).replaceAll('-', '')}-0001`);
    await expect.poll(() => page.getByTestId('receipt-change').textContent()).toBe(rp(600_000 - total));
    await expect.poll(() => receipt.textContent()).toContain('** LATIHAN - BUKAN TRANSAKSI **');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cart-empty').isVisible()).toBe(true);
  });

  it('splits a weighed item sale between cash and QRIS with the amount in the QR code', async () => {
    const { page } = terminal;
    await scan(page, withCheckDigit('251001000355'));
    await scan(page, kopi.barcode!);
    const total = 113_600 + kopi.price;
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(rp(total));
    await page.keyboard.press('F10');
    await page.keyboard.press('F4');
    await expect.poll(() => page.getByTestId('remaining').textContent()).toBe(rp(total - 100_000));
    await page.keyboard.press('F6');
    const qr = page.locator('.qris img');
    await qr.waitFor();
    const payload = (await qr.getAttribute('data-qris'))!;
    expect(hasValidCrc(payload)).toBe(true);
    expect(qrisAmount(payload)).toBe(total - 100_000);
    expect(payload).toContain('010212');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('change').textContent()).toBe(rp(0));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.receipt').textContent()).toContain('0,355 kg');
    await page.keyboard.press('Enter');
  });

  it('refuses QRIS above what is due and debit without a reference, then takes debit', async () => {
    const { page } = terminal;
    await scan(page, madu.barcode!);
    await page.keyboard.press('F10');
    await page.keyboard.press('F6');
    await page.getByLabel('Jumlah', { exact: true }).fill(String(madu.price + 1000));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/tidak boleh melebihi sisa tagihan/);
    await page.keyboard.press('F7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/nomor referensi/);
    await page.getByLabel('Referensi').fill('A1B2C3');
    await page.getByLabel('Jumlah', { exact: true }).press('Enter');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await paperLines(page.locator('.receipt'))).join('\n'))
      .toMatch(/^Debit +Rp [\d.]+\n +Ref +A1B2C3$/m);
    await page.keyboard.press('Enter');
  });

  it('changes quantities, removes a line and voids a cart from the keyboard alone', async () => {
    const { page } = terminal;
    await scan(page, kopi.barcode!);
    await scan(page, madu.barcode!);
    await page.keyboard.press('F4');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await page.keyboard.press('+');
    await expect.poll(() => page.locator('[data-line] input.quantity').nth(1).inputValue()).toBe('5');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(rp(kopi.price + 5 * madu.price));
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(rp(kopi.price));
    await voidSale(page);
    await expect.poll(() => page.locator('.cart-empty').isVisible()).toBe(true);
  });

  it('finds every sale after a reload, each with its outbox event and print job', async () => {
    const { page } = terminal;
    await page.reload();
    await signIn(page, 'Maria', '1234');
    await page.keyboard.press('F9');
    const rows = page.locator('table.sales tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.first().textContent()).toMatch(/-0003 Latihan/);
    await rows.nth(1).click();
    await expect.poll(() => page.locator('.receipt').textContent()).toContain('QRIS');

    const outbox = (await readStore(terminal.page, 'outbox')).flatMap((e) => {
      const sale = saleCompletedEventSchema.safeParse(e);
      return sale.success ? [sale.data] : [];
    });
    // Logins and the shift's opening take seqs of their own.
    expect(outbox.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(outbox.map((e) => e.payload.receiptNo.slice(-4))).toEqual(['0001', '0002', '0003']);
    expect(outbox.every((e) => e.payload.training)).toBe(true);
    expect(outbox[1]!.payload.payments.map((p) => p.method)).toEqual(['cash', 'qris']);
    const jobs = (await readStore(terminal.page, 'printQueue')) as PrintJob[];
    expect(jobs.map((j) => [j.request.kind === 'receipt' && j.request.sale.id, j.state])).toEqual(
      outbox.map((e) => [e.payload.id, 'pending']),
    );
    // Beside mode latihan's opening stock, one movement per line sold.
    const movements = (
      (await readStore(terminal.page, 'stockMovements')) as {
        reason: string;
        quantity: number;
        unit: string;
      }[]
    ).filter((m) => m.reason === 'sale');
    expect(movements).toHaveLength(3 + 2 + 1);
    expect(movements).toContainEqual(expect.objectContaining({ quantity: -355, unit: 'g' }));
  });
});
