/**
 * The hardware layer end to end in chromium: the terminal (web host with the real bridge, the built
 * renderer) set up in Pengaturan to print to a virtual ESC/POS printer over TCP. Receipts print
 * after each sale, wait through paper out and a reload and then print exactly once, reprint as
 * SALINAN; the drawer opens after cash; labels get new in-store codes that then scan; a serial
 * scanner on a socat pty pair rings products up.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextTillArticleCodes, TRAINING_CODE_BLOCK } from '#domain/catalog/barcode';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { formatRupiah } from '#domain/money';
import { printable } from '#hardware/escpos/printable';
import { openPtyPair } from '#hardware/virtual-printer/pty-pair';
import { readyToSell, scan, signIn, startTerminal, voidSale, type Terminal } from '../support/terminal';
import { startVirtualPrinter } from '../support/virtual-printer';

let terminal: Terminal;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
beforeAll(async () => {
  virtual = await startVirtualPrinter(32);
  terminal = await startTerminal();
  // Pengaturan and Label produk are the manager's; a manager sells as well.
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
  await virtual?.close();
});

const product = (name: string) => DEMO_CATALOG.find((p) => p.name === name)!;
const kopi = product('Kopi Arabika Bajawa Bubuk 250 g');
const madu = product('Madu Hutan Sumba 250 ml');
/** The status the printer box on the register shows; the printer is polled at most 2 s apart while not ready. */
const printerState = (page: Page) => page.getByTestId('printer-status').getAttribute('data-state');
const SLOW = { timeout: 10_000 };
const receiptsNumbered = (receiptNo: string) =>
  virtual.printer.jobs.filter((j) => j.text.includes(`No    ${receiptNo}`));

/** Rings up one product and pays: cash with "uang pas" (F1) or QRIS; returns the receipt number, its receipt on screen. */
async function pay(page: Page, code: string, method: 'cash' | 'qris'): Promise<string> {
  await scan(page, code);
  await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(1);
  await page.keyboard.press('F10');
  await page.keyboard.press(method === 'cash' ? 'F1' : 'F6');
  if (method === 'qris') await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Selesai & cetak struk/ }).click();
  return (await page.locator('.receipt-dialog .receipt').getAttribute('data-receipt'))!;
}

/** pay(), then Enter for the next buyer. */
async function sell(page: Page, code: string, method: 'cash' | 'qris' = 'cash'): Promise<string> {
  const receiptNo = await pay(page, code, method);
  await page.keyboard.press('Enter');
  await page.locator('.cart-empty').waitFor();
  return receiptNo;
}

describe('printing in chromium', () => {
  it('sets the printer up in Pengaturan: explains bad settings, prints the test page, saves', async () => {
    const { page } = terminal;
    await expect.poll(() => printerState(page)).toBe('unset');
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('Alamat IP printer').fill('');
    await page.getByLabel('Port', { exact: true }).fill('91OO');
    await page.getByRole('button', { name: 'Cetak halaman uji' }).click();
    await expect
      .poll(() => page.locator('.form-problems').textContent())
      .toBe('Alamat printer jaringan wajib diisiPort harus 1–65535');

    const { port } = virtual.config.connection as { port: number };
    await page.getByLabel('Alamat IP printer').fill('127.0.0.1');
    await page.getByLabel('Port', { exact: true }).fill(String(port));
    await page.getByLabel('58 mm (32 kolom)').check();
    await page.getByRole('button', { name: 'Cetak halaman uji' }).click();
    await expect.poll(() => page.locator('.outcome').textContent()).toMatch(/Halaman uji tercetak/);
    expect(virtual.printer.jobs.at(-1)!.text).toContain('HALAMAN UJI PRINTER');

    await page.getByRole('button', { name: 'Simpan printer' }).click();
    await expect.poll(() => page.locator('.outcome').textContent()).toBe('Pengaturan printer disimpan.');
    expect(terminal.bridge.config.current().printer).toEqual(virtual.config);
    await page.keyboard.press('F1');
    await expect.poll(() => printerState(page), SLOW).toBe('ready');
    await expect.poll(() => page.getByTestId('printer-status').textContent()).toBe('Printer siap');
  });

  it('prints the receipt of a cash sale with its lines and total, and opens the drawer', async () => {
    const { page } = terminal;
    const kicks = virtual.printer.drawerKicks.length;
    const receiptNo = await sell(page, kopi.barcode!);
    await expect.poll(() => receiptsNumbered(receiptNo).length, SLOW).toBe(1);
    const text = receiptsNumbered(receiptNo)[0]!.text;
    expect(text).toContain('Kopi Arabika Bajawa Bubuk 250 g');
    expect(text).toMatch(/1 x 65\.000 +65\.000/);
    expect(text).toMatch(/TOTAL +Rp 65\.000/);
    expect(text).toContain('LATIHAN - BUKAN TRANSAKSI');
    expect(text).not.toContain('SALINAN');
    await expect.poll(() => virtual.printer.drawerKicks.length).toBe(kicks + 1);
  });

  it('completes a sale while the paper is out, shows it, and prints the receipt once paper is back', async () => {
    const { page } = terminal;
    virtual.printer.setState('paper-out');
    const receiptNo = await pay(page, madu.barcode!, 'cash');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toMatch(/Laci uang tidak terbuka: Kertas printer habis/);
    await page.keyboard.press('Enter');
    await expect.poll(() => printerState(page), SLOW).toBe('paper-out');
    await expect.poll(() => page.getByTestId('printer-status').textContent()).toBe('Kertas habis');
    const waiting = page.locator('.print-jobs li').filter({ hasText: `Struk ${receiptNo}` });
    await expect.poll(() => waiting.textContent(), SLOW).toMatch(/Menunggu: Kertas printer habis/);
    expect(receiptsNumbered(receiptNo)).toHaveLength(0);

    virtual.printer.setState('ready');
    await expect.poll(() => receiptsNumbered(receiptNo).length, SLOW).toBe(1);
    await expect.poll(() => page.locator('.print-jobs').count()).toBe(0);
    await expect.poll(() => printerState(page), SLOW).toBe('ready');
    expect(receiptsNumbered(receiptNo)[0]!.text).toMatch(/TOTAL +Rp 65\.000/);
  });

  it('keeps a waiting receipt through a reload and prints it exactly once', async () => {
    const { page } = terminal;
    virtual.printer.setState('cover-open');
    const receiptNo = await sell(page, madu.barcode!, 'qris');
    await expect
      .poll(
        () =>
          page
            .locator('.print-jobs li')
            .filter({ hasText: `Struk ${receiptNo}` })
            .textContent(),
        SLOW,
      )
      .toMatch(/Penutup printer terbuka/);
    await page.reload();
    await signIn(page, 'Yohanes', '9999');
    await expect.poll(() => page.getByTestId('printer-status').textContent(), SLOW).toBe('Penutup terbuka');
    await expect
      .poll(
        () =>
          page
            .locator('.print-jobs li')
            .filter({ hasText: `Struk ${receiptNo}` })
            .count(),
        SLOW,
      )
      .toBe(1);

    virtual.printer.setState('ready');
    await expect.poll(() => receiptsNumbered(receiptNo).length, SLOW).toBe(1);
    await expect.poll(() => page.locator('.print-jobs').count()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(receiptsNumbered(receiptNo)).toHaveLength(1);
    expect(receiptsNumbered(receiptNo)[0]!.text).toMatch(/QRIS +Rp 65\.000/);
  });

  it('reprints the last receipt with F3 and any receipt from the history, marked SALINAN', async () => {
    const { page } = terminal;
    const first = await sell(page, kopi.barcode!, 'qris');
    const last = await sell(page, madu.barcode!, 'qris');
    await expect.poll(() => receiptsNumbered(last).length, SLOW).toBe(1);

    await page.keyboard.press('F3');
    await expect.poll(() => receiptsNumbered(last).length, SLOW).toBe(2);
    expect(receiptsNumbered(last)[0]!.text).not.toContain('SALINAN');
    expect(receiptsNumbered(last)[1]!.text).toContain('*** SALINAN ***');

    await page.keyboard.press('F9');
    await page.locator(`tr[data-sale="${first}"]`).click();
    await page.getByRole('button', { name: 'Cetak ulang struk ini (SALINAN)' }).click();
    await expect.poll(() => receiptsNumbered(first).length, SLOW).toBe(2);
    const copy = receiptsNumbered(first)[1]!.text;
    expect(copy).toContain('*** SALINAN ***');
    expect(copy).toMatch(/TOTAL +Rp 65\.000/);
    await page.keyboard.press('F1');
  });

  it('opens the drawer on request and only after cash sales', async () => {
    const { page } = terminal;
    const kicks = virtual.printer.drawerKicks.length;
    await page.getByRole('button', { name: 'Buka laci' }).click();
    // The manager signed in approves their own request; the reason goes to the audit log.
    await page.getByLabel('Alasan buka laci').fill('Tukar uang kecil');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Laci uang dibuka.');
    expect(virtual.printer.drawerKicks).toHaveLength(kicks + 1);
    expect(virtual.printer.drawerKicks.at(-1)).toEqual({ type: 'drawer', pin: 2, onMs: 50, offMs: 500 });
    await sell(page, kopi.barcode!, 'qris');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(virtual.printer.drawerKicks).toHaveLength(kicks + 1);
  });
});

describe('product labels in chromium', () => {
  it('gives a product without a barcode an in-store code, prints its labels, and the code scans', async () => {
    const { page } = terminal;
    const kue = product('Kue Lapis Flores (paket)');
    expect(kue.barcode).toBeNull();
    // Mode latihan: the training till's block of prefix 21, after any code of it the demo catalog holds.
    const [expected] = nextTillArticleCodes(
      TRAINING_CODE_BLOCK,
      DEMO_CATALOG.flatMap((p) => (p.barcode ? [p.barcode] : [])),
      1,
    );
    const before = virtual.printer.jobs.length;

    await page.getByRole('button', { name: 'Label produk' }).click();
    await page.getByLabel('Cari produk untuk label').fill('kue lapis');
    await page.getByLabel(`Jumlah label ${kue.name}`).fill('2');
    await page.getByRole('button', { name: 'Cetak label (2 lembar)' }).click();
    const row = page.locator(`tr[data-product="${kue.id}"]`);
    await expect.poll(() => row.locator('td').nth(2).textContent()).toMatch(/^21\d{11}$/);
    const code = (await row.locator('td').nth(2).textContent())!;
    expect(code).toBe(expected);

    await expect.poll(() => virtual.printer.jobs.length, SLOW).toBe(before + 2);
    for (const job of virtual.printer.jobs.slice(before)) {
      expect(job.events).toContainEqual({ type: 'barcode', symbology: 'EAN13', data: code });
      expect(job.text).toContain('Kue Lapis Flores (paket)');
      expect(job.text).toContain(printable(formatRupiah(kue.price)));
    }

    await scan(page, code);
    await expect.poll(() => page.locator('table.cart tbody tr .line-name').textContent()).toBe(kue.name);
    await voidSale(page);
  });
});

describe('serial scanner in chromium', () => {
  it('connects to a scanner on a socat pty pair from Pengaturan and rings up what it sends', async () => {
    const { page } = terminal;
    const dir = mkdtempSync(join(tmpdir(), 'ntt-e2e-scanner-'));
    const pty = await openPtyPair(join(dir, 'scanner'), join(dir, 'device'));
    const device = new SerialPort({ path: pty.device, baudRate: 9600, autoOpen: false });
    try {
      await page.getByRole('button', { name: 'Pengaturan' }).click();
      await page.getByRole('button', { name: 'Simpan & hubungkan' }).click();
      await expect.poll(() => page.locator('.form-problems').last().textContent()).toBe('Pilih port serial pemindai');
      await page.getByLabel('Port serial pemindai').fill(pty.app);
      await page.getByLabel('Akhiran kode').selectOption('crlf');
      await page.getByRole('button', { name: 'Simpan & hubungkan' }).click();
      await expect.poll(() => page.getByTestId('scanner-status').getAttribute('data-state')).toBe('connected');
      await expect
        .poll(() => terminal.bridge.config.current().serialScanner)
        .toEqual({ path: pty.app, baudRate: 9600, terminator: 'crlf' });

      await new Promise<void>((resolve, reject) => device.open((error) => (error ? reject(error) : resolve())));
      device.write(`${madu.barcode}\r\n${madu.barcode}\r\n`);
      const line = page.locator('table.cart tbody tr');
      await expect.poll(() => line.locator('.line-name').textContent(), SLOW).toBe(madu.name);
      await expect.poll(() => line.locator('input.quantity').inputValue()).toBe('2');

      await page.getByRole('button', { name: 'Pengaturan' }).click();
      await page.getByRole('button', { name: 'Matikan pemindai' }).click();
      await expect.poll(() => page.getByTestId('scanner-status').getAttribute('data-state')).toBe('stopped');
      await expect.poll(() => terminal.bridge.config.current().serialScanner).toBeNull();
    } finally {
      if (device.isOpen) await new Promise((resolve) => device.close(resolve));
      await pty.close();
    }
  });
});
