/**
 * The back office in chromium against the real server process on PostgreSQL: `npm run server`
 * serves it at /kantor/ (/ leads there), a provincial user made with `npm run admin -- user add`
 * signs in and Beranda shows the figures of sales two terminals pushed, the same numbers the
 * database's month rollups (`report MONTH`) hold, with at most 400 KB of JavaScript (gzip); then
 * its panels — ASN compliance per OPD with the drill-down, top sellers, stock, terminal health with
 * a silent outlet red, sparklines — and a table's CSV and XLSX downloads. Screenshots at 1366×768
 * and 1024×768 go to test-results/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { readSheet } from 'read-excel-file/node';
import { maskNip } from '#domain/asn/nip';
import { addDays, businessDate, businessMonth } from '#domain/wita';
import { importAsnRoster } from '#sync/admin/import-asn';
import { outletMonthSales } from '#sync/server/reports/month-figures';
import { chromiumLaunchOptions } from '../support/chromium';
import { openTestDatabase, type TestDatabase } from '../support/server-databases';
import { addBackofficeUser, enrolmentCode, serverProcess, type ServerProcess } from '../support/server-process';
import { receivingEvent } from '../support/stock-fixtures';
import { rosterCsv, rosterNip, saleEvent, seedCatalog } from '../support/sync-fixtures';

const PASSWORD = 'Tenun-Ikat-Sumba-9';
const screen = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

let database: TestDatabase;
let server: ServerProcess;
let browser: Browser;
beforeAll(async () => {
  database = await openTestDatabase('postgres');
  server = await serverProcess(database.url!);
  await server.start();
  addBackofficeUser(database.url!, 'prov.kupang', PASSWORD, 'provinsi');
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await database?.close();
});

async function enrol(outletId: string) {
  const code = enrolmentCode(database.url!, outletId);
  const post = () =>
    fetch(`${server.url}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Kasir 1' }),
    });
  // The admin command takes seconds: the pooled connection may be closed by the server's
  // keep-alive timeout just as it is reused ("other side closed"), before the request is read.
  const reply = await post().catch(post);
  return (await reply.json()) as { terminalId: string; token: string };
}

/** `count` sales (the first by the roster's first ASN), then a receiving of the first product expiring in 5 days. */
async function pushSales(outletId: string, count: number) {
  const products = await seedCatalog(database.db, 5);
  const enrolled = await enrol(outletId);
  const terminal = { id: enrolled.terminalId, outletId };
  const now = new Date().toISOString();
  const events = [
    ...Array.from({ length: count }, (_, i) =>
      saleEvent({ terminal, seq: i + 1, products, ...(i === 0 ? { asnNip: rosterNip(0) } : {}) }),
    ),
    receivingEvent(
      terminal,
      count + 1,
      [{ productId: products[0]!.id, quantity: 20, expiry: addDays(businessDate(now), 5) }],
      now,
    ),
  ];
  const pushed = await fetch(`${server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolled.token}` },
    body: JSON.stringify({ events }),
  });
  expect(pushed.status).toBe(200);
}

describe('Beranda in chromium', () => {
  it('signs in and shows the sales two terminals pushed, equal to the month rollups', async () => {
    await importAsnRoster(database.db, rosterCsv(12));
    await pushSales('ende', 3);
    await pushSales('alor', 2);
    const month = businessMonth(Date.now());
    const outlets = await outletMonthSales(database.db, month);
    const total = outlets.reduce((a, o) => a + o.total, 0);
    expect(total).toBeGreaterThan(0);

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/kantor/');
    await page.getByLabel('Nama pengguna').fill('prov.kupang');
    await page.getByLabel('Kata sandi').fill('not-the-password');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/salah/);
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();

    await page.getByTestId('sales-total').waitFor();
    expect(screen(await page.getByTestId('sales-total').textContent())).toBe(screen(formatRupiah(rupiah(total))));
    for (const outlet of outlets.filter((o) => o.sales > 0)) {
      const row = page.locator(`tr[data-key="${outlet.id}"]`);
      expect(screen(await row.getByTestId('outlet-sales').textContent())).toBe(
        screen(formatRupiah(rupiah(outlet.total))),
      );
      expect(await row.getByTestId('outlet-transactions').textContent()).toBe(String(outlet.sales));
    }
    expect(await page.locator('[data-testid="outlets"] > .scroll tbody tr').count()).toBe(outlets.length);
    expect(screen(await page.getByTestId('sales-target').textContent())).toBe('Rp 150.000.000.000');

    // Loaded again signed in: the time to Beranda's figures, and the JavaScript shipped (issue 17: ≤ 400 KB gzip).
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.body());
    });
    const started = performance.now();
    await page.reload();
    await page.getByTestId('sales-total').waitFor();
    console.info(`Beranda's figures ${Math.round(performance.now() - started)} ms after a reload`);
    const shipped = (await Promise.all(scripts)).reduce((a, b) => a + gzipSync(b).length, 0);
    console.info(`JavaScript shipped: ${Math.round(shipped / 1024)} KB gzip`);
    expect(shipped).toBeGreaterThan(0);
    expect(shipped).toBeLessThanOrEqual(400 * 1024);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/backoffice-beranda.png', fullPage: true });

    await page.close();
  }, 120_000);

  it('shows compliance per OPD with its ASN list, top sellers, stock, terminal health and sparklines, and exports a table', async () => {
    await enrol('sabu-raijua'); // never pushes: its outlet is red
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${server.url}/kantor/`);
    await page.getByLabel('Nama pengguna').fill('prov.kupang');
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('compliance').waitFor();

    // rosterCsv: 12 ASN over 6 OPDs, the first (Dinas Pendidikan) the one who bought at ende.
    const opds = page.getByTestId('compliance').locator('tbody tr');
    expect(await opds.count()).toBe(6);
    await page.getByRole('button', { name: 'Dinas Pendidikan' }).click();
    const list = page.getByTestId('opd-asn');
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBe(2);
    const listText = (await list.textContent()) ?? '';
    expect(listText).toContain(maskNip(rosterNip(0)));
    expect(listText).not.toContain(rosterNip(0));

    expect(await page.getByTestId('top-products').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('top-producers').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('stock-expiring').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('stock-outlets').locator('tbody tr').count()).toBeGreaterThan(0);
    const terminals = page.getByTestId('terminals').locator('tbody tr');
    expect(await terminals.count()).toBe(3);
    expect(await page.getByTestId('terminals').locator('tr.stale').count()).toBe(1);
    expect(await page.locator('[data-testid="outlets"] tr.stale[data-key="sabu-raijua"]').count()).toBe(1);
    // ECharts draws the sparkline and the daily chart as SVG; each has its table for screen readers.
    expect(await page.locator('tr[data-key="ende"] .sparkline-chart svg path').count()).toBeGreaterThan(0);
    const sparklineRow = page.getByTestId('sparkline-table').locator('tbody tr', { hasText: 'NTT Mart Ende' });
    expect(await sparklineRow.locator('td').count()).toBe(30);
    expect(await page.locator('.chart svg path').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/backoffice-beranda-panels.png', fullPage: true });

    // The top products as CSV and XLSX: the same rows, numbers unformatted.
    const month = businessMonth(Date.now());
    const topRows = await page.getByTestId('top-products').locator('tbody tr').count();
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: `Unduh Produk terlaris ${month} sebagai CSV` }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe(`Produk-terlaris-${month}.csv`);
    const text = readFileSync((await csvFile.path())!, 'utf8');
    expect(text.trim().split(/\r?\n/)).toHaveLength(topRows + 1);
    expect(text).toMatch(/^\ufeffProduk,Terjual,Penjualan/);
    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: `Unduh Produk terlaris ${month} sebagai XLSX` }).click();
    const sheet = await readSheet(readFileSync((await (await xlsx).path())!));
    expect(sheet[0]).toEqual(['Produk', 'Terjual', 'Penjualan']);
    expect(sheet).toHaveLength(topRows + 1);
    expect(typeof sheet[1]![2]).toBe('number');

    // Narrower screens: nothing spills out of the page sideways.
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      // The charts redraw at the new width when their ResizeObserver fires, a frame or two later.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
        .toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: 'test-results/backoffice-beranda-1024.png', fullPage: true });

    await page.getByRole('button', { name: 'Keluar dari semua perangkat' }).click();
    await page.getByLabel('Nama pengguna').waitFor();
    await page.close();
  }, 120_000);
});
