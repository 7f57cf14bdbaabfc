/**
 * Stock at two outlets, end to end: two terminals in chromium (Manggarai Barat at 1366×768, Ende at
 * 1024×768), each enrolled for its outlet, against the real server process on PostgreSQL. At A the
 * manager receives goods from a UMKM (the BAST prints at the virtual printer), the cashier sells
 * (the register shows the stock falling and the low badge), the manager sends a transfer to B (not
 * to A itself) and its slip prints; the province sees the goods in transit; B pulls the transfer,
 * its manager receives it one unit short (the difference recorded) and it leaves the list. The
 * province's stock report (admin endpoint) for each outlet then equals that terminal's ledger.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferReceived, TransferSent } from '#sync/protocol/stock';
import { expectTidy } from '../support/layout';
import { paperLines } from '../support/paper';
import {
  ledger,
  notice,
  openStock,
  startStockProvince,
  stockTill,
  type StockProvince,
} from '../support/stock-province';
import type { CatalogProduct } from '../support/sync-fixtures';
import { openShift, readStore, scan, sellForCash, signIn, voidSale, type Terminal } from '../support/terminal';
import { syncNow } from '../support/terminal-data';
import { startVirtualPrinter } from '../support/virtual-printer';

const MANAGER_A = { name: 'Agustina Bere', pin: '791324' };
const CASHIER_A = { name: 'Maria Goreti', pin: '4821' };
const MANAGER_B = { name: 'Fransiskus Wada', pin: '582731' };

let province: StockProvince;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
let tillA: Terminal;
let tillB: Terminal;

beforeAll(async () => {
  province = await startStockProvince(3, [
    { outlet: 'manggarai-barat', ...MANAGER_A, role: 'manager' },
    { outlet: 'manggarai-barat', ...CASHIER_A, role: 'kasir' },
    { outlet: 'ende', ...MANAGER_B, role: 'manager' },
  ]);
  virtual = await startVirtualPrinter(32);
  tillA = await stockTill(province, 'manggarai-barat', MANAGER_A, { printer: virtual });
  tillB = await stockTill(province, 'ende', MANAGER_B, { viewport: { width: 1024, height: 768 } });
}, 240_000);

afterAll(async () => {
  await tillA?.close();
  await tillB?.close();
  await virtual?.close();
  await province?.close();
});

const SLOW = { timeout: 30_000 };
const kopi = () => province.catalog[0]!;
const tenun = () => province.catalog[1]!;
const code = (p: CatalogProduct) => province.code(p);
const lineStock = (page: Page) => page.locator('tr[data-line] .line-stock').first();

const report = (outlet: string) => province.report(outlet);

describe('stock at two outlets', () => {
  it('receives goods at A from a UMKM, printing the BAST', async () => {
    const { page } = tillA;
    await openStock(page);
    await page.getByRole('button', { name: 'Penerimaan barang…' }).click();
    await page.getByRole('heading', { name: 'Penerimaan barang (manajer)' }).waitFor();
    await scan(page, code(kopi()));
    await scan(page, code(tenun()));
    await page.getByLabel('Pemasok (UMKM)').fill('Koperasi Kopi Bajawa');
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('8');
    await page.getByLabel(`Harga beli ${kopi().name}`).fill('4000');
    await page.getByLabel(`Kedaluwarsa ${kopi().name}`).fill('2027-06-30');
    await page.getByLabel(`Jumlah ${tenun().name}`).fill('5');
    await page.getByLabel(`Harga beli ${tenun().name}`).fill('6000');
    await page.getByRole('button', { name: 'Simpan & cetak BAST' }).click();
    await page.locator('.bast').waitFor();
    await expect.poll(() => virtual.printer.jobs.filter((j) => j.text.includes('SERAH TERIMA')).length).toBe(1);
    const printed = virtual.printer.jobs.find((j) => j.text.includes('SERAH TERIMA'))!.text;
    expect(printed).toMatch(/8 x 4\.000 +32\.000/);
    expect(printed).toMatch(/TOTAL +Rp 62\.000/);
    expect(await ledger(page)).toEqual({ [kopi().id]: 8, [tenun().id]: 5 });
  });

  it('sells at A: the register shows the stock falling and the low badge', async () => {
    const { page } = tillA;
    await page.getByRole('button', { name: 'Kunci' }).click();
    await signIn(page, CASHIER_A.name, CASHIER_A.pin);
    await openShift(page);
    await scan(page, code(kopi()));
    await expect.poll(() => lineStock(page).getAttribute('data-stock')).toBe('8');
    await expect.poll(() => lineStock(page).getAttribute('data-status')).toBe('ok');
    await voidSale(page);
    for (let i = 0; i < 5; i++) await sellForCash(page, code(kopi()));
    await scan(page, code(kopi()));
    // 3 left: the default minimum of a product sold by the unit.
    await expect.poll(() => lineStock(page).getAttribute('data-stock')).toBe('3');
    await expect.poll(() => lineStock(page).locator('.stock-badge').textContent()).toBe('Menipis');
    await voidSale(page);
  });

  it('sends a transfer from A to B (not to A itself), printing its slip; the province sees it in transit', async () => {
    const { page } = tillA;
    await page.getByRole('button', { name: 'Kunci' }).click();
    await signIn(page, MANAGER_A.name, MANAGER_A.pin);
    await openStock(page);
    await page.getByRole('button', { name: 'Kirim mutasi…' }).click();
    await page.getByRole('heading', { name: 'Kirim mutasi (manajer)' }).waitFor();
    await scan(page, code(kopi()));
    await scan(page, code(tenun()));
    await scan(page, code(tenun()));
    await scan(page, code(tenun()));
    await expect.poll(() => page.getByLabel(`Jumlah ${tenun().name}`).inputValue()).toBe('3');
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('2');
    await page.getByLabel('Outlet tujuan').selectOption('manggarai-barat');
    await page.getByRole('button', { name: 'Kirim & cetak surat jalan' }).click();
    await expect.poll(() => notice(page)).toContain('Mutasi tidak bisa dikirim ke outlet pengirim sendiri.');
    expect(await readStore(page, 'transfersSent')).toEqual([]);
    await expectTidy(page, 'kirim mutasi with two lines');

    await page.getByLabel('Outlet tujuan').selectOption('ende');
    await page.getByRole('button', { name: 'Kirim & cetak surat jalan' }).click();
    const slip = page.locator('.transfer-slip');
    await slip.waitFor();
    await expect.poll(() => virtual.printer.jobs.filter((j) => j.text.includes('MUTASI')).length).toBe(1);
    const printed = virtual.printer.jobs.find((j) => j.text.includes('MUTASI'))!.text;
    expect(printed).toMatch(/Ke +NTT Mart Ende/);
    expect(printed).toMatch(/Pengirim, +Penerima,/);
    expect(`${(await paperLines(slip)).join('\n')}\n`).toBe(printed);
    expect(await ledger(page)).toEqual({ [kopi().id]: 1, [tenun().id]: 2 });

    await syncNow(page);
    const [sent] = await readStore<TransferSent>(page, 'transfersSent');
    // The expiries that left A, the kopi from its dated batch.
    expect(sent!.lines.map((l) => l.batches)).toEqual([
      [{ expiry: '2027-06-30', quantity: 2 }],
      [{ expiry: null, quantity: 3 }],
    ]);
    const transit = (await report('ende')).inTransit;
    expect(transit.map((l) => [l.transferId, l.direction, l.fromOutletId, l.productId, l.quantity])).toEqual([
      [sent!.id, 'in', 'manggarai-barat', kopi().id, 2],
      [sent!.id, 'in', 'manggarai-barat', tenun().id, 3],
    ]);
  });

  it('receives the transfer at B one unit short: the difference is recorded and it leaves the list', async () => {
    const { page } = tillB;
    await syncNow(page);
    await openStock(page);
    const incoming = page.locator('.incoming-transfers');
    await expect.poll(() => incoming.locator('h3').textContent(), SLOW).toBe('Mutasi masuk (1)');
    await expectTidy(page, 'Stok with an incoming transfer');
    await incoming.getByRole('button', { name: 'Terima…' }).click();
    // The expiries A sent, so the manager checks the dates on what arrived.
    expect(
      await page.locator(`tr[data-transfer-line="${kopi().name}"] [data-testid=transfer-expiries]`).textContent(),
    ).toMatch(/^Kedaluwarsa 30\/06\/2027: 2 /);
    await expectTidy(page, 'Mutasi masuk form with its expiries');
    await page.getByLabel(`Diterima ${kopi().name}`).fill('1');
    await expect
      .poll(() =>
        page.locator(`tr[data-transfer-line="${kopi().name}"] [data-testid=transfer-difference]`).textContent(),
      )
      .toBe('-1');
    await expect
      .poll(() =>
        page.locator(`tr[data-transfer-line="${tenun().name}"] [data-testid=transfer-difference]`).textContent(),
      )
      .toBe('sesuai');
    await expectTidy(page, 'receiving a transfer');
    await page.getByRole('button', { name: 'Simpan penerimaan mutasi' }).click();
    await expect.poll(() => notice(page)).toContain('1 baris berselisih, tercatat');
    await expect.poll(() => incoming.count()).toBe(0);
    const [received] = await readStore<TransferReceived>(page, 'transfersReceived');
    expect(received!.lines.map((l) => [l.sent, l.received, l.batches])).toEqual([
      [2, 1, [{ expiry: '2027-06-30', quantity: 1 }]],
      [3, 3, [{ expiry: null, quantity: 3 }]],
    ]);
    expect(await ledger(page)).toEqual({ [kopi().id]: 1, [tenun().id]: 3 });
    await syncNow(page);
    // The server now says received: a later pull keeps it off the list.
    expect(await readStore(page, 'incomingTransfers')).toEqual([]);
  });

  it("gives the province's stock report of each outlet equal to its terminal's ledger, nothing in transit", async () => {
    for (const [outlet, till] of [
      ['manggarai-barat', tillA],
      ['ende', tillB],
    ] as const) {
      const province = await report(outlet);
      expect(Object.fromEntries(province.rows.map((r) => [r.productId, r.onHand]))).toEqual(await ledger(till.page));
      expect(province.inTransit).toEqual([]);
    }
    const { rows } = await province.database.db.query<{ sent: string; received: string }>(
      'SELECT sent::text, received::text FROM stock_transfer_lines ORDER BY line_no',
    );
    expect(rows).toEqual([
      { sent: '2', received: '1' },
      { sent: '3', received: '3' },
    ]);
    const { rows: batches } = await province.database.db.query<{ product_id: string; expiry: string | null }>(
      "SELECT product_id, to_char(expiry, 'YYYY-MM-DD') AS expiry, remaining::int FROM stock_batches WHERE outlet_id = 'ende' ORDER BY expiry",
    );
    expect(batches).toEqual([
      { product_id: kopi().id, expiry: '2027-06-30', remaining: 1 },
      { product_id: tenun().id, expiry: null, remaining: 3 },
    ]);
  });
});
