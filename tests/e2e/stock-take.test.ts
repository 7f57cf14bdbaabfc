/**
 * Stok opname end to end: a terminal in chromium at 1024×768, enrolled for its outlet against the
 * real server process on PostgreSQL. The manager receives goods, starts a count of the whole outlet
 * and scans; pauses while the cashier sells a counted product; resumes, finds one unit of the other
 * missing, reviews (the sale is not a variance, the product nobody counted is listed apart) and
 * approves; the report prints at the virtual printer and shows on screen line for line. After sync,
 * the province's stock report for the outlet equals the terminal's ledger.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StockCounted } from '#sync/protocol/stock';
import { expectTidy } from '../support/layout';
import { paperLines } from '../support/paper';
import { ledger, notice, stockTillSuite } from '../support/stock-province';
import type { CatalogProduct } from '../support/sync-fixtures';
import { openShift, readStore, scan, sellForCash, signIn } from '../support/terminal';

const MANAGER = { name: 'Agustina Bere', pin: '791324' };
const CASHIER = { name: 'Maria Goreti', pin: '4821' };

const stock = stockTillSuite('manggarai-barat', MANAGER, CASHIER);

const SLOW = { timeout: 30_000 };
const kopi = () => stock.province.catalog[0]!;
const tenun = () => stock.province.catalog[1]!;
const third = () => stock.province.catalog[2]!;
const code = (p: CatalogProduct) => stock.province.code(p);

async function openStockTake(page: Page): Promise<void> {
  await page.locator('.top-bar nav').getByRole('button', { name: 'Stok', exact: true }).click();
  await page.getByRole('button', { name: 'Stok opname…' }).click();
  await page.getByRole('heading', { name: 'Stok opname' }).waitFor();
}

const counted = (page: Page, p: CatalogProduct) => page.getByLabel(`Dihitung ${p.name}`).inputValue();

describe('stock-take in chromium', () => {
  it('receives goods to count', async () => {
    const { page } = stock.till;
    await page.locator('.top-bar nav').getByRole('button', { name: 'Stok', exact: true }).click();
    await page.getByRole('button', { name: 'Penerimaan barang…' }).click();
    await scan(page, code(kopi()));
    await scan(page, code(tenun()));
    await page.getByLabel('Pemasok (UMKM)').fill('Koperasi Kopi Bajawa');
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('5');
    await page.getByLabel(`Harga beli ${kopi().name}`).fill('4000');
    await page.getByLabel(`Jumlah ${tenun().name}`).fill('3');
    await page.getByLabel(`Harga beli ${tenun().name}`).fill('6000');
    await page.getByRole('button', { name: 'Simpan & cetak BAST' }).click();
    await page.locator('.bast').waitFor();
    expect(await ledger(page)).toEqual({ [kopi().id]: 5, [tenun().id]: 3 });
  });

  it('starts a count of the whole outlet and scans, refusing a fractional count', async () => {
    const { page } = stock.till;
    await openStockTake(page);
    await expectTidy(page, 'stok opname start');
    await page.getByRole('button', { name: 'Mulai hitung' }).click();
    for (let i = 0; i < 4; i++) await scan(page, code(kopi()));
    await expect.poll(() => counted(page, kopi())).toBe('4');
    for (let i = 0; i < 3; i++) await scan(page, code(tenun()));
    await expect.poll(() => counted(page, tenun())).toBe('3');
    await page.getByLabel(`Dihitung ${tenun().name}`).fill('2,5');
    await page.getByLabel(`Dihitung ${tenun().name}`).press('Enter');
    await expect.poll(() => notice(page)).toContain('Jumlah dihitung dalam satuan utuh, tanpa koma.');
    await page.getByLabel(`Dihitung ${tenun().name}`).fill('3');
    await expectTidy(page, 'stok opname counting');
    await page.getByRole('button', { name: 'Jeda' }).click();
    await page.locator('main.stock-screen').waitFor();
  });

  it('keeps selling while the count is paused', async () => {
    const { page } = stock.till;
    await page.getByRole('button', { name: 'Kunci' }).click();
    await signIn(page, CASHIER.name, CASHIER.pin);
    await openShift(page);
    await sellForCash(page, code(tenun()));
    expect(await ledger(page)).toEqual({ [kopi().id]: 5, [tenun().id]: 2 });
    await page.getByRole('button', { name: 'Kunci' }).click();
    await signIn(page, MANAGER.name, MANAGER.pin);
  });

  it('resumes, reviews the missing unit apart from the sale and the product nobody counted, and approves', async () => {
    const { page } = stock.till;
    await openStockTake(page);
    await page.getByRole('button', { name: 'Lanjutkan hitung' }).click();
    await expect.poll(() => counted(page, kopi())).toBe('4');
    await page.getByRole('button', { name: 'Tinjau selisih…' }).click();
    const review = (p: CatalogProduct) => page.locator(`tr[data-review-line="${p.name}"]`);
    await expect.poll(() => review(kopi()).getAttribute('data-variance')).toBe('-1');
    // Sold after it was counted: the sale stands in the ledger, the count matches.
    await expect.poll(() => review(tenun()).getAttribute('data-variance')).toBe('0');
    await expect.poll(() => page.locator(`[data-not-counted="${third().name}"]`).count()).toBe(1);
    await expectTidy(page, 'stok opname review');

    await page.getByRole('button', { name: 'Setujui & cetak laporan' }).click();
    const report = page.locator('.stock-take-report');
    await report.waitFor();
    await expect.poll(() => stock.virtual.printer.jobs.filter((j) => j.text.includes('STOK OPNAME')).length).toBe(1);
    const printed = stock.virtual.printer.jobs.find((j) => j.text.includes('STOK OPNAME'))!.text;
    expect(printed).toMatch(/Selisih -1 +-\d/);
    expect(printed).toMatch(/Tidak dihitung +1/);
    expect(printed).toMatch(/Penghitung, +Manajer,/);
    expect(`${(await paperLines(report)).join('\n')}\n`).toBe(printed);
    expect(await ledger(page)).toEqual({ [kopi().id]: 4, [tenun().id]: 2 });
    const [count] = await readStore<StockCounted>(page, 'stockCounts');
    expect(count!.lines.map((l) => [l.productId, l.expected, l.counted])).toEqual(
      expect.arrayContaining([
        [kopi().id, 5, 4],
        [tenun().id, 3, 3],
      ]),
    );
    await expectTidy(page, 'stok opname report');
  });

  it("gives the province's stock report for the outlet equal to the terminal's ledger after sync", async () => {
    const { page } = stock.till;
    await page.locator('.top-bar nav').getByRole('button', { name: 'Sinkron', exact: true }).click();
    await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), SLOW).toBe('0');
    const report = await stock.province.report('manggarai-barat');
    expect(Object.fromEntries(report.rows.map((r) => [r.productId, r.onHand]))).toEqual(await ledger(page));
    const { rows } = await stock.province.database.db.query<{ kind: string }>(
      "SELECT kind FROM stock_documents WHERE kind = 'counted'",
    );
    expect(rows).toHaveLength(1);
  });
});
