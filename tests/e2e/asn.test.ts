/**
 * An ASN at two outlets, end to end: the real server process on PostgreSQL with the province's
 * roster and an earlier purchase at NTT Mart Kota Kupang, and two enrolled terminals in chromium
 * (Manggarai Barat with a virtual printer, Ende), whose databases hold the roster and totals by NIP
 * key with shortened names, never a NIP or a full name. At Labuan Bajo the ASN's ID card is scanned:
 * the shortened name, OPD and month across outlets show, the sale is paid and the receipt carries the ASN block on
 * screen and on paper; a NIP missing from the roster is accepted as unverified. After sync the
 * server holds the new total, the terminal never counts the sale twice, and Ende sees the new total
 * after its next pull; a refund lowers the month on the terminal at once and everywhere after sync.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nipKeys } from '#domain/asn/nip-key';
import { formatRupiah, rupiah } from '#domain/money';
import type { Sale } from '#domain/checkout/sale';
import { businessMonth } from '#domain/wita';
import { importAsnRoster } from '#sync/admin/import-asn';
import { receiptAsnBlock } from '../support/paper';
import { openTestDatabase, type TestDatabase } from '../support/server-databases';
import { addStaff, admin, enrolmentCode, serverProcess, type ServerProcess } from '../support/server-process';
import { saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import {
  openShift,
  readAllStores,
  readStore,
  scan,
  startTerminal,
  typeLikePerson,
  type Terminal,
} from '../support/terminal';
import { enrolThroughScreen, openSyncScreen } from '../support/terminal-data';
import { startVirtualPrinter } from '../support/virtual-printer';

const MARIA = {
  nip: '198609262015051001',
  name: 'Maria Goreti Nona',
  shortName: 'Maria G. N.',
  opd: 'Dinas Pendidikan dan Kebudayaan',
};
const AGUSTINA = { nip: '199312282025212001', name: 'Agustina Mbura' };
const UNLISTED = '19880715 2023 21 1 004';
const LABUAN_BAJO = { name: 'Agustina Bere', pin: '791324' };
const ENDE = { name: 'Yosef Wara', pin: '572418' };
const SLOW = { timeout: 20_000 };
const rp = (n: number) => formatRupiah(rupiah(n)).replace(/\u00a0/g, ' ');
const shown = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).last().textContent())?.replace(/\u00a0/g, ' ');

let database: TestDatabase;
let server: ServerProcess;
let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
let labuanBajo: Terminal;
let ende: Terminal;
let catalog: CatalogProduct[];
let barcodes: Map<string, string>;
/** What Maria spent at Kota Kupang earlier this month, and here. */
let earlier: number;
let here: number;
let refunded: number;
/** Maria's NIP under the province's ASN key: how the terminals know her. */
let mariaKey: string;

beforeAll(async () => {
  database = await openTestDatabase('postgres');
  catalog = await seedCatalog(database.db, 20);
  barcodes = new Map(
    (await database.db.query<{ id: string; barcode: string }>('SELECT id, barcode FROM products')).rows.map((r) => [
      r.id,
      r.barcode,
    ]),
  );
  await importAsnRoster(
    database.db,
    ['nip,nama,opd', `${MARIA.nip},${MARIA.name},${MARIA.opd}`, `${AGUSTINA.nip},${AGUSTINA.name},RSUD Ende`].join(
      '\n',
    ),
  );
  addStaff(database.url!, 'manggarai-barat', LABUAN_BAJO.name, 'manager', LABUAN_BAJO.pin);
  addStaff(database.url!, 'ende', ENDE.name, 'manager', ENDE.pin);
  const { rows } = await database.db.query<{ asn_key: string }>('SELECT asn_key FROM server_identity');
  mariaKey = (await nipKeys(rows[0]!.asn_key, [MARIA.nip]))[0]!;
  server = await serverProcess(database.url!);
  await server.start();
  // Earlier this month Maria bought at Kota Kupang.
  const code = enrolmentCode(database.url!, 'kota-kupang');
  const kupang = (await (
    await fetch(`${server.url}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Kasir 1' }),
    })
  ).json()) as { terminalId: string; outletId: string; token: string };
  const sale = saleEvent({
    terminal: { id: kupang.terminalId, outletId: kupang.outletId },
    seq: 1,
    products: catalog,
    lineCount: 2,
    asnNip: MARIA.nip,
  });
  earlier = sale.payload.total;
  const pushed = await fetch(`${server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${kupang.token}` },
    body: JSON.stringify({ events: [sale] }),
  });
  expect(pushed.status).toBe(200);

  virtual = await startVirtualPrinter(32);
  [labuanBajo, ende] = await Promise.all([startTerminal(), startTerminal()]);
  await labuanBajo.bridge.registry.invoke('config-update', [{ printer: virtual.config }]);
  await Promise.all([
    enrolThroughScreen(labuanBajo.page, server.url, enrolmentCode(database.url!, 'manggarai-barat'), LABUAN_BAJO),
    enrolThroughScreen(ende.page, server.url, enrolmentCode(database.url!, 'ende'), ENDE),
  ]);
  await openShift(labuanBajo.page);
  await openShift(ende.page);
}, 180_000);

afterAll(async () => {
  await labuanBajo?.close();
  await ende?.close();
  await virtual?.close();
  await server?.stop();
  await database?.close();
});

/** Scans the ID card's NIP and returns the month figure the dialog shows, then closes it (or confirms). */
async function identify(page: Page, nip: string, confirm = false): Promise<string | undefined> {
  await scan(page, nip);
  await page.getByTestId('asn-found').waitFor();
  const figure = await shown(page, 'asn-month-figure');
  await page.keyboard.press(confirm ? 'Enter' : 'Escape');
  return figure;
}

async function payExact(page: Page): Promise<void> {
  await page.keyboard.press('F10');
  await page.keyboard.press('F1');
  await page.keyboard.press('F10');
  await page.locator('.receipt-dialog .receipt').waitFor();
}

/** A manager's "Sinkronkan sekarang", until the terminal holds the province's figure for Maria's month. */
async function pullUntil(page: Page, total: number): Promise<void> {
  await openSyncScreen(page);
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  const month = businessMonth(new Date());
  await expect
    .poll(
      async () =>
        (await readStore<{ nipKey: string; month: string; total: number }>(page, 'asnMonthTotals')).find(
          (t) => t.nipKey === mariaKey && t.month === month,
        )?.total,
      SLOW,
    )
    .toBe(total);
  await page.keyboard.press('F1');
}

describe('ASN across outlets, end to end', () => {
  it('keeps the downloaded roster and totals with no NIP and no full name in IndexedDB', async () => {
    const stores = await readAllStores(labuanBajo.page);
    const roster = (stores.asnRoster as { entries: unknown[] }[]).flatMap((b) => b.entries);
    expect(roster).toHaveLength(2);
    expect(roster).toContainEqual({ nipKey: mariaKey, displayName: MARIA.shortName, opd: MARIA.opd });
    expect(stores.asnMonthTotals).toEqual([expect.objectContaining({ nipKey: mariaKey, total: earlier })]);
    const everything = JSON.stringify(stores);
    for (const secret of [MARIA.nip, MARIA.name, 'Goreti', AGUSTINA.nip, AGUSTINA.name])
      expect(everything).not.toContain(secret);
  });

  it('scans the ASN’s NIP, shows name, OPD and the month across outlets, and prints the ASN block after payment', async () => {
    const { page } = labuanBajo;
    await scan(page, MARIA.nip);
    const found = page.getByTestId('asn-found');
    await found.waitFor();
    expect([await found.locator('.asn-name').textContent(), await found.locator('.asn-opd').textContent()]).toEqual([
      MARIA.shortName,
      MARIA.opd,
    ]);
    expect(await shown(page, 'asn-month-figure')).toBe(`${rp(earlier)} dari ${rp(100_000)}`);
    await page.keyboard.press('Enter');
    for (const product of [catalog[18]!, catalog[18]!, catalog[19]!]) await scan(page, barcodes.get(product.id)!);
    here = 2 * catalog[18]!.price + catalog[19]!.price;
    await expect.poll(() => shown(page, 'cart-total')).toBe(rp(here));
    await payExact(page);

    const month = `${rp(earlier + here)} / ${rp(100_000)}`;
    expect(await shown(page, 'asn-month-figure')).toBe(`${rp(earlier + here)} dari ${rp(100_000)}`);
    expect(await receiptAsnBlock(page.locator('.receipt-dialog .receipt'))).toContain(
      `Belanja ASN bulan ini:\n${month}`,
    );
    const receiptNo = (await page.locator('.receipt-dialog .receipt').getAttribute('data-receipt'))!;
    await expect.poll(() => virtual.printer.jobs.filter((j) => j.text.includes(receiptNo)).length, SLOW).toBe(1);
    const paper = virtual.printer.jobs.find((j) => j.text.includes(receiptNo))!.text;
    expect(paper).toMatch(/^ASN +1986\*{11}001$/m);
    expect(paper).toContain(`\n${MARIA.shortName}\n`);
    expect(await receiptAsnBlock(page.locator('.receipt-dialog .receipt'))).toContain(`\n${MARIA.shortName}\n`);
    expect(paper).toMatch(new RegExp(`^Belanja ASN bulan ini:\\n +${month.replace(/[.]/g, '\\.')}$`, 'm'));
    expect(paper).not.toContain(MARIA.nip);
    await page.keyboard.press('Enter');
  });

  it('accepts a well-formed NIP missing from the roster, typed with its spaces, and flags the sale unverified', async () => {
    const { page } = labuanBajo;
    await page.keyboard.press('F11');
    await page.getByLabel('NIP', { exact: true }).waitFor();
    await typeLikePerson(page, UNLISTED);
    await page.keyboard.press('Enter');
    await page.getByTestId('asn-found').waitFor();
    expect(await page.locator('.asn-found .asn-verified').textContent()).toBe('⚠ Belum terverifikasi');
    await page.keyboard.press('Enter');
    await scan(page, barcodes.get(catalog[3]!.id)!);
    await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(1);
    await payExact(page);
    expect(await receiptAsnBlock(page.locator('.receipt-dialog .receipt'))).toMatch(
      /^ASN 1988\*{11}004\nNIP belum terverifikasi/,
    );
    await page.keyboard.press('Enter');
    const sales = await readStore<Sale>(page, 'sales');
    expect(sales.map((s) => s.asn)).toEqual([
      { nip: MARIA.nip, name: MARIA.shortName, verified: true },
      { nip: UNLISTED.replace(/ /g, ''), name: null, verified: false },
    ]);
  });

  it('syncs: the server holds the new total, the terminal counts the sale once before and after its pull, and the report lists both', async () => {
    const { page } = labuanBajo;
    await expect.poll(() => page.getByTestId('sync-waiting').first().textContent(), SLOW).toBe('0');
    const month = businessMonth(new Date());
    const total = async (nip: string) =>
      (
        await database.db.query<{ total: number }>(
          'SELECT total FROM asn_monthly_totals WHERE nip = $1 AND month = $2',
          [nip, month],
        )
      ).rows[0]?.total;
    await expect.poll(() => total(MARIA.nip), SLOW).toBe(earlier + here);
    // Acknowledged, while the terminal still holds the figure pulled before the sale: added once to it.
    const held = await readStore<{ nipKey: string; total: number }>(page, 'asnMonthTotals');
    expect(held.find((t) => t.nipKey === mariaKey)?.total).toBe(earlier);
    expect(await identify(page, MARIA.nip)).toBe(`${rp(earlier + here)} dari ${rp(100_000)}`);
    await pullUntil(page, earlier + here);
    expect(await identify(page, MARIA.nip)).toBe(`${rp(earlier + here)} dari ${rp(100_000)}`);

    const report = admin(database.url!, 'report', 'asn', month);
    expect(report).toMatch(
      new RegExp(`^${MARIA.opd}\\s+1\\s+${earlier + here >= 100_000 ? '1\\s+0' : '0\\s+1'}\\s+0\\s+`, 'm'),
    );
    expect(report).toMatch(/^1988\*{11}004\s+Rp/m);
    expect(report).toContain('NTT Mart Manggarai Barat');
  });

  it('shows the second terminal the new total after its next pull, on the ASN card of a cart too', async () => {
    const { page } = ende;
    expect(await identify(page, MARIA.nip, true)).toBe(`${rp(earlier)} dari ${rp(100_000)}`);
    await pullUntil(page, earlier + here);
    await expect.poll(() => shown(page, 'asn-month-figure')).toBe(`${rp(earlier + here)} dari ${rp(100_000)}`);
    await page.getByRole('button', { name: 'Hapus NIP' }).click();
    expect(await identify(page, MARIA.nip)).toBe(`${rp(earlier + here)} dari ${rp(100_000)}`);
  });

  it('lowers the month by a refund on the terminal at once, then on the server and the other terminal', async () => {
    const { page } = labuanBajo;
    const sale = (await readStore<Sale>(page, 'sales')).find((s) => s.asn?.nip === MARIA.nip)!;
    await page.keyboard.press('F9');
    // The example receipt number is this enrolled terminal's own, not mode latihan's.
    expect(await page.getByLabel('Cari struk').getAttribute('placeholder')).toBe(
      sale.receiptNo.replace(/-\d{4}$/, '-0001'),
    );
    await scan(page, sale.id);
    await page.getByLabel(`Jumlah ${catalog[19]!.name} dikembalikan`).fill('1');
    await page.getByLabel('Alasan refund').fill('Salah ukuran');
    await page.keyboard.press('Enter');
    await page.getByTestId('refund-done').waitFor();
    refunded = catalog[19]!.price;
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const lowered = `${rp(earlier + here - refunded)} dari ${rp(100_000)}`;
    expect(await identify(page, MARIA.nip)).toBe(lowered);
    await expect
      .poll(
        async () =>
          (
            await database.db.query<{ total: number }>('SELECT total FROM asn_monthly_totals WHERE nip = $1', [
              MARIA.nip,
            ])
          ).rows,
        SLOW,
      )
      .toEqual([{ total: earlier + here - refunded }]);
    await pullUntil(ende.page, earlier + here - refunded);
    expect(await identify(ende.page, MARIA.nip)).toBe(lowered);
  });
});
