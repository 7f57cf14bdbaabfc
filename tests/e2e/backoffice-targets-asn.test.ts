/**
 * Issue 17's last pieces in chromium against the real server process on PostgreSQL: a provincial
 * user sets an outlet's own target (a refusal shown beside the field) and Beranda's "% target" uses
 * it; uploads an ASN roster file, sees the preview's summary (added, changed, not in the file,
 * refused) with nothing written, then confirms it; a BKD user downloads the ASN CSV with whole
 * NIPs; an outlet user sees only its outlet, and asking for another's by URL is refused.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { businessMonth } from '#domain/wita';
import { importAsnRoster } from '#sync/admin/import-asn';
import { outletMonthSales } from '#sync/server/reports/month-figures';
import { backofficeEnvironment, provinceSignedIn, signedIn } from '../support/backoffice-e2e';
import { addBackofficeUser, enrolmentCode } from '../support/server-process';
import { rosterCsv, rosterNip, saleEvent, seedCatalog } from '../support/sync-fixtures';

const screen = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');
const BKD = { name: 'bkd.ntt', password: 'Komodo-Rinca-Padar-7' };
const ENDE = { name: 'mgr.ende', password: 'Danau-Kelimutu-Tiga-3' };

const env = backofficeEnvironment();
const month = businessMonth(Date.now());

/** Three sales pushed by a new terminal of the outlet. */
async function pushSales(outletId: string) {
  const products = await seedCatalog(env.database.db, 3);
  const code = enrolmentCode(env.database.url!, outletId);
  const enrol = () =>
    fetch(`${env.server.url}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Kasir 1' }),
    });
  const enrolled = (await (await enrol().catch(enrol)).json()) as { terminalId: string; token: string };
  const terminal = { id: enrolled.terminalId, outletId };
  const events = [1, 2, 3].map((seq) => saleEvent({ terminal, seq, products }));
  const pushed = await fetch(`${env.server.url}/v1/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolled.token}` },
    body: JSON.stringify({ events }),
  });
  expect(pushed.status).toBe(200);
}

beforeAll(async () => {
  addBackofficeUser(env.database.url!, BKD.name, BKD.password, 'bkd');
  addBackofficeUser(env.database.url!, ENDE.name, ENDE.password, 'outlet', 'ende');
  await importAsnRoster(env.database.db, rosterCsv(6));
  await pushSales('ende');
  await pushSales('alor');
  mkdirSync('test-results', { recursive: true });
}, 120_000);

/** The outlet's row of Beranda's outlet table (not of its screen-reader sparkline table). */
const outletRow = (page: Page, id: string) => page.locator(`[data-testid="outlets"] > .scroll tr[data-key="${id}"]`);

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Kelola' }).click();
  await page.getByRole('navigation', { name: 'Kelola' }).getByRole('button', { name: 'Pengaturan' }).click();
}

describe('targets per outlet and the ASN roster in chromium', () => {
  it("sets Ende's own target, refused first beside the field, and Beranda's % target uses it", async () => {
    const page = await provinceSignedIn(env);
    await openSettings(page);
    const targets = page.getByTestId('outlet-targets');
    const field = targets.getByLabel('Target NTT Mart Ende');
    await field.fill('0');
    await field.press('Enter');
    await expect
      .poll(() => targets.locator('[data-field-error="monthlyAmount"]').textContent())
      .toBe('target outlet harus lebih dari 0');
    await field.fill('8.000.000.000');
    await field.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Target NTT Mart Ende tersimpan/);
    await expect
      .poll(async () => screen(await targets.locator('tr', { hasText: 'NTT Mart Ende' }).textContent()))
      .toContain('Rp 8.000.000.000');
    await page.screenshot({ path: 'test-results/backoffice-kelola-target-outlet-1366.png', fullPage: true });

    await page.getByRole('button', { name: 'Beranda' }).click();
    const ende = outletRow(page, 'ende');
    await ende.getByTestId('outlet-target').waitFor();
    expect(screen(await ende.getByTestId('outlet-target').textContent())).toBe('Rp 8.000.000.000');
    const sales = (await outletMonthSales(env.database.db, month, 'ende'))[0]!.total;
    const share = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(
      sales / 8_000_000_000,
    );
    expect(screen(await ende.getByTestId('outlet-target-share').textContent())).toBe(screen(share));
    const alor = outletRow(page, 'alor');
    expect(screen(await alor.getByTestId('outlet-target').textContent())).toBe(
      screen(formatRupiah(rupiah(Math.round(150_000_000_000 / 22)))),
    );
    await page.close();
  }, 60_000);

  it('previews an ASN roster upload with its summary, writing nothing, then saves it on confirm', async () => {
    const rosterSize = async () =>
      (await env.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM asn_roster')).rows[0]!.n;
    const before = await rosterSize();
    const page = await provinceSignedIn(env);
    await openSettings(page);
    const upload = page.getByTestId('asn-roster-import');
    const csv = [
      'nip,nama,opd,jenis',
      `${rosterNip(0)},ASN Nomor 1,Dinas Perhubungan,PNS`,
      `${rosterNip(1)},ASN Nomor 2,Dinas Kesehatan,PNS`,
      `${rosterNip(100)},Yohana Ndun,Bappeda,PNS`,
      '12345,NIP Salah,Bappeda,PNS',
    ].join('\n');
    await upload.locator('input[type=file]').setInputFiles({
      name: 'asn-desember.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await upload.getByRole('button', { name: 'Pratinjau' }).click();
    const preview = upload.getByTestId('import-preview');
    await preview.waitFor();
    const summary = screen(await preview.locator('p').first().textContent());
    expect(summary).toContain('Akan ditambahkan 1 ASN, diubah 1, tidak berubah 1; 4 ASN di daftar tidak ada di berkas');
    expect(summary).toContain('1 baris ditolak');
    expect(await upload.getByTestId('import-problems').locator('tbody tr').count()).toBe(1);
    const rows = upload.getByTestId('roster-rows').locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(screen(await rows.nth(0).textContent())).toContain('Dinas Perhubungan');
    expect(await upload.getByTestId('roster-rows').textContent()).not.toContain(rosterNip(100));
    expect(await rosterSize()).toBe(before);
    await page.screenshot({ path: 'test-results/backoffice-kelola-asn-pratinjau-1366.png', fullPage: true });

    await upload.getByRole('button', { name: 'Simpan 2 perubahan daftar ASN' }).click();
    await expect.poll(() => upload.getByRole('status').textContent()).toMatch(/Daftar ASN tersimpan: 1 baru, 1 diubah/);
    expect(await rosterSize()).toBe(before + 1);
    const { rows: moved } = await env.database.db.query<{ opd: string }>('SELECT opd FROM asn_roster WHERE nip = $1', [
      rosterNip(0),
    ]);
    expect(moved[0]!.opd).toBe('Dinas Perhubungan');
    await page.close();
  }, 60_000);

  it('lets a BKD user download the ASN CSV with whole NIPs, and shows BKD no upload', async () => {
    const page = await signedIn(env, BKD, { acceptDownloads: true });
    const link = page.getByTestId('asn-csv');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`asn-${month}.csv`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(rosterNip(5));
    expect(text.trim().split(/\r?\n/).length).toBeGreaterThan(6);
    await openSettings(page);
    await page.getByTestId('outlet-targets').waitFor();
    expect(await page.getByTestId('asn-roster-import').count()).toBe(0);
    expect(await page.getByTestId('outlet-targets').getByRole('button').count()).toBe(0);
    await page.close();
  }, 60_000);

  it("shows an outlet user its own outlet only; another outlet's data by URL is refused", async () => {
    const page = await signedIn(env, ENDE);
    await outletRow(page, 'ende').waitFor();
    expect(await page.locator('[data-testid="outlets"] > .scroll tbody tr').count()).toBe(1);
    expect(screen(await page.getByTestId('sales-target').textContent())).toBe('Rp 8.000.000.000');
    expect(await page.getByTestId('asn-csv').count()).toBe(0);
    const statuses = await page.evaluate(
      async (paths) => Promise.all(paths.map(async (p) => (await fetch(p)).status)),
      [
        '/v1/backoffice/dashboard?outlet=alor',
        '/v1/backoffice/staff?outlet=alor',
        `/v1/backoffice/reports/governor/${month}?outlet=alor`,
        `/v1/backoffice/reports/asn/${month}.csv`,
        `/v1/backoffice/asn-opd?month=${month}&opd=Bappeda`,
      ],
    );
    expect(statuses).toEqual([403, 403, 403, 403, 403]);
    const own = await page.evaluate(async () => (await fetch('/v1/backoffice/dashboard?outlet=ende')).status);
    expect(own).toBe(200);
    await page.close();
  }, 60_000);
});
