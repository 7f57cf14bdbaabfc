/**
 * A cashier's shift with its cash control, end to end in chromium against the web host and a
 * virtual ESC/POS printer: sign in as the kasir by name and PIN, open the shift with a counted
 * float, sell, pay out, ask for a discount (refused without a manager's PIN, done with it), refund
 * a line by scanning the QR code printed on the receipt, close the shift short of cash with a reason
 * and a manager's PIN, and read the Z report the printer printed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { formatRupiah, rupiah } from '#domain/money';
import { NET_SALES_LABEL } from '#domain/shift/shift-report';
import { syncEventSchema } from '#sync/protocol/events';
import { readStore, scan, signIn, startTerminal, typeLikePerson, type Terminal } from '../support/terminal';
import { paperLines } from '../support/paper';
import { startVirtualPrinter } from '../support/virtual-printer';

let terminal: Terminal;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
beforeAll(async () => {
  virtual = await startVirtualPrinter(32);
  terminal = await startTerminal();
  await terminal.bridge.registry.invoke('config-update', [{ printer: virtual.config }]);
});
afterAll(async () => {
  await terminal?.close();
  await virtual?.close();
});

const product = (name: string) => DEMO_CATALOG.find((p) => p.name === name)!;
const kopi = product('Kopi Arabika Bajawa Bubuk 250 g');
const madu = product('Madu Hutan Sumba 250 ml');
/** Text as the printer prints it: Intl's no-break space after "Rp" becomes a space. */
const rp = (n: number) => formatRupiah(rupiah(n)).replace(/\u00a0/g, ' ');
const SLOW = { timeout: 10_000 };
const printed = (title: string) => virtual.printer.jobs.filter((j) => j.text.includes(title));
/** The value on the printed row that starts with this label. */
const printedRow = (text: string, label: string) =>
  new RegExp(`^${label.replace(/[()]/g, '\\$&')} +(.+)$`, 'm').exec(text)?.[1];

/** The manager walks over: picks their name (the only manager is chosen already) and types the PIN. */
async function managerApproves(page: Page, pin = '9999') {
  await page.getByLabel('PIN manajer').waitFor();
  await typeLikePerson(page, pin);
  await page.keyboard.press('Enter');
}

const discounted = madu.price - Math.round(madu.price / 10);

describe('cashiers, shifts and cash control in chromium', () => {
  it('signs the kasir in by name and PIN, after refusing a wrong PIN', async () => {
    const { page } = terminal;
    await expect
      .poll(() => page.getByTestId('training-staff').textContent())
      .toBe('Mode latihan: Maria (kasir) PIN 1234 · Yohanes (manajer) PIN 9999');
    await page
      .locator('.staff-list')
      .getByRole('button', { name: /^Maria/ })
      .click();
    await typeLikePerson(page, '1111');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.lock-message').textContent())
      .toBe('PIN salah. Sisa 4 kali sebelum dikunci.');
    await page.keyboard.press('Escape');
    await signIn(page, 'Maria', '1234');
    await expect.poll(() => page.getByTestId('signed-in').textContent()).toBe('Maria · Kasir');
  });

  it('sells nothing before the shift is opened with its float counted', async () => {
    const { page } = terminal;
    await expect.poll(() => page.getByRole('heading', { name: 'Buka shift' }).isVisible()).toBe(true);
    await page.keyboard.press('F1');
    await scan(page, kopi.barcode!);
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/Belum ada shift terbuka/);
    await page.keyboard.press('F5');
    await page.getByLabel('Uang kertas Rp 100.000', { exact: true }).fill('2');
    await page.getByLabel('Koin Rp 500', { exact: true }).fill('10');
    await expect.poll(() => page.getByTestId('count-total').textContent()).toBe(formatRupiah(rupiah(205_000)));
    await page.keyboard.press('Enter');
    await page.locator('main.register').waitFor();
    await page.keyboard.press('F5');
    await expect.poll(() => page.getByTestId('expected-cash').textContent()).toBe(formatRupiah(rupiah(205_000)));
  });

  it('sells two kopi for cash, and the receipt prints with its QR code', async () => {
    const { page } = terminal;
    await page.keyboard.press('F1');
    await scan(page, kopi.barcode!);
    await scan(page, kopi.barcode!);
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(formatRupiah(rupiah(2 * kopi.price)));
    await page.keyboard.press('F10');
    await page.keyboard.press('F1');
    await page.getByRole('button', { name: /Selesai & cetak struk/ }).click();
    const receiptNo = (await page.locator('.receipt-dialog .receipt').getAttribute('data-receipt'))!;
    await page.keyboard.press('Enter');
    await expect.poll(() => printed(`No    ${receiptNo}`).length, SLOW).toBe(1);
  });

  it('pays out with a reason: recorded, the slip printed and the drawer opened', async () => {
    const { page } = terminal;
    const kicks = virtual.printer.drawerKicks.length;
    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Kas keluar' }).click();
    // Before anything is typed the form says when a manager is needed; above it, that one will be asked.
    expect(await page.getByTestId('pay-out-threshold').textContent()).toBe(
      `Di atas ${formatRupiah(rupiah(100_000))} perlu persetujuan manajer.`,
    );
    expect(await page.getByTestId('pay-out-approval').count()).toBe(0);
    await page.getByLabel('Jumlah', { exact: true }).fill('150.000');
    await expect
      .poll(() => page.getByTestId('pay-out-approval').textContent())
      .toBe('Jumlah ini di atas batas: manajer akan diminta memasukkan PIN saat disimpan.');
    await page.getByLabel('Jumlah', { exact: true }).fill('20.000');
    await expect.poll(() => page.getByTestId('pay-out-approval').count()).toBe(0);
    await page.getByLabel('Alasan', { exact: true }).fill('Ongkos kirim madu dari Waingapu');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.notice').textContent()).toBe('Kas keluar tercatat; bukti dicetak.');
    await expect.poll(() => printed('BUKTI KAS KELUAR').length, SLOW).toBe(1);
    expect(printedRow(printed('BUKTI KAS KELUAR')[0]!.text, 'JUMLAH')).toBe(rp(20_000));
    expect(virtual.printer.drawerKicks.length).toBe(kicks + 1);
    await expect
      .poll(() => page.getByTestId('expected-cash').textContent())
      .toBe(formatRupiah(rupiah(205_000 + 2 * kopi.price - 20_000)));
  });

  it('refuses a discount without a manager’s PIN, and gives it with one', async () => {
    const { page } = terminal;
    await page.keyboard.press('F1');
    await scan(page, madu.barcode!);
    await page.keyboard.press('F12');
    await page.getByRole('radio', { name: 'Persen' }).click();
    await page.getByLabel('Nilai diskon').fill('10');
    await page.getByLabel('Alasan', { exact: true }).fill('Kemasan penyok');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('approval-action').textContent())
      .toBe('Diskon 10% pada baris 1 — alasan: Kemasan penyok');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.notice-error').textContent()).toBe('Dibatalkan: tidak disetujui manajer.');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(formatRupiah(madu.price));

    await page.getByRole('button', { name: 'Terapkan (perlu persetujuan manajer)' }).click();
    await managerApproves(page, '0000');
    await expect
      .poll(() => page.locator('.approval .lock-message').textContent())
      .toBe('PIN salah. Sisa 4 kali sebelum dikunci.');
    await typeLikePerson(page, '9999');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-total').textContent()).toBe(formatRupiah(rupiah(discounted)));
    await page.keyboard.press('F10');
    await page.keyboard.press('F6');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.locator('.cart-empty').waitFor();
  });

  it('refunds one kopi by scanning the QR code printed on its receipt', async () => {
    const { page } = terminal;
    const receipt = virtual.printer.jobs.find((j) => j.text.includes('Kopi Arabika Bajawa Bubuk 250 g'))!;
    const saleId = receipt.events.flatMap((e) => (e.type === 'qr' ? [e.data] : []))[0]!;
    await page.keyboard.press('F9');
    await page.getByLabel('Cari struk').waitFor();
    await scan(page, saleId);
    await expect
      .poll(() => page.locator('.refund-panel h3').textContent())
      .toMatch(/^Refund struk MBR-L01-\d{8}-0001$/);
    await page.getByLabel(`Jumlah ${kopi.name} dikembalikan`).fill('1');
    await page.getByLabel('Alasan refund').fill('Kemasan bocor');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('approval-action').textContent())
      .toMatch(/^Refund struk MBR-L01-\d{8}-0001 sebesar Rp\u00a065\.000$/);
    await managerApproves(page);
    await expect
      .poll(() => page.getByTestId('refund-done').textContent())
      .toMatch(/Rp\u00a065\.000 dikembalikan \(Tunai\)/);
    await expect.poll(() => printed('PENGEMBALIAN BARANG').length, SLOW).toBe(1);
    expect(printed('PENGEMBALIAN BARANG')[0]!.text).toMatch(/TOTAL REFUND +Rp 65\.000/);
    await page.keyboard.press('Escape');
  });

  it('closes short of cash with a reason and a manager’s PIN, and prints the Z report with the shift’s figures', async () => {
    const { page } = terminal;
    const expected = 205_000 + 2 * kopi.price - 20_000 - kopi.price;
    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Tutup shift' }).click();
    for (const [label, pieces] of [
      ['Uang kertas Rp 100.000', 2],
      ['Uang kertas Rp 20.000', 1],
      ['Uang kertas Rp 10.000', 1],
      ['Uang kertas Rp 5.000', 1],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(String(pieces));
    }
    await expect.poll(() => page.getByTestId('close-expected').textContent()).toBe(formatRupiah(rupiah(expected)));
    await expect
      .poll(() => page.getByTestId('close-variance').textContent())
      .toBe(formatRupiah(rupiah(235_000 - expected)));
    await page.getByLabel('Alasan selisih').fill('Kembalian salah beri');
    await page.getByRole('button', { name: /Tutup shift & cetak laporan Z/ }).click();
    await expect
      .poll(() => page.getByTestId('approval-action').textContent())
      .toBe(`Tutup shift dengan selisih kas ${formatRupiah(rupiah(235_000 - expected))}`);
    await managerApproves(page);
    await expect.poll(() => page.getByRole('heading', { name: /Shift Maria ditutup/ }).isVisible()).toBe(true);

    await expect.poll(() => printed('LAPORAN Z - TUTUP SHIFT').length, SLOW).toBe(1);
    const z = printed('LAPORAN Z - TUTUP SHIFT')[0]!.text;
    const netSales = 2 * kopi.price + discounted;
    expect({
      kasir: printedRow(z, 'Kasir'),
      transaksi: printedRow(z, 'Transaksi'),
      terminal: printedRow(z, 'Terminal'),
      bersih: printedRow(z, NET_SALES_LABEL),
      diskon: printedRow(z, 'Diskon baris'),
      refund: printedRow(z, 'Refund (1)'),
      keluar: printedRow(z, 'Kas keluar (1)'),
      modal: printedRow(z, 'Modal awal'),
      seharusnya: printedRow(z, 'Kas seharusnya'),
      dihitung: printedRow(z, 'Kas dihitung'),
      selisih: printedRow(z, 'Selisih'),
      disetujui: printedRow(z, 'Disetujui'),
    }).toEqual({
      kasir: 'Maria',
      terminal: 'L01',
      transaksi: '2',
      bersih: rp(netSales),
      diskon: rp(-(madu.price - discounted)),
      refund: rp(-kopi.price),
      keluar: rp(-20_000),
      modal: rp(205_000),
      seharusnya: rp(expected),
      dihitung: rp(235_000),
      selisih: rp(235_000 - expected),
      disetujui: 'Yohanes',
    });
    expect(z).toContain('Alasan selisih: Kembalian salah');
    // The notes counted, as typed, under the counted total.
    expect(z).toMatch(
      /Rincian hitungan laci:\n {2}Rp 100\.000 x 2 +Rp 200\.000\n {2}Rp 20\.000 x 1 +Rp 20\.000\n {2}Rp 10\.000 x 1 +Rp 10\.000\n {2}Rp 5\.000 x 1 +Rp 5\.000\n/,
    );
    expect(z).not.toContain('SALINAN');
    // The screen names the terminal and the figures as the printer printed them.
    await expect.poll(() => page.locator('.top-bar').textContent()).toContain('Terminal L01');
    await expect.poll(() => page.getByText(NET_SALES_LABEL).count()).toBeGreaterThan(0);
    // The screen shows the Z report the printer printed, line for line, from the same layout.
    const screenZ = (await paperLines(page.locator('.z-report'))).join('\n');
    expect(printedRow(screenZ, NET_SALES_LABEL)).toBe(rp(netSales));
    // The screen showed the same figures the printer printed.
    expect(printedRow(screenZ, 'Selisih')).toBe(rp(235_000 - expected));
    expect(`${screenZ}\n`).toBe(z);
  });

  it('prints the closed shift’s Z report again, marked SALINAN, with the same figures', async () => {
    const { page } = terminal;
    await page.getByText('Cetak ulang laporan Z').first().click();
    await page
      .getByRole('table', { name: 'Laporan Z sebelumnya' })
      .getByRole('button', { name: 'Cetak salinan' })
      .first()
      .click();
    await expect.poll(() => printed('LAPORAN Z - TUTUP SHIFT').length, SLOW).toBe(2);
    const [original, copy] = printed('LAPORAN Z - TUTUP SHIFT').map((j) => j.text);
    expect(copy).toContain('*** SALINAN ***');
    expect(copy!.replace(/^.*SALINAN.*\n/m, '')).toBe(original);
  });

  it('recorded every act as outbox events in one sequence, the approvals and the wrong PINs in the audit log', async () => {
    const events = (await readStore(terminal.page, 'outbox'))
      .map((e) => syncEventSchema.parse(e))
      .sort((a, b) => a.seq - b.seq);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const kinds = events.map((e) => (e.type === 'audit.recorded' ? `audit:${e.payload.event.kind}` : e.type));
    expect(kinds).toEqual([
      'audit:pin-failed',
      'audit:login',
      'shift.opened',
      'sale.completed',
      'cash.moved',
      'audit:drawer-opened',
      'audit:pin-failed',
      'audit:approved',
      'sale.completed',
      'sale.refunded',
      'audit:approved',
      'shift.closed',
      'audit:approved',
    ]);
    const approvals = events.flatMap((e) =>
      e.type === 'audit.recorded' && e.payload.event.kind === 'approved'
        ? [[e.payload.event.action.kind, e.payload.staff.name, e.payload.approvedBy?.name]]
        : [],
    );
    expect(approvals).toEqual([
      ['line-discount', 'Maria', 'Yohanes'],
      ['refund', 'Maria', 'Yohanes'],
      ['close-shift', 'Maria', 'Yohanes'],
    ]);
    const sales = events.flatMap((e) => (e.type === 'sale.completed' ? [e.payload] : []));
    const [shift] = events.flatMap((e) => (e.type === 'shift.opened' ? [e.payload] : []));
    expect(sales.map((s) => [s.cashier?.name, s.shiftId])).toEqual([
      ['Maria', shift!.id],
      ['Maria', shift!.id],
    ]);
  });
});
