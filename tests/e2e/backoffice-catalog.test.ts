/**
 * Katalog in chromium against the real server process on PostgreSQL: a provincial user creates a
 * product without a barcode and gets one the province issued (a valid in-store EAN-13) that a
 * terminal pulls; sets Ende's own price, which reaches Ende's terminal by its next pull and not
 * Alor's; and previews a catalog file with a bad row — refused with its line, nothing written —
 * before confirming it.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasValidCheckDigit, isInStoreArticle, withCheckDigit } from '#domain/catalog/barcode';
import { backofficeEnvironment, provinceSignedIn } from '../support/backoffice-e2e';
import { seedCatalog, type CatalogProduct } from '../support/sync-fixtures';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';

const env = backofficeEnvironment();
let products: CatalogProduct[];
beforeAll(async () => {
  products = await seedCatalog(env.database.db, 3);
});

async function enrol(outletId: string): Promise<string> {
  const { code } = (await createEnrolmentCode(env.database.db, outletId))!;
  const reply = await fetch(`${env.server.url}/v1/terminals/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name: `Kasir ${outletId}` }),
  });
  expect(reply.status).toBe(201);
  return ((await reply.json()) as { token: string }).token;
}

/** Every page of the products stream after `cursor`, as a terminal's sync pulls it. */
async function pull(token: string, cursor?: string) {
  const items: { id: string; barcode: string | null; name: string; price: number }[] = [];
  for (;;) {
    const reply = await fetch(`${env.server.url}/v1/sync/pull/products?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reply.status).toBe(200);
    const page = (await reply.json()) as { items: typeof items; cursor: string; hasMore: boolean };
    items.push(...page.items);
    cursor = page.cursor;
    if (!page.hasMore) return { items, cursor: cursor! };
  }
}

async function openCatalog(): Promise<Page> {
  const page = await provinceSignedIn(env);
  await page.getByRole('button', { name: 'Kelola' }).click();
  await page.getByRole('navigation', { name: 'Kelola' }).getByRole('button', { name: 'Katalog' }).click();
  return page;
}

describe('Katalog in chromium', () => {
  it('creates a product with an issued barcode and sets an outlet price that reaches only its terminal', async () => {
    const [endeTill, alorTill] = [await enrol('ende'), await enrol('alor')];
    const [endeStart, alorStart] = [await pull(endeTill), await pull(alorTill)];
    const page = await openCatalog();

    // A refused form says why beside the field; then a good one, barcode left blank.
    await page.getByRole('button', { name: 'Produk baru' }).click();
    const form = page.getByRole('form', { name: 'Produk baru' });
    await form.getByLabel('Nama').fill('Kopi Arabika Flores 200 g');
    await form.getByLabel('Harga (Rp)').fill('-5');
    await form.getByLabel('Kategori').fill('Kopi');
    await form.getByLabel('Pemasok (UMKM)').fill('Koperasi Kopi Ngada');
    await form.getByRole('button', { name: 'Buat produk' }).click();
    await form.locator('[data-field-error="price"]').waitFor();
    expect(await form.locator('[data-field-error="price"]').textContent()).toMatch(/harga/);
    await form.getByLabel('Harga (Rp)').fill('65.000');
    await form.getByRole('button', { name: 'Buat produk' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/dibuat dengan barcode \d{13}/);
    const barcode = /barcode (\d{13})/.exec((await status.textContent())!)![1]!;
    expect(isInStoreArticle(barcode) && hasValidCheckDigit(barcode)).toBe(true);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/backoffice-catalog-created.png', fullPage: true });

    const endeNext = await pull(endeTill, endeStart.cursor);
    expect(endeNext.items.map((p) => [p.name, p.barcode, p.price])).toEqual([
      ['Kopi Arabika Flores 200 g', barcode, 65_000],
    ]);

    // Ende's own price for the first product: Ende's terminal gets it, Alor's nothing.
    const product = products[0]!;
    await page.locator(`tr[data-product="${product.id}"]`).getByRole('button', { name: 'Harga outlet' }).click();
    const prices = page.getByTestId('outlet-prices');
    await prices.getByLabel('Harga di NTT Mart Ende').fill('7.250');
    await prices.locator('tr[data-outlet="ende"]').getByRole('button', { name: 'Simpan' }).click();
    await expect.poll(() => prices.getByRole('status').textContent()).toMatch(/tersimpan/);
    await page.screenshot({ path: 'test-results/backoffice-catalog-outlet-prices.png', fullPage: true });
    const endePriced = await pull(endeTill, endeNext.cursor);
    expect(endePriced.items.map((p) => [p.id, p.price])).toEqual([[product.id, 7_250]]);
    const alorNext = await pull(alorTill, alorStart.cursor);
    expect(alorNext.items.map((p) => p.name)).toEqual(['Kopi Arabika Flores 200 g']);
    await page.close();
  }, 120_000);

  it('previews a catalog file with a bad row, writing nothing, then imports it on confirm', async () => {
    const page = await openCatalog();
    const count = async () =>
      Number((await env.database.db.query<{ n: string }>('SELECT count(*) AS n FROM products')).rows[0]!.n);
    const before = await count();
    const csv = [
      'barcode,nama,harga,pemasok,kategori,satuan',
      `${withCheckDigit('899200000001')},Madu Hutan Sumba,85000,Madu Hutan Sumba,Madu,botol`,
      `${withCheckDigit('899200000002')},Tenun Ikat Sikka,sejuta,Sanggar Tenun,Kain,lembar`,
    ].join('\n');
    await page.getByRole('button', { name: 'Impor katalog' }).click();
    const panel = page.getByTestId('catalog-import');
    await panel.locator('input[type=file]').setInputFiles({
      name: 'katalog.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await panel.getByRole('button', { name: 'Pratinjau' }).click();
    const problems = panel.getByTestId('import-problems').locator('tbody tr');
    await problems.first().waitFor();
    expect(await problems.count()).toBe(1);
    expect(await problems.first().locator('td').first().textContent()).toBe('3');
    expect(await panel.getByTestId('import-rows').locator('tbody tr').count()).toBe(1);
    expect(await count()).toBe(before);
    await page.screenshot({ path: 'test-results/backoffice-catalog-import-preview.png', fullPage: true });

    await panel.getByRole('button', { name: 'Impor 1 baris' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/1 baru/);
    expect(await count()).toBe(before + 1);
    await page.close();
  }, 120_000);
});
