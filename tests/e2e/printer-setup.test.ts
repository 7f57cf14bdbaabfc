/**
 * Setting the receipt printer up after selling without one, end to end in chromium: the form
 * starts on 58 mm paper, and saving asks what to do with the receipts waiting (print them all, hold
 * them, or not print them with a reason) instead of printing a day's backlog unasked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { readStore, readyToSell, sellForCash, startTerminal, type Terminal } from '../support/terminal';
import { startVirtualPrinter } from '../support/virtual-printer';

let terminal: Terminal;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
beforeAll(async () => {
  virtual = await startVirtualPrinter(32);
  terminal = await startTerminal();
  await readyToSell(terminal.page, 'manager');
});
afterAll(async () => {
  await terminal?.close();
  await virtual?.close();
});

const kopi = DEMO_CATALOG.find((p) => p.name === 'Kopi Arabika Bajawa Bubuk 250 g')!;
const SLOW = { timeout: 10_000 };
const printedReceipt = (receiptNo: string) => virtual.printer.jobs.filter((j) => j.text.includes(`No    ${receiptNo}`));
const jobsOf = async (page: Page, receiptNo: string) =>
  (await readStore<PrintJob>(page, 'printQueue')).filter(
    (j) => j.request.kind === 'receipt' && j.request.sale.receiptNo === receiptNo,
  );

async function fillPrinter(page: Page) {
  await page.getByRole('button', { name: 'Pengaturan' }).click();
  await page.getByLabel('Alamat IP printer').fill('127.0.0.1');
  await page.getByLabel('Port', { exact: true }).fill(String((virtual.config.connection as { port: number }).port));
}

describe('printer setup with receipts waiting', () => {
  const sold: string[] = [];

  it('offers 58 mm paper first, and asks before printing the receipts sold without a printer; holding them prints none', async () => {
    const { page } = terminal;
    for (let i = 0; i < 2; i++) sold.push(await sellForCash(page, kopi.barcode!));
    await fillPrinter(page);
    expect(await page.getByLabel('58 mm (32 kolom)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Simpan printer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cetakan menunggu' });
    await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('2 cetakan menunggu printer');
    expect(await dialog.textContent()).toContain(`Struk ${sold[0]}`);
    // Nothing is saved while the manager decides.
    expect(terminal.bridge.config.current().printer).toBeNull();

    await dialog.getByRole('button', { name: 'Tahan dulu' }).click();
    await expect
      .poll(() => page.locator('.outcome').textContent())
      .toBe('Pengaturan printer disimpan. 2 cetakan ditahan: cetak dari Pengaturan bila sudah waktunya.');
    expect(terminal.bridge.config.current().printer).toMatchObject({ columns: 32 });
    expect((await jobsOf(page, sold[0]!)).map((j) => j.state)).toEqual(['held']);

    // A new sale prints at once; the held ones stay held.
    await page.keyboard.press('F1');
    const fresh = await sellForCash(page, kopi.barcode!);
    await expect.poll(() => printedReceipt(fresh).length, SLOW).toBe(1);
    expect(sold.flatMap(printedReceipt)).toEqual([]);
  });

  it('prints the held receipts when asked', async () => {
    const { page } = terminal;
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await expect.poll(() => page.getByTestId('held-jobs').textContent()).toMatch(/^2 cetakan ditahan/);
    await page.getByRole('button', { name: 'Cetak yang ditahan' }).click();
    await expect.poll(() => sold.map((no) => printedReceipt(no).length), SLOW).toEqual([1, 1]);
    await expect.poll(() => page.getByTestId('held-jobs').count()).toBe(0);
  });

  it('does not print waiting receipts the manager discards, and keeps each with the reason', async () => {
    const { page } = terminal;
    virtual.printer.setState('paper-out');
    await page.keyboard.press('F1');
    const waiting = await sellForCash(page, kopi.barcode!);
    await fillPrinter(page);
    await page.getByRole('button', { name: 'Simpan printer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cetakan menunggu' });
    await dialog.getByRole('button', { name: 'Jangan dicetak…' }).click();
    await dialog.getByRole('button', { name: 'Jangan cetak 1 cetakan' }).click();
    await expect
      .poll(() => page.locator('.outcome').textContent())
      .toBe('Tulis alasan membuang cetakan (minimal 5 huruf).');
    await dialog.getByLabel('Alasan tidak dicetak').fill('Pembeli sudah pulang');
    await dialog.getByRole('button', { name: 'Jangan cetak 1 cetakan' }).click();
    await expect
      .poll(() => page.locator('.outcome').textContent())
      .toMatch(/^Pengaturan printer disimpan\. 1 cetakan tidak dicetak \(alasan dicatat\)/);
    const [job] = await jobsOf(page, waiting);
    expect(job).toMatchObject({
      state: 'discarded',
      discarded: { reason: 'Pembeli sudah pulang', by: { name: 'Yohanes' } },
    });
    virtual.printer.setState('ready');
    await page.keyboard.press('F1');
    const after = await sellForCash(page, kopi.barcode!);
    await expect.poll(() => printedReceipt(after).length, SLOW).toBe(1);
    expect(printedReceipt(waiting)).toEqual([]);
  });
});
