/**
 * Kelola in chromium against the real server process on PostgreSQL: a provincial user issues an
 * enrolment code for a terminal, changes a product's price (the enrolled terminal's next pull of
 * the catalog has it), adds a staff member (the PIN shown once opens the terminal's copy), and
 * releases a quarantined sale after its fix; each refusal on the way shows the server's reason.
 * Every screen is checked for horizontal overflow at 1366×768 and 1024×768, with screenshots in
 * test-results/.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPin } from '#domain/staff/pin-hash';
import { backofficeEnvironment, provinceSignedIn } from '../support/backoffice-e2e';
import { backdateEnrolment, saleEvent, seedCatalog, type CatalogProduct } from '../support/sync-fixtures';

const screen = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');
const SCREENS = ['Katalog', 'Staf', 'Outlet & terminal', 'Pengaturan', 'Karantina', 'Log audit'];

const env = backofficeEnvironment();
let products: CatalogProduct[];
beforeAll(async () => {
  products = await seedCatalog(env.database.db, 3);
});

async function terminalCall(token: string, path: string, body?: unknown) {
  const reply = await fetch(`${env.server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(reply.status).toBe(200);
  return reply.json() as Promise<any>;
}

/** Every page of a stream the terminal has not pulled yet, as its sync does. */
async function pull(token: string, stream: string, cursor?: string) {
  const items: any[] = [];
  for (;;) {
    const page = await terminalCall(token, `/v1/sync/pull/${stream}?limit=500${cursor ? `&cursor=${cursor}` : ''}`);
    items.push(...page.items);
    cursor = page.cursor;
    if (!page.hasMore) return { items, cursor: cursor! };
  }
}

async function openScreen(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Kelola' }).getByRole('button', { name }).click();
}

describe('Kelola in chromium', () => {
  it('enrols a terminal, edits a price it pulls, adds staff and releases a quarantined sale', async () => {
    const page = await provinceSignedIn(env);
    await page.getByRole('button', { name: 'Kelola' }).click();

    // Outlets: a one-time code, which a new terminal of Ende enrols with.
    await openScreen(page, 'Outlet & terminal');
    const ende = page.locator('[data-outlet-card="ende"]');
    await ende.getByLabel('Berlaku (jam)').fill('abc');
    await ende.getByRole('button', { name: 'Buat kode pendaftaran' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/masa berlaku harus angka jam/);
    await ende.getByLabel('Berlaku (jam)').fill('2');
    await ende.getByRole('button', { name: 'Buat kode pendaftaran' }).click();
    const code = /Kode: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec((await ende.getByTestId('enrolment-code').textContent())!)![1];
    const enrolled = await fetch(`${env.server.url}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, name: 'Kasir Ende 1' }),
    }).then((r) => r.json() as Promise<{ terminalId: string; token: string }>);
    const catalog = await pull(enrolled.token, 'products');
    const staffBefore = await pull(enrolled.token, 'staff');

    // A sale dated before the terminal's enrolment (it was enrolled again after a rebuild): quarantined.
    const terminal = { id: enrolled.terminalId, outletId: 'ende' };
    const held = saleEvent({
      terminal,
      seq: 1,
      products,
      completedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    });
    const pushed = await terminalCall(enrolled.token, '/v1/sync/push', { events: [held] });
    expect(pushed.results[0]).toMatchObject({ status: 'stored', quarantined: true });

    // Katalog: a refused edit says why; a good one reaches the terminal's next pull.
    await openScreen(page, 'Katalog');
    const product = products[0]!;
    await page.getByLabel('Cari produk').fill(product.name);
    await page.getByRole('button', { name: 'Cari' }).click();
    await expect.poll(() => page.locator('tbody tr[data-product]').count()).toBe(1);
    await page.locator(`tr[data-product="${product.id}"]`).getByRole('button', { name: 'Ubah' }).click();
    const form = page.getByRole('form', { name: `Ubah ${product.name}` });
    await form.getByLabel('Nama').fill(' ');
    await form.getByLabel('Harga').fill('72.500');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/nama tidak boleh kosong/);
    await form.getByLabel('Nama').fill('Kopi Bajawa 250 g');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect
      .poll(async () =>
        screen(await page.locator(`tr[data-product="${product.id}"]`).getByTestId('product-price').textContent()),
      )
      .toBe('Rp 72.500');
    const changed = await pull(enrolled.token, 'products', catalog.cursor);
    expect(changed.items).toEqual([
      expect.objectContaining({ id: product.id, name: 'Kopi Bajawa 250 g', price: 72_500 }),
    ]);

    // Staf: the PIN shown once opens the member's record on the terminal.
    await openScreen(page, 'Staf');
    await page.getByLabel('Outlet').selectOption('ende');
    await page.getByLabel('Nama staf').fill('Maria Goreti');
    await page.getByLabel('Peran').selectOption('kasir');
    await page.getByRole('button', { name: 'Tambah staf' }).click();
    const pin = /PIN untuk Maria Goreti: (\d{6})/.exec((await page.getByTestId('issued-pin').textContent())!)![1]!;
    await page.locator('tr[data-staff="Maria Goreti"]').waitFor();
    const staff = await pull(enrolled.token, 'staff', staffBefore.cursor);
    expect(staff.items).toEqual([expect.objectContaining({ name: 'Maria Goreti', role: 'kasir', active: true })]);
    expect(await verifyPin(pin, staff.items[0].pinHash)).toBe(true);

    // Karantina: why it counts nowhere, a release refused until the fix, then released and counted.
    await openScreen(page, 'Karantina');
    await page.locator(`tr[data-event="${held.id}"]`).getByRole('button', { name: 'Periksa' }).click();
    const inspector = page.getByRole('region', { name: 'Event dikarantina' });
    expect(await inspector.getByTestId('reasons').textContent()).toMatch(/before the terminal was enrolled/);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/backoffice-kelola-karantina-periksa-1366.png' });
    await inspector.getByRole('button', { name: 'Lepaskan (hitung ulang)' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/tulis alasan keputusan/);
    await inspector.getByLabel('Catatan keputusan').fill('Terminal sudah bertugas sejak pekan lalu');
    await inspector.getByRole('button', { name: 'Lepaskan (hitung ulang)' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/masih melanggar aturan/);
    const sold = () => env.database.db.query('SELECT 1 FROM sales WHERE id = $1', [held.payload.id]);
    expect((await sold()).rows).toHaveLength(0);
    await backdateEnrolment(env.database.db, enrolled.terminalId, new Date(Date.now() - 7 * 86_400_000).toISOString());
    await inspector.getByRole('button', { name: 'Lepaskan (hitung ulang)' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/dilepas dan kini dihitung/);
    expect((await sold()).rows).toHaveLength(1);
    expect(await page.locator(`tr[data-event="${held.id}"]`).count()).toBe(0);

    // Log audit: every change above, newest first.
    await openScreen(page, 'Log audit');
    await page.getByTestId('audit-user').selectOption('prov.kupang');
    await expect
      .poll(() =>
        page.locator('tbody tr[data-action]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action'))),
      )
      .toEqual(['quarantine.release', 'staff.add', 'product.edit', 'terminal.enrolment-code']);

    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      for (const name of SCREENS) {
        await openScreen(page, name);
        await page.locator('.panel').waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} at ${width}×768`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: `test-results/backoffice-kelola-${name.split(' ')[0]!.toLowerCase()}-${width}.png`,
        });
      }
    }
    await page.close();
  }, 180_000);
});
