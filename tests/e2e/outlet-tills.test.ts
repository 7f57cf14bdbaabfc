/**
 * Two tills of one outlet (issue 18), end to end in chromium against the real server on
 * PostgreSQL: each enrolled on its own (terminal id, receipt series, outbox), both sell and sync;
 * the manager's day close on till A names till B while B's shift is open, and once B closed and
 * synced, covers both tills' shifts; B then learns the outlet's day is closed. A's Stok screen shows
 * the outlet's stock with B's sale in it (the outlet-stock stream).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DENOMINATIONS } from '#domain/shift/cash-count';
import { startTwoTills } from '../support/outlet-tills';
import type { CatalogProduct } from '../support/sync-fixtures';
import type { TestServer } from '../support/sync-server';
import { readStore, type Terminal } from '../support/terminal';
import { openSyncScreen, sell } from '../support/terminal-data';

const AGUSTINA = { name: 'Agustina Bere', pin: '791324' };
const SLOW = { timeout: 20_000 };
const FLOAT = 200_000;

let server: TestServer;
let tillA: Terminal;
let tillB: Terminal;
let catalog: CatalogProduct[];
let barcodes: Map<string, string>;

beforeAll(async () => {
  ({ server, catalog, barcodes, tillA, tillB } = await startTwoTills(AGUSTINA, 5));
}, 180_000);

afterAll(async () => {
  await tillA?.close();
  await tillB?.close();
  await server?.close();
});

const serverSale = async (receiptNo: string) =>
  (
    await server.db.query<{ terminal_id: string; total: number }>(
      'SELECT terminal_id, total::int FROM sales WHERE receipt_no = $1',
      [receiptNo],
    )
  ).rows[0];

const closedShifts = async (terminalId: string) =>
  Number(
    (
      await server.db.query<{ n: string }>(
        'SELECT count(*) AS n FROM shift_closings c JOIN shifts s ON s.id = c.shift_id WHERE s.terminal_id = $1',
        [terminalId],
      )
    ).rows[0]!.n,
  );

/** Closes the till's shift counting exactly what the drawer should hold (the float and the cash taken). */
async function closeShiftExactly(page: Page, cash: number): Promise<void> {
  await page.keyboard.press('F5');
  await page.getByRole('button', { name: 'Tutup shift', exact: true }).click();
  let left = cash;
  for (const d of DENOMINATIONS) {
    const pieces = Math.floor(left / d.value);
    if (pieces === 0) continue;
    await page.getByLabel(d.label, { exact: true }).fill(String(pieces));
    left -= pieces * d.value;
  }
  await expect.poll(() => page.getByTestId('close-variance').textContent()).toMatch(/^Rp\s?0$/);
  await page.getByRole('button', { name: /Tutup shift & cetak laporan Z/ }).click();
  await page.getByRole('heading', { name: /Shift Agustina Bere ditutup/ }).waitFor();
}

const tillState = (page: Page, code: string) =>
  page.locator(`.outlet-tills li[data-till=${code}]`).getAttribute('data-state');

describe('two tills of one outlet', () => {
  let totals: { a: number; b: number };

  it('enrols each till on its own and both sell into their own receipt series and outbox, synced once each', async () => {
    const receiptA = await sell(tillA.page, [barcodes.get(catalog[0]!.id)!, barcodes.get(catalog[1]!.id)!]);
    const receiptB = await sell(tillB.page, [barcodes.get(catalog[2]!.id)!]);
    expect(receiptA).toMatch(/^MB-T01-\d{8}-0001$/);
    expect(receiptB).toMatch(/^MB-T02-\d{8}-0001$/);
    await expect.poll(() => serverSale(receiptA), SLOW).toMatchObject({ terminal_id: 'manggarai-barat-t01' });
    await expect.poll(() => serverSale(receiptB), SLOW).toMatchObject({ terminal_id: 'manggarai-barat-t02' });
    totals = { a: (await serverSale(receiptA))!.total, b: (await serverSale(receiptB))!.total };
    const outboxOf = async (till: Terminal) =>
      new Set(
        (await readStore<{ payload: { terminalId?: string } }>(till.page, 'outbox')).map((e) => e.payload.terminalId),
      );
    expect(await outboxOf(tillA)).not.toContain('manggarai-barat-t02');
    expect(await outboxOf(tillB)).not.toContain('manggarai-barat-t01');
  });

  it('shows on A the outlet’s stock with what B sold, once B synced (outlet-stock stream)', async () => {
    const { page } = tillA;
    const sold = catalog[2]!;
    await openSyncScreen(page);
    await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await expect
      .poll(
        async () =>
          (await readStore<{ productId: string; onHand: number }>(page, 'outletStock')).find(
            (s) => s.productId === sold.id,
          ),
        SLOW,
      )
      .toEqual({ productId: sold.id, onHand: -1 });
    // This till's own ledger never saw B's sale; the outlet's figure beside it did.
    await page.getByRole('button', { name: 'Stok', exact: true }).click();
    const row = page.locator(`tr[data-stock-product="${sold.name}"]`);
    await expect.poll(() => row.getByTestId('outlet-stock').textContent(), SLOW).toMatch(/^semua till: -1\b/);
  });

  it('refuses the day close on A while B’s shift is open, naming B', async () => {
    const { page } = tillA;
    await closeShiftExactly(page, FLOAT + totals.a);
    await expect.poll(() => tillState(page, 'T01'), SLOW).toBe('this-till');
    await expect.poll(() => tillState(page, 'T02'), SLOW).toBe('open-shift');
    expect(await page.locator('.outlet-tills li[data-till=T02]').textContent()).toContain(
      'Shift Agustina Bere belum ditutup',
    );
    await page.getByRole('button', { name: 'Tutup hari (laporan harian)' }).click();
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toMatch(/^Tutup hari belum bisa: Terminal T02 \(.+\) — Shift Agustina Bere belum ditutup/);
    expect(await readStore(page, 'dayClosings')).toEqual([]);
  });

  it('closes the outlet’s day on A over both tills once B closed and synced; B learns it is closed', async () => {
    await closeShiftExactly(tillB.page, FLOAT + totals.b);
    await expect.poll(() => closedShifts('manggarai-barat-t02'), SLOW).toBe(1);

    const { page } = tillA;
    await page.getByRole('button', { name: 'Periksa till' }).click();
    await expect.poll(() => tillState(page, 'T02'), SLOW).toBe('closed');
    await page.getByRole('button', { name: 'Tutup hari (laporan harian)' }).click();
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toMatch(/ditutup untuk 2 till; laporan harian dicetak/);
    const dayClosed = async () =>
      (
        await server.db.query<{ terminal_id: string; shift_count: number; net_sales: number; reasons: unknown }>(
          `SELECT d.terminal_id, d.shift_count, d.net_sales, e.quarantine_reasons AS reasons
           FROM day_closings d JOIN events e ON e.id = d.event_id`,
        )
      ).rows;
    await expect
      .poll(dayClosed, SLOW)
      .toEqual([{ terminal_id: 'manggarai-barat-t01', shift_count: 2, net_sales: totals.a + totals.b, reasons: null }]);

    await tillB.page.getByRole('button', { name: 'Tutup hari (laporan harian)' }).click();
    await expect
      .poll(() => tillB.page.locator('.notice').textContent())
      .toMatch(/^Hari ini sudah ditutup di Terminal T01/);
  });
});
