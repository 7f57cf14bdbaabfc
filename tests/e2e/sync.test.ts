/**
 * A terminal's life with the province, in chromium against the real server process (started as
 * `npm run server` starts it) on PostgreSQL: a practice sale in mode latihan, enrolment with a
 * one-time code from `npm run admin -- enroll-code`, the outlet's data downloaded with progress,
 * sales while the server is down, the queue draining once it is back, and the sales in
 * `npm run admin -- report MONTH`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { businessMonth } from '#domain/wita';
import { importAsnRoster } from '#sync/admin/import-asn';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { openTestDatabase, type TestDatabase } from '../support/server-databases';
import { addStaff, admin, enrolmentCode, serverProcess, type ServerProcess } from '../support/server-process';
import { rosterCsv, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import {
  countStore,
  openShift,
  readStore,
  readyToSell,
  scan,
  signIn,
  startTerminal,
  type Terminal,
} from '../support/terminal';
import { eventDocument } from '#sync/protocol/events';
import type { SyncEvent } from '#sync/protocol/events';
import { acknowledged, openSyncScreen, sell, signInOnceDownloaded } from '../support/terminal-data';
import { payloadColumns, readPayload, type StoredPayload } from '#sync/server/db/event-payload';

const MARIA = { name: 'Maria Goreti', pin: '4821' };

let database: TestDatabase;
let server: ServerProcess;
let terminal: Terminal;
let catalog: CatalogProduct[];
let barcodes: Map<string, string>;

beforeAll(async () => {
  database = await openTestDatabase('postgres');
  catalog = await seedCatalog(database.db, 30);
  const { rows } = await database.db.query<{ id: string; barcode: string }>('SELECT id, barcode FROM products');
  barcodes = new Map(rows.map((r) => [r.id, r.barcode]));
  await importAsnRoster(database.db, rosterCsv(40));
  addStaff(database.url!, 'manggarai-barat', MARIA.name, 'kasir', MARIA.pin);
  addStaff(database.url!, 'manggarai-barat', 'Agustina Bere', 'manager', '791324');
  server = await serverProcess(database.url!);
  await server.start();
  terminal = await startTerminal();
}, 120_000);

afterAll(async () => {
  await terminal?.close();
  await server?.stop();
  await database?.close();
});

describe('sync end to end', () => {
  it('enrols from mode latihan, leaving practice behind, and downloads the outlet with progress', async () => {
    const { page } = terminal;
    await readyToSell(page);
    await sell(page, [DEMO_CATALOG[0]!.barcode!]);
    await page.getByRole('button', { name: 'Kunci' }).click();
    await signIn(page, 'Yohanes', '9999');
    await openSyncScreen(page);
    await expect.poll(() => page.getByTestId('practice-note').textContent()).toMatch(/^1 penjualan latihan/);
    await page.getByLabel('Alamat server').fill(server.url);
    await page
      .getByLabel('Kode pendaftaran')
      .fill(enrolmentCode(database.url!, 'manggarai-barat').toLowerCase().replace('-', ' '));
    // Records what the download screen showed, however quickly it came and went.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __download: string[] }).__download = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid=download-progress]');
        if (bar) seen.push(`${bar.value.toFixed(2)} ${document.querySelector('.outlet-download ul')?.textContent}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Daftarkan terminal' }).click();
    await signInOnceDownloaded(page, MARIA);
    await expect.poll(() => page.locator('.outlet span').textContent()).toBe('Terminal T01');
    expect(await page.locator('.training-badge').count()).toBe(0);
    const shown = await page.evaluate(() => (window as unknown as { __download: string[] }).__download);
    expect(shown.some((s) => /Daftar ASN — \d+ dari 40/.test(s) || /✓ Daftar ASN/.test(s))).toBe(true);
    const values = shown.map((s) => Number(s.split(' ')[0]));
    expect(values).toEqual([...values].sort((a, b) => a - b));

    // Nothing of mode latihan is left; seq 1 is the enrolment's own audit entry (already at the
    // province), and the outbox goes on at seq 2 with the real sign-in.
    for (const table of ['sales', 'shifts', 'cashMovements', 'stockMovements'])
      expect(await readStore(page, table)).toEqual([]);
    const { rows: enrolled } = await database.db.query<
      { seq: number; type: string } & StoredPayload<{ event: { kind: string } }>
    >(
      `SELECT seq, type, ${payloadColumns('events')} FROM events WHERE terminal_id = 'manggarai-barat-t01' AND seq = 1`,
    );
    expect(enrolled.map((r) => ({ seq: r.seq, type: r.type, kind: readPayload(r).event.kind }))).toEqual([
      { seq: 1, type: 'audit.recorded', kind: 'enrolled' },
    ]);
    const outbox = await readStore<SyncEvent>(page, 'outbox');
    expect(outbox.map((e) => [e.seq, eventDocument(e).training, eventDocument(e).terminalId])).toEqual(
      outbox.map((_, i) => [i + 2, false, 'manggarai-barat-t01']),
    );
    expect((await readStore(page, 'products')).length).toBe(30);
    // The outlet's staff from the server; the demo staff are gone.
    expect(
      (await readStore<{ name: string; role: string }>(page, 'staff')).map((s) => [s.name, s.role]).sort(),
    ).toEqual([
      ['Agustina Bere', 'manager'],
      ['Maria Goreti', 'kasir'],
    ]);
    expect((await readStore<{ entries: unknown[] }>(page, 'asnRoster')).flatMap((b) => b.entries)).toHaveLength(40);
    const streams = await readStore<{ stream: string; lastPulledAt: string | null; staging: unknown }>(
      page,
      'syncStreams',
    );
    expect(streams.map((s) => [s.stream, s.staging, s.lastPulledAt !== null]).sort()).toEqual([
      ['asn-roster', null, true],
      ['asn-totals', null, true],
      ['outlet-stock', null, true],
      ['products', null, true],
      ['purchase-orders', null, true],
      ['settings', null, true],
      ['staff', null, true],
      ['transfers-in', null, true],
    ]);
    await expect.poll(() => page.getByTestId('sync-connection').textContent()).toBe('Daring');
  });

  it('sells while the server is down, then drains the queue once it is back', async () => {
    const { page } = terminal;
    await openShift(page);
    await server.stop();
    const picks = [catalog.slice(0, 3), catalog.slice(3, 4), catalog.slice(4, 6)];
    for (const products of picks)
      await sell(
        page,
        products.map((p) => barcodes.get(p.id)!),
      );
    const waiting = async () => Number(await page.getByTestId('sync-waiting').textContent());
    await expect.poll(waiting).toBe(await countStore(page, 'outbox'));
    expect(await waiting()).toBeGreaterThan(3);
    await expect
      .poll(() => page.getByTestId('sync-connection').textContent(), { timeout: 15_000 })
      .toBe('Server tak terjangkau');
    expect(await page.getByTestId('sync-oldest').textContent()).toMatch(/tertua (baru saja|1 menit)/);

    // The manager exports what has not been sent, for carrying to the office.
    await page.getByRole('button', { name: 'Kunci' }).click();
    await signIn(page, 'Agustina Bere', '791324');
    await openSyncScreen(page);
    await page.getByRole('button', { name: 'Ekspor data belum terkirim' }).click();
    await expect
      .poll(() => page.locator('.notice-success').textContent())
      .toMatch(/^\d+ event menunggu dan 0 ditolak diekspor ke /);
    const exported = readdirSync(join(terminal.userDataDir, 'ekspor'));
    expect(exported).toEqual([expect.stringMatching(/^belum-terkirim-manggarai-barat-t01-\d{14}\.json$/)]);
    const file = JSON.parse(readFileSync(join(terminal.userDataDir, 'ekspor', exported[0]!), 'utf8'));
    expect(file).toMatchObject({
      format: 'ntt-mart-pos/unsynced-events',
      terminalId: 'manggarai-barat-t01',
      outletId: 'manggarai-barat',
      deadLetters: [],
    });
    // The export is audited after it was written: that entry is the one event of the outbox the file lacks.
    const queued = (await readStore<SyncEvent>(page, 'outbox')).sort((a, b) => a.seq - b.seq);
    const exportAudit = queued.at(-1)!;
    expect(exportAudit).toMatchObject({
      type: 'audit.recorded',
      payload: { event: { kind: 'exported', events: file.events.length, deadLetters: 0 } },
    });
    expect(file.events).toEqual(queued.slice(0, -1));
    expect(queued.filter((e) => e.type === 'sale.completed')).toHaveLength(3);

    await server.start();
    // No button pressed: the scheduler's retry finds the server.
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 60_000 }).toBe('0');
    await expect.poll(() => page.getByTestId('sync-connection').textContent()).toBe('Daring');

    const sales = (await readStore(page, 'sales')) as { id: string; total: number; receiptNo: string }[];
    expect(sales.map((s) => s.receiptNo).sort()).toEqual(
      sales.map((_, i) => expect.stringMatching(new RegExp(`^MB-T01-\\d{8}-000${i + 1}$`))),
    );
    const saleAcks = (await acknowledged(page)).filter((a) => a.type === 'sale.completed');
    expect(saleAcks.map((a) => [a.documentId, a.status, a.quarantined]).sort()).toEqual(
      sales.map((s) => [s.id, 'stored', false]).sort(),
    );
    const { rows } = await database.db.query<{ id: string; total: number }>(
      "SELECT id::text, total FROM sales WHERE terminal_id = 'manggarai-barat-t01'",
    );
    expect(new Map(rows.map((r) => [r.id, r.total]))).toEqual(new Map(sales.map((s) => [s.id, s.total])));

    const month = businessMonth(new Date());
    const report = admin(database.url!, 'report', month);
    const turnover = formatRupiah(rupiah(sales.reduce((a, s) => a + s.total, 0)));
    expect(report.split('\n').find((line) => line.startsWith('NTT Mart Manggarai Barat'))).toMatch(
      new RegExp(`^NTT Mart Manggarai Barat\\s+3\\s+${turnover.replace(/[.$]/g, '\\$&')}`),
    );
  });

  it('keeps the terminal enrolled and its data after chromium restarts', async () => {
    await terminal.relaunch();
    const { page } = terminal;
    await signIn(page, MARIA.name, MARIA.pin);
    await expect.poll(() => page.locator('.outlet span').textContent()).toBe('Terminal T01');
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).toBe('0');
    await scan(page, barcodes.get(catalog[7]!.id)!);
    await expect.poll(() => page.locator('table.cart tbody tr').count()).toBe(1);
  });

  it('warns when the terminal clock is ten minutes ahead of the server, and still sells', async () => {
    const { page } = terminal;
    await page.clock.install({ time: new Date(Date.now() + 10 * 60_000) });
    await page.clock.resume();
    await page.reload();
    await signIn(page, MARIA.name, MARIA.pin);
    await expect
      .poll(() => page.getByTestId('clock-warning').textContent(), { timeout: 15_000 })
      .toMatch(/Jam terminal lebih cepat 10 menit dari server/);
    await sell(page, [barcodes.get(catalog[8]!.id)!]);
    await expect.poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 15_000 }).toBe('0');
  });
});
