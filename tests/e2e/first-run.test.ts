/**
 * A new province's first day, in chromium against the real server process: a server with no
 * staff and no catalog yet. The enrolled terminal says why nobody can sign in and why no scan
 * sells, and what the province does about each; staff added with `npm run admin -- staff add`
 * appear on the lock screen by themselves; a kas keluar above the province's threshold (a setting
 * pulled like the others) waits for a manager.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/server-databases';
import { addStaff, admin, enrolmentCode, serverProcess, type ServerProcess } from '../support/server-process';
import { openShift, readStore, scan, signIn, startTerminal, typeLikePerson, type Terminal } from '../support/terminal';
import { openSyncScreen } from '../support/terminal-data';

const MARIA = { name: 'Maria Goreti', pin: '4821' };
const AGUSTINA = { name: 'Agustina Bere', pin: '791324' };

let database: TestDatabase;
let server: ServerProcess;
let terminal: Terminal;

beforeAll(async () => {
  database = await openTestDatabase('postgres');
  admin(database.url!, 'setting', 'cash.payOutApprovalThreshold', '50000');
  server = await serverProcess(database.url!);
  await server.start();
  terminal = await startTerminal();
}, 180_000);

afterAll(async () => {
  await terminal?.close();
  await server?.stop();
  await database?.close();
});

describe('a fresh province', () => {
  it('says there is no staff and no catalog yet and what to do, and asks a manager for a large kas keluar', async () => {
    const { page } = terminal;
    await signIn(page, 'Yohanes', '9999');
    await openSyncScreen(page);
    await page.getByLabel('Alamat server').fill(server.url);
    await page.getByLabel('Kode pendaftaran').fill(enrolmentCode(database.url!, 'manggarai-barat'));
    await page.getByRole('button', { name: 'Daftarkan terminal' }).click();

    const noStaff = page.locator('.lock-screen [role=alert]');
    await noStaff.waitFor({ timeout: 120_000 });
    expect(await noStaff.textContent()).toMatch(
      /^Belum ada staf untuk outlet ini, jadi belum ada yang bisa masuk\..*npm run admin -- staff add manggarai-barat NAMA --role manager/,
    );

    addStaff(database.url!, 'manggarai-barat', MARIA.name, 'kasir', MARIA.pin);
    addStaff(database.url!, 'manggarai-barat', AGUSTINA.name, 'manager', AGUSTINA.pin);
    // The terminal pulls on its own schedule; a restart pulls at once. The lock screen follows the staff table.
    await page.reload();
    await page
      .locator('.staff-list')
      .getByRole('button', { name: new RegExp(`^${MARIA.name}\\b`) })
      .waitFor({ timeout: 120_000 });
    await signIn(page, MARIA.name, MARIA.pin);
    await openShift(page);

    await scan(page, '8995120100025');
    await expect
      .poll(() => page.locator('.notice-error').textContent())
      .toMatch(/^Katalog terminal ini masih kosong.*npm run admin -- import-catalog BERKAS\.csv/);

    await page.keyboard.press('F5');
    await page.getByRole('button', { name: 'Kas keluar' }).click();
    await page.getByLabel('Jumlah', { exact: true }).fill('60000');
    await page.getByLabel('Alasan', { exact: true }).fill('Bayar ongkos kirim tenun');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('approval-action').textContent())
      .toBe('Kas keluar Rp\u00a060.000 (di atas batas Rp\u00a050.000) — alasan: Bayar ongkos kirim tenun');
    expect(await readStore(page, 'cashMovements')).toEqual([]);
    await page.getByLabel('PIN manajer').waitFor();
    await typeLikePerson(page, AGUSTINA.pin);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readStore<{ amount: number }>(page, 'cashMovements')).map((m) => m.amount))
      .toEqual([60_000]);
    const approvals = (
      await readStore<{ event: { kind: string; action?: { kind: string } }; approvedBy: { name: string } | null }>(
        page,
        'audit',
      )
    ).filter((a) => a.event.kind === 'approved');
    expect(approvals.map((a) => [a.event.action?.kind, a.approvedBy?.name])).toEqual([['pay-out', AGUSTINA.name]]);
  }, 600_000);
});
