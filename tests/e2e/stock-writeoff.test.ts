/**
 * Write-offs and damaged refunds end to end: one terminal in chromium at 1024×768, enrolled for its
 * outlet, against the real server process on PostgreSQL. The manager receives goods, writes one off
 * as rusak (after the bad input is refused in Bahasa Indonesia) and its slip prints at the virtual
 * printer; the cashier sells and refunds one item marked Rusak with a manager's approval, which
 * leaves stock on hand as it was; after a sync the province's stock report equals the terminal's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StockMovement } from '#renderer/db/rows';
import type { StockWrittenOff } from '#sync/protocol/stock';
import { expectTidy } from '../support/layout';
import { paperLines } from '../support/paper';
import { ledger, notice, openStock, stockTillSuite } from '../support/stock-province';
import type { CatalogProduct } from '../support/sync-fixtures';
import { findReceipt, openShift, readStore, scan, sellForCash, signIn, typeLikePerson } from '../support/terminal';

const MANAGER = { name: 'Agustina Bere', pin: '791324' };
const CASHIER = { name: 'Maria Goreti', pin: '4821' };

const stock = stockTillSuite('manggarai-barat', MANAGER, CASHIER);

const SLOW = { timeout: 30_000 };
const kopi = () => stock.province.catalog[0]!;
const tenun = () => stock.province.catalog[1]!;
const code = (p: CatalogProduct) => stock.province.code(p);

async function switchTo(page: Page, who: { name: string; pin: string }): Promise<void> {
  await page.getByRole('button', { name: 'Kunci' }).click();
  await signIn(page, who.name, who.pin);
}

describe('write-offs and damaged refunds', () => {
  it('receives goods from a UMKM', async () => {
    const { page } = stock.till;
    await openStock(page);
    await expectTidy(page, 'Stok with the write-off buttons');
    await page.getByRole('button', { name: 'Hapus stok kedaluwarsa…' }).click();
    await expect.poll(() => notice(page)).toBe('Tidak ada stok yang sudah lewat tanggal kedaluwarsa.');
    await page.getByRole('button', { name: 'Penerimaan barang…' }).click();
    await scan(page, code(kopi()));
    await scan(page, code(tenun()));
    await page.getByLabel('Pemasok (UMKM)').fill('Koperasi Kopi Bajawa');
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('8');
    await page.getByLabel(`Harga beli ${kopi().name}`).fill('4000');
    await page.getByLabel(`Jumlah ${tenun().name}`).fill('5');
    await page.getByLabel(`Harga beli ${tenun().name}`).fill('6000');
    await page.getByRole('button', { name: 'Simpan & cetak BAST' }).click();
    await page.locator('.bast').waitFor();
    expect(await ledger(page)).toEqual({ [kopi().id]: 8, [tenun().id]: 5 });
  });

  it('writes one off as rusak with the manager approving, after refusing bad input; the slip prints', async () => {
    const { page } = stock.till;
    await openStock(page);
    await page.getByRole('button', { name: 'Stok terbuang…' }).click();
    await page.getByRole('heading', { name: 'Stok terbuang' }).waitFor();
    await scan(page, code(kopi()));
    const save = page.getByRole('button', { name: 'Simpan & cetak berita acara' });
    await save.click();
    await expect.poll(() => notice(page)).toBe('Pilih alasan stok terbuang: rusak, kedaluwarsa atau hilang.');
    await page.getByRole('radio', { name: 'Rusak' }).click();
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('-1');
    await save.click();
    await expect.poll(() => notice(page)).toBe(`${kopi().name}: Jumlah tidak boleh negatif.`);
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('0,5');
    await save.click();
    await expect.poll(() => notice(page)).toContain('Jumlah harus bilangan bulat');
    expect(await readStore(page, 'writeOffs')).toEqual([]);
    await page.getByLabel(`Jumlah ${kopi().name}`).fill('1');
    await page.getByLabel('Catatan').fill('Kemasan sobek saat dibongkar');
    await expectTidy(page, 'stok terbuang with one line');
    await save.click();
    const slip = page.locator('.write-off-slip');
    await slip.waitFor();
    await expect.poll(() => stock.virtual.printer.jobs.filter((j) => j.text.includes('STOK TERBUANG')).length).toBe(1);
    const printed = stock.virtual.printer.jobs.find((j) => j.text.includes('STOK TERBUANG'))!.text;
    expect(printed).toMatch(/Alasan +Rusak/);
    expect(printed).toMatch(new RegExp(`Disetujui +${MANAGER.name}`));
    expect(printed).toMatch(/Petugas, +Manajer,/);
    expect(`${(await paperLines(slip)).join('\n')}\n`).toBe(printed);
    await expectTidy(page, 'stok terbuang saved, with its slip');
    const [writeOff] = await readStore<StockWrittenOff>(page, 'writeOffs');
    expect(writeOff).toMatchObject({ reason: 'rusak', approvedBy: { name: MANAGER.name }, lines: [{ quantity: 1 }] });
    expect(await ledger(page)).toEqual({ [kopi().id]: 7, [tenun().id]: 5 });
  });

  it('sells two items and refunds one marked Rusak with a manager approving: on hand stays', async () => {
    const { page } = stock.till;
    await switchTo(page, CASHIER);
    await openShift(page);
    const receiptNo = await sellForCash(page, code(kopi()), code(tenun()));
    expect(await ledger(page)).toEqual({ [kopi().id]: 6, [tenun().id]: 4 });
    await findReceipt(page, receiptNo);
    await page.getByLabel(`Jumlah ${kopi().name} dikembalikan`).fill('1');
    await page.getByLabel(`${kopi().name} rusak (tidak kembali ke stok)`).check();
    await page.getByLabel('Alasan refund').fill('Biji kopi berjamur');
    await expectTidy(page, 'refund with a line marked Rusak');
    await page.getByLabel('Alasan refund').press('Enter');
    await page.getByLabel('PIN manajer').waitFor();
    await typeLikePerson(page, MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.getByTestId('refund-done').waitFor();
    await expect
      .poll(() => stock.virtual.printer.jobs.find((j) => j.text.includes('PENGEMBALIAN BARANG'))?.text, SLOW)
      .toMatch(/ {2}1 rusak +\d/);
    expect(await ledger(page)).toEqual({ [kopi().id]: 6, [tenun().id]: 4 });
    const movements = await readStore<StockMovement>(page, 'stockMovements');
    expect(movements.filter((m) => m.reason === 'refund-damaged').map((m) => [m.productId, m.quantity])).toEqual([
      [kopi().id, 0],
    ]);
  });

  it("gives the province's stock report equal to the terminal's on hand after a sync", async () => {
    const { page } = stock.till;
    await switchTo(page, MANAGER);
    await page.locator('.top-bar nav').getByRole('button', { name: 'Sinkron', exact: true }).click();
    await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), SLOW).toBe('0');
    const report = await stock.province.report('manggarai-barat');
    expect(Object.fromEntries(report.rows.map((r) => [r.productId, r.onHand]))).toEqual(await ledger(page));
    const { rows } = await stock.province.database.db.query<{ reason: string; quantity: string }>(
      "SELECT reason, quantity::text FROM stock_movements WHERE reason IN ('written-off', 'refund-damaged') ORDER BY id",
    );
    expect(rows).toEqual([
      { reason: 'written-off', quantity: '-1' },
      { reason: 'refund-damaged', quantity: '0' },
    ]);
    const quarantined = await stock.province.database.db.query(
      'SELECT 1 FROM events WHERE quarantine_reasons IS NOT NULL',
    );
    expect(quarantined.rows).toEqual([]);
  });
});
