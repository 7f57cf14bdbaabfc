/**
 * Enrolment and the Sinkron screen as a manager meets them (issue 11 item 18): errors in plain
 * Bahasa Indonesia, an address typed without a scheme that works, and a queue count that matches
 * the table under it, in chromium against the real server through a link that can go down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff } from '#sync/admin/staff';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { freePort } from '../support/server-process';
import { seedCatalog } from '../support/sync-fixtures';
import { startTestServer, type TestServer } from '../support/sync-server';
import type { AuditEntry } from '#domain/staff/audit';
import { openShift, readStore, signIn, startTerminal, type Terminal } from '../support/terminal';
import { openSyncScreen, sell, signInOnceDownloaded } from '../support/terminal-data';

const AGUSTINA = { name: 'Agustina Bere', pin: '791324' };
const MARIA = { name: 'Maria Goreti', pin: '4821' };

let server: TestServer;
let proxy: FaultProxy;
let terminal: Terminal;
let barcodes: string[];

beforeAll(async () => {
  server = await startTestServer('pglite');
  await seedCatalog(server.db, 5);
  barcodes = (
    await server.db.query<{ barcode: string }>('SELECT barcode FROM products ORDER BY barcode LIMIT 2')
  ).rows.map((r) => r.barcode);
  await addStaff(server.db, 'manggarai-barat', AGUSTINA.name, 'manager', AGUSTINA.pin);
  await addStaff(server.db, 'manggarai-barat', MARIA.name, 'kasir', MARIA.pin);
  proxy = await startFaultProxy(Number(new URL(server.baseUrl).port));
  terminal = await startTerminal();
}, 120_000);

afterAll(async () => {
  await terminal?.close();
  await proxy?.close();
  await server?.close();
});

const code = async () => (await createEnrolmentCode(server.db, 'manggarai-barat'))!.code;

async function tryEnrol(address: string, enrolmentCode: string): Promise<void> {
  const { page } = terminal;
  await page.getByLabel('Alamat server').fill(address);
  await page.getByLabel('Kode pendaftaran').fill(enrolmentCode);
  await page.getByRole('button', { name: 'Daftarkan terminal' }).click();
}

describe('enrolment and the Sinkron screen', () => {
  it('explains failed enrolments plainly, then enrols at an address typed without a scheme', async () => {
    const { page } = terminal;
    await signIn(page, 'Yohanes', '9999');
    await openSyncScreen(page);
    const alert = page.getByRole('alert');

    await tryEnrol(`127.0.0.1:${await freePort()}`, await code());
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toMatch(/^Server 127\.0\.0\.1:\d+ menolak sambungan: server tidak berjalan atau nomor port salah\./);

    const used = await code();
    await server.request('POST', '/v1/terminals/enroll', { body: { code: used, name: 'Kasir lain' } });
    await tryEnrol(proxy.url, used);
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toBe('Kode pendaftaran ditolak: salah ketik, sudah dipakai, atau kedaluwarsa. Minta kode baru ke provinsi.');

    await tryEnrol(proxy.url.replace(/^http:/, 'https:'), await code());
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toMatch(/tidak menjawab dengan https \(sambungan aman\)\..*centang "Izinkan http tanpa enkripsi"/);
    for (const text of await page.getByRole('alert').allTextContents())
      expect(text).not.toMatch(/ECONN|ERR_|SSL|already|used|expired|enrol/i);

    await page.getByLabel('Izinkan http tanpa enkripsi (hanya untuk uji)').check();
    await expect.poll(() => page.getByTestId('plain-http-warning').textContent()).toMatch(/tanpa enkripsi/);

    // No scheme, on this machine: http, as the server speaks.
    await tryEnrol(proxy.url.replace(/^http:\/\//, ''), await code());
    await signInOnceDownloaded(page, MARIA);
    // The enrolment is in the audit log, with the manager who did it (t01 went to the used code's terminal).
    const enrolled = (await readStore<AuditEntry>(page, 'audit')).filter((a) => a.event.kind === 'enrolled');
    expect(enrolled.map((a) => [a.staff.name, a.training, a.event])).toEqual([
      ['Yohanes', false, { kind: 'enrolled', serverUrl: proxy.url, terminalId: 'manggarai-barat-t02' }],
    ]);
  });

  it('counts the queue as its table shows it, while events wait for a server that is down', async () => {
    const { page } = terminal;
    proxy.set({ refuse: true });
    await openShift(page);
    await sell(page, [barcodes[0]!]);
    await sell(page, [barcodes[1]!]);
    await page.getByRole('button', { name: 'Kunci' }).click();
    // The manager's sign-in writes an audit event of its own: it waits in the queue too.
    await signIn(page, AGUSTINA.name, AGUSTINA.pin);
    await openSyncScreen(page);
    const queue = page.getByTestId('sync-queue');
    await queue.locator('tbody tr').first().waitFor();
    const rows = await queue.locator('tbody tr').count();
    expect(await queue.locator('h3').textContent()).toBe(`Antrean (${rows})`);
    expect(await page.getByTestId('sync-screen-waiting').textContent()).toBe(String(rows));
  });

  it('records exports and settings changes in the audit log with who was signed in', async () => {
    const { page } = terminal;
    await page.getByRole('button', { name: 'Ekspor data belum terkirim' }).click();
    await expect
      .poll(async () =>
        (await readStore<AuditEntry>(page, 'audit'))
          .filter((a) => a.event.kind === 'exported')
          .map((a) => a.staff.name),
      )
      .toEqual([AGUSTINA.name]);
    await page.getByRole('button', { name: 'Pengaturan' }).click();
    await page.getByLabel('Pakai kamera di layar kasir').check();
    await expect
      .poll(async () =>
        (await readStore<AuditEntry>(page, 'audit'))
          .filter((a) => a.event.kind === 'settings-changed')
          .map((a) => [a.staff.name, a.event]),
      )
      .toEqual([[AGUSTINA.name, { kind: 'settings-changed', changes: ['pemindai kamera: aktif'] }]]);
  });
});
