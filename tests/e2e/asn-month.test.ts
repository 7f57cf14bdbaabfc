/**
 * ASN at the counter in mode latihan, in chromium on a PC whose clock runs on WIB (Asia/Jakarta,
 * an hour behind WITA): the NIP typed with its spaces and refused with the part that is wrong,
 * put right on the touch keypad, the demo roster's name and this month's figure, removing goods
 * after the NIP needing a manager, and the month boundary through the real checkout — a sale at
 * 23:30 WITA on 31 January counts for January, one at 00:10 WITA on 1 February (still 31 January
 * 23:10 on the PC's own clock) for February.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asnMonthOf } from '#domain/asn/asn-standing';
import { DEMO_ASN } from '#renderer/training/demo-asn';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import type { Sale } from '#domain/checkout/sale';
import { receiptAsnBlock } from '../support/paper';
import {
  readAllStores,
  readStore,
  readyToSell,
  scan,
  startTerminal,
  typeLikePerson,
  type Terminal,
} from '../support/terminal';

const kopi = DEMO_CATALOG.find((p) => p.name === 'Kopi Arabika Bajawa Bubuk 250 g')!;
const FRANSISKUS = '198609262015051001';
/** Text as the screen shows it: Intl puts a no-break space after "Rp". */
const text = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent())?.replace(/\u00a0/g, ' ');

let terminal: Terminal;
beforeAll(async () => {
  terminal = await startTerminal({ timezoneId: 'Asia/Jakarta' });
  const { page } = terminal;
  // 23:30 WITA on 31 January 2026 (22:30 on the PC's WIB clock).
  await page.clock.install({ time: new Date('2026-01-31T15:30:00Z') });
  await page.clock.resume();
  await page.reload();
  await readyToSell(page);
});
afterAll(() => terminal?.close());

async function pay(page: Page): Promise<void> {
  await page.keyboard.press('F10');
  await page.keyboard.press('F1');
  await page.keyboard.press('F10');
  await page.locator('.receipt-dialog .receipt').waitFor();
}

describe('ASN at the counter across the WITA month boundary', () => {
  it('names the wrong part of a typed NIP, takes the corrected one from the keypad, and shows the name and January so far', async () => {
    const { page } = terminal;
    // The demo roster is kept as a province's is: by NIP key, names shortened.
    const stores = JSON.stringify(await readAllStores(page));
    expect(stores).toContain('Fransiskus J.');
    for (const secret of DEMO_ASN.flatMap((a) => [a.nip, a.name])) expect(stores).not.toContain(secret);
    expect(await page.evaluate(() => new Date().getTimezoneOffset())).toBe(-7 * 60);
    await page.getByRole('button', { name: /NIP ASN/ }).click();
    await page.getByLabel('NIP', { exact: true }).waitFor();
    await typeLikePerson(page, '19860926 201505 3 001');
    await page.keyboard.press('Enter');
    expect(await text(page, 'nip-problem')).toBe('Kode jenis kelamin harus 1 atau 2, bukan 3.');
    expect(await page.locator('.nip-groups .wrong').textContent()).toBe('3');

    await page.getByRole('button', { name: 'Hapus semua angka' }).click();
    for (const digit of FRANSISKUS)
      await page.locator('.nip-keys').getByRole('button', { name: digit, exact: true }).click();
    await page.getByRole('button', { name: /Periksa/ }).click();
    const found = page.getByTestId('asn-found');
    await found.waitFor();
    expect(await found.locator('.asn-name').textContent()).toBe('Fransiskus J.');
    expect(await found.locator('.asn-opd').textContent()).toBe('Dinas Pendidikan, Pemuda dan Olahraga');
    expect(await found.locator('.asn-month-label').textContent()).toBe('Belanja ASN Januari 2026');
    expect(await text(page, 'asn-month-figure')).toBe('Rp 65.000 dari Rp 100.000');
    await page.keyboard.press('Enter');
    expect(await text(page, 'asn-name')).toBe('Fransiskus J.');
  });

  it('asks a manager before goods come off a cart with a NIP, and prints January’s new figure after payment', async () => {
    const { page } = terminal;
    await scan(page, kopi.barcode!);
    await expect.poll(() => text(page, 'asn-after')).toBe('Dengan belanja ini: Rp 130.000 — minimal tercapai');
    await page.keyboard.press('F6');
    expect(await page.getByTestId('approval-action').textContent()).toBe(
      'Hapus baris 1 setelah NIP atau pembayaran dimasukkan',
    );
    await page.keyboard.press('Escape');
    expect(await page.locator('table.cart tbody tr').count()).toBe(1);

    await pay(page);
    const dialog = page.locator('.receipt-dialog');
    expect(await dialog.locator('.asn-month-label').textContent()).toBe('Belanja ASN Januari 2026');
    expect((await dialog.getByTestId('asn-month-figure').textContent())?.replace(/\u00a0/g, ' ')).toBe(
      'Rp 130.000 dari Rp 100.000',
    );
    expect(await receiptAsnBlock(dialog.locator('.receipt'))).toBe(
      'ASN 1986***********001\nFransiskus J.\nBelanja ASN bulan ini:\nRp 130.000 / Rp 100.000\nMinimal bulanan tercapai',
    );
    await page.keyboard.press('Enter');
  });

  it('counts a sale at 00:10 WITA on 1 February for February, though the PC’s own date is still 31 January', async () => {
    const { page } = terminal;
    await page.clock.setSystemTime(new Date('2026-01-31T16:10:00Z'));
    await scan(page, FRANSISKUS);
    await page.getByTestId('asn-found').waitFor();
    expect(await page.locator('.asn-found .asn-month-label').textContent()).toBe('Belanja ASN Februari 2026');
    expect(await text(page, 'asn-month-figure')).toBe('Rp 0 dari Rp 100.000');
    await page.keyboard.press('Enter');
    await scan(page, kopi.barcode!);
    await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(1);
    await pay(page);
    expect(await receiptAsnBlock(page.locator('.receipt-dialog .receipt'))).toBe(
      'ASN 1986***********001\nFransiskus J.\nBelanja ASN bulan ini:\nRp 65.000 / Rp 100.000\nKurang Rp 35.000',
    );

    const sales = await readStore<Sale>(page, 'sales');
    expect(
      sales.map((s) => [
        asnMonthOf(s),
        new Date(s.completedAt).toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' }),
        s.asn,
      ]),
    ).toEqual([
      ['2026-01', '2026-01-31', { nip: FRANSISKUS, name: 'Fransiskus J.', verified: true }],
      ['2026-02', '2026-01-31', { nip: FRANSISKUS, name: 'Fransiskus J.', verified: true }],
    ]);
  });
});
