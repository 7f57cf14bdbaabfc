/**
 * A refund of a sale made on another till of the same outlet (issue 11 item 6), end to end: two
 * terminals of Manggarai Barat enrolled in chromium against the real server on PostgreSQL. Till A
 * sells and syncs; at till B the receipt number typed on F9 finds A's sale through the server, the
 * refund is recorded and syncs against A's sale; the server and the tills then count what is left
 * to refund, and B offline says plainly that such a refund needs the connection.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Refund } from '#domain/checkout/refund';
import { payloadColumns, readPayload, type StoredPayload } from '#sync/server/db/event-payload';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { startTwoTills } from '../support/outlet-tills';
import type { CatalogProduct } from '../support/sync-fixtures';
import type { TestServer } from '../support/sync-server';
import { findReceipt, readStore, refundAsManager, type Terminal } from '../support/terminal';
import { sell } from '../support/terminal-data';

const AGUSTINA = { name: 'Agustina Bere', pin: '791324' };
const SLOW = { timeout: 20_000 };

let server: TestServer;
/** Till B reaches the server through a link that can go down. */
let linkB: FaultProxy;
let tillA: Terminal;
let tillB: Terminal;
let catalog: CatalogProduct[];
let barcodes: Map<string, string>;

beforeAll(async () => {
  ({ server, catalog, barcodes, tillA, tillB } = await startTwoTills(AGUSTINA, 5, async (started) => {
    linkB = await startFaultProxy(Number(new URL(started.baseUrl).port));
    return linkB.url;
  }));
}, 180_000);

afterAll(async () => {
  await tillA?.close();
  await tillB?.close();
  await linkB?.close();
  await server?.close();
});

/** The server's record of a sale by receipt number, once the till that sold it has synced. */
const serverSale = async (receiptNo: string) =>
  (
    await server.db.query<{ id: string; terminal_id: string }>(
      'SELECT id::text, terminal_id FROM sales WHERE receipt_no = $1',
      [receiptNo],
    )
  ).rows[0];

/** The refunds the server holds of a sale, as their terminals sent them. */
const serverRefunds = async (saleId: string) =>
  (
    await server.db.query<StoredPayload<Refund>>(
      `SELECT ${payloadColumns('e')} FROM refunds r JOIN events e ON e.id = r.event_id WHERE r.original_sale_id = $1::uuid`,
      [saleId],
    )
  ).rows.map(readPayload);

const notice = (page: Page) => page.locator('.notice').textContent();

/** What the refund form says was refunded already of a line ("Sudah refund"). */
const refundedOf = (page: Page, name: string) =>
  page.locator('tr[data-refund-line]', { hasText: name }).locator('td.num').nth(1).textContent();

describe('refund of a sale made on another till of the outlet', () => {
  let receiptNo: string;
  let saleId: string;

  it('refunds at till B what till A sold, once A has synced, and the refund syncs against A’s sale', async () => {
    const [kopi, madu] = [catalog[0]!, catalog[1]!];
    receiptNo = await sell(tillA.page, [barcodes.get(kopi.id)!, barcodes.get(madu.id)!, barcodes.get(madu.id)!]);
    await expect.poll(() => serverSale(receiptNo), SLOW).toBeDefined();
    const sold = (await serverSale(receiptNo))!;
    saleId = sold.id;
    expect(sold.terminal_id).toBe('manggarai-barat-t01');

    const { page } = tillB;
    await findReceipt(page, receiptNo);
    await page.getByLabel(`Jumlah ${madu.name} dikembalikan`).waitFor(SLOW);
    await refundAsManager(page, madu.name, 1);
    const [made] = await readStore<Refund>(page, 'refunds');
    expect(made).toMatchObject({
      originalSaleId: saleId,
      originalReceiptNo: receiptNo,
      terminalId: 'manggarai-barat-t02',
      total: madu.price,
    });

    await expect
      .poll(async () => (await serverRefunds(saleId)).map((r) => [r.id, r.terminalId, r.total]), SLOW)
      .toEqual([[made!.id, 'manggarai-barat-t02', madu.price]]);
  });

  it('counts the refunds of both tills: what is left can be refunded, no more, and never twice', async () => {
    const [kopi, madu] = [catalog[0]!, catalog[1]!];
    const { page } = tillB;
    // B again: one Madu is left of the two, and the Kopi.
    await findReceipt(page, receiptNo);
    await expect.poll(() => refundedOf(page, madu.name), SLOW).toBe('1');
    await refundAsManager(page, madu.name, 1);

    // A refunds its own sale knowing B's refunds (synced), so only the Kopi is left.
    await expect.poll(async () => (await serverRefunds(saleId)).length, SLOW).toBe(2);
    await findReceipt(tillA.page, receiptNo);
    await tillA.page.getByLabel(`Jumlah ${kopi.name} dikembalikan`).waitFor(SLOW);
    expect(await refundedOf(tillA.page, madu.name)).toBe('2');
    expect(await tillA.page.getByLabel(`Jumlah ${madu.name} dikembalikan`).count()).toBe(0);
    await refundAsManager(tillA.page, kopi.name, 1);
    await expect.poll(async () => (await serverRefunds(saleId)).length, SLOW).toBe(3);

    await findReceipt(page, receiptNo);
    await expect
      .poll(() => notice(page), SLOW)
      .toBe(`Struk ${receiptNo} sudah direfund penuh: tidak ada lagi yang bisa dikembalikan.`);
  });

  it('offline, till B says a refund of another till’s sale needs the connection', async () => {
    const other = await sell(tillA.page, [barcodes.get(catalog[2]!.id)!]);
    await expect.poll(() => serverSale(other), SLOW).toBeDefined();
    linkB.set({ refuse: true });
    const { page } = tillB;
    await findReceipt(page, other);
    await expect
      .poll(() => notice(page), SLOW)
      .toMatch(
        new RegExp(
          `^Struk ${other} bukan dari terminal ini, dan server provinsi tidak bisa dihubungi \\(.+\\)\\. Refund penjualan terminal lain perlu koneksi: coba lagi saat online\\.$`,
        ),
      );
    expect(await page.getByLabel(`Jumlah ${catalog[2]!.name} dikembalikan`).count()).toBe(0);

    linkB.set({ refuse: false });
    await findReceipt(page, other);
    await page.getByLabel(`Jumlah ${catalog[2]!.name} dikembalikan`).waitFor(SLOW);
  });
});
