/**
 * Retention end to end (issue 18): a till of Manggarai Barat enrolled in chromium against the real
 * server on PostgreSQL sells, closes its shift and syncs; a hundred days later (the page's clock
 * moved on) the manager's "Bersihkan data lama sekarang" removes the sale and its shift from the
 * till. Back in the present, a refund of that receipt finds it at the province and is recorded; with
 * the link down the till says the old receipt needs the connection; online again, what the province
 * knows was refunded is not refunded twice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Refund } from '#domain/checkout/refund';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import { addStaff } from '#sync/admin/staff';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { startTestServer, type TestServer } from '../support/sync-server';
import {
  countStore,
  findReceipt,
  openShift,
  readStore,
  refundAsManager,
  startTerminal,
  type Terminal,
} from '../support/terminal';
import { enrolThroughScreen, sell, syncNow } from '../support/terminal-data';

const AGUSTINA = { name: 'Agustina Bere', pin: '791324' };
const SLOW = { timeout: 20_000 };
const DAY_MS = 86_400_000;

let server: TestServer;
let link: FaultProxy;
let till: Terminal;
let catalog: CatalogProduct[];
let barcodes: Map<string, string>;

beforeAll(async () => {
  server = await startTestServer('postgres');
  catalog = await seedCatalog(server.db, 3);
  barcodes = new Map(
    (await server.db.query<{ id: string; barcode: string }>('SELECT id, barcode FROM products')).rows.map((r) => [
      r.id,
      r.barcode,
    ]),
  );
  await addStaff(server.db, 'manggarai-barat', AGUSTINA.name, 'manager', AGUSTINA.pin);
  link = await startFaultProxy(Number(new URL(server.baseUrl).port));
  till = await startTerminal();
  const code = (await createEnrolmentCode(server.db, 'manggarai-barat'))!.code;
  await enrolThroughScreen(till.page, link.url, code, AGUSTINA);
  await openShift(till.page);
}, 180_000);

afterAll(async () => {
  await till?.close();
  await link?.close();
  await server?.close();
});

const notice = (page: Page) => page.locator('.notice').textContent();

/** Closes the shift with the drawer counted exactly: the float (2 × Rp 100.000) and Rp 11.000 of sales. */
async function closeShift(page: Page): Promise<void> {
  await page.keyboard.press('F5');
  await page.getByRole('button', { name: 'Tutup shift' }).click();
  for (const [label, pieces] of [
    ['Uang kertas Rp 100.000', 2],
    ['Uang kertas Rp 10.000', 1],
    ['Uang kertas Rp 1.000', 1],
  ] as const)
    await page.getByLabel(label, { exact: true }).fill(String(pieces));
  await page.getByRole('button', { name: /Tutup shift & cetak laporan Z/ }).click();
  await page.getByRole('heading', { name: /ditutup/ }).waitFor(SLOW);
}

describe('a refund of a sale retention removed from the till', () => {
  let receiptNo: string;

  it('removes the synced sale and its closed shift once they are older than the window', async () => {
    const { page } = till;
    // Rp 5.000 and Rp 6.000 (seedCatalog's prices).
    receiptNo = await sell(page, [barcodes.get(catalog[0]!.id)!, barcodes.get(catalog[2]!.id)!]);
    await closeShift(page);
    await syncNow(page);
    expect(await countStore(page, 'outbox')).toBe(0);
    expect(await countStore(page, 'sales')).toBe(1);

    await page.clock.setSystemTime(new Date(Date.now() + 100 * DAY_MS));
    await page.getByRole('button', { name: 'Pengaturan', exact: true }).click();
    await page.getByRole('button', { name: 'Penyimpanan & cadangan' }).click();
    await page.getByRole('button', { name: 'Bersihkan data lama sekarang' }).click();
    await expect.poll(() => notice(page), SLOW).toMatch(/^Data lama dibersihkan: 2 dokumen/);
    expect(await countStore(page, 'sales')).toBe(0);
    expect(await countStore(page, 'shifts')).toBe(0);
    await expect.poll(() => page.getByTestId('storage-freed').textContent()).toMatch(/\(2 dokumen\)/);
    await page.clock.setSystemTime(new Date());
  });

  it('refunds it through the province online, says why offline, and never refunds it twice', async () => {
    const { page } = till;
    const [kopi, third] = [catalog[0]!, catalog[2]!];
    await openShift(page);
    await findReceipt(page, receiptNo);
    await page.getByLabel(`Jumlah ${kopi.name} dikembalikan`).waitFor(SLOW);
    await refundAsManager(page, kopi.name, 1);
    const [made] = await readStore<Refund>(page, 'refunds');
    expect(made).toMatchObject({ originalReceiptNo: receiptNo, total: kopi.price });
    await expect.poll(() => countStore(page, 'outbox'), SLOW).toBe(0);
    // The refund's own record went to the province; the till keeps the refund, not the sale.
    const refundRow = async () =>
      (await server.db.query('SELECT id FROM refunds WHERE id = $1::uuid', [made!.id])).rows.length;
    await expect.poll(refundRow, SLOW).toBe(1);
    // Forget the local refund as retention would, so only the province knows of it.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ntt-mart-pos');
          open.onsuccess = () => {
            const tx = open.result.transaction('refunds', 'readwrite');
            tx.objectStore('refunds').delete(id);
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
      made!.id,
    );

    link.set({ refuse: true });
    await findReceipt(page, receiptNo);
    await expect
      .poll(() => notice(page), SLOW)
      .toMatch(
        new RegExp(
          `^Struk ${receiptNo} sudah lama dan tidak disimpan lagi di terminal ini \\(datanya ada di server provinsi\\), tetapi server provinsi tidak bisa dihubungi \\(.+\\)\\. Refund atau cetak ulang struk lama perlu koneksi: coba lagi saat online\\.$`,
        ),
      );
    expect(await page.getByLabel(`Jumlah ${third.name} dikembalikan`).count()).toBe(0);

    link.set({ refuse: false });
    await findReceipt(page, receiptNo);
    await page.getByLabel(`Jumlah ${third.name} dikembalikan`).waitFor(SLOW);
    // The Kopi was refunded already (the province says so): only the third product is left.
    expect(await page.getByLabel(`Jumlah ${kopi.name} dikembalikan`).count()).toBe(0);
    await page.getByRole('button', { name: /Cetak ulang struk ini/ }).click();
    await expect
      .poll(async () =>
        (await readStore<PrintJob>(page, 'printQueue')).some(
          (j) => j.request.kind === 'receipt' && j.request.reprint && j.request.sale.receiptNo === receiptNo,
        ),
      )
      .toBe(true);
  });
});
