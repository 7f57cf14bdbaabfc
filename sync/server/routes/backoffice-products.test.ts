/**
 * The Katalog screen's product creation with codes the province issues, per-outlet prices reaching
 * only that outlet's terminals through the products stream, and the catalog import's preview and
 * confirm — on PostgreSQL and the embedded PGlite, through HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasValidCheckDigit, isInStoreArticle, withCheckDigit } from '#domain/catalog/barcode';
import { runAdminCommand } from '#sync/admin/commands';
import { sessionSchema } from '#sync/protocol/backoffice';
import { catalogImportSchema, managedProductSchema, outletPricesSchema } from '#sync/protocol/backoffice-manage';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { MAX_SHEET_FILE_BYTES } from '../http/sheet-file';

const PASSWORD = 'Sasando-Rote-2026';

describe.each(DATABASE_KINDS)('back-office catalog management on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  type Who = { cookie: string; csrf: string };
  let prov: Who, ende: Who;

  async function signIn(name: string): Promise<Who> {
    const reply = await server.request('POST', '/v1/backoffice/login', { body: { name, password: PASSWORD } });
    return { cookie: reply.headers.get('set-cookie')!.split(';')[0]!, csrf: sessionSchema.parse(reply.body).csrfToken };
  }
  const headers = (who: Who) => ({ cookie: who.cookie, 'x-csrf-token': who.csrf });
  const get = (who: Who, path: string) => server.request('GET', path, { headers: { cookie: who.cookie } });
  const post = (who: Who, path: string, body: unknown) => server.request('POST', path, { headers: headers(who), body });
  const upload = (who: Who, file: string, body: string | Buffer, confirm = false) =>
    server.request(
      'POST',
      `/v1/backoffice/catalog-import?file=${encodeURIComponent(file)}${confirm ? '&confirm=1' : ''}`,
      {
        headers: { ...headers(who), 'content-type': 'application/octet-stream' },
        body,
      },
    );
  const audited = async (action: string) =>
    (await server.db.query('SELECT user_name FROM backoffice_audit WHERE action = $1', [action])).rows.length;

  beforeAll(async () => {
    server = await startTestServer(kind);
    for (const [name, ...options] of [
      ['prov.kupang', '--role', 'provinsi'],
      ['mgr.ende', '--role', 'outlet', '--outlet', 'ende'],
    ])
      await runAdminCommand(server.db, ['user', 'add', name!, ...options], async () => PASSWORD);
    products = await seedCatalog(server.db, 3);
    // An in-store code imported before the back office issued any: the sequence starts after it.
    await server.db.query("UPDATE products SET barcode = $1, natural_key = 'barcode:' || $1 WHERE id = $2", [
      withCheckDigit('200000000007'),
      products[2]!.id,
    ]);
    await server.db.query("SELECT setval('in_store_article_serial', 6)");
    [prov, ende] = [await signIn('prov.kupang'), await signIn('mgr.ende')];
  });
  afterAll(() => server.close());

  const kopi = {
    name: 'Kopi Arabika Flores 200 g',
    price: 65_000,
    category: 'Kopi',
    minimumStock: 5,
    perishable: false,
    soldBy: 'unit',
    unit: 'pcs',
    supplier: 'Koperasi Kopi Ngada',
    barcode: null,
  };

  it('creates products with a barcode or PLU the province issues, never one already taken', async () => {
    const first = await post(prov, '/v1/backoffice/products', kopi);
    expect(first.status).toBe(201);
    const made = managedProductSchema.parse(first.body);
    // Serial 7 is held by the imported code: the next free one is issued.
    expect(made.barcode).toBe(withCheckDigit('200000000008'));
    expect(isInStoreArticle(made.barcode!) && hasValidCheckDigit(made.barcode!)).toBe(true);
    const second = managedProductSchema.parse(
      (await post(prov, '/v1/backoffice/products', { ...kopi, name: 'Kopi B' })).body,
    );
    expect(second.barcode).toBe(withCheckDigit('200000000009'));

    const ikan = { ...kopi, name: 'Ikan Kerapu', soldBy: 'weight', unit: 'kg', perishable: true };
    const weighed = managedProductSchema.parse((await post(prov, '/v1/backoffice/products', ikan)).body);
    expect([weighed.barcode, weighed.plu]).toEqual([null, '0001']);
    const next = managedProductSchema.parse(
      (await post(prov, '/v1/backoffice/products', { ...ikan, name: 'Cumi' })).body,
    );
    expect(next.plu).toBe('0002');

    const terminal = await server.enrol('alor');
    const { items } = await server.pullAll(terminal.token, 'products');
    expect(items.find((p) => p.id === made.id)).toMatchObject({
      barcode: made.barcode,
      price: 65_000,
      supplier: kopi.supplier,
    });
    expect(await audited('product.add')).toBe(4);
  });

  it('refuses a bad product beside its fields, a taken barcode, and anyone but provinsi', async () => {
    const bad = await post(prov, '/v1/backoffice/products', { ...kopi, name: '', barcode: '8991000100018' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'nama tidak boleh kosong' },
        { path: 'barcode', message: 'barcode harus EAN-13, EAN-8 atau UPC-A dengan digit pemeriksa yang benar' },
      ]),
    );
    const inStore = await post(prov, '/v1/backoffice/products', { ...kopi, barcode: withCheckDigit('200000000100') });
    expect(inStore.body.error.issues[0].path).toBe('barcode');
    const taken = await post(prov, '/v1/backoffice/products', { ...kopi, barcode: withCheckDigit('899100000000') });
    expect(taken.status).toBe(422);
    expect(taken.body.error.message).toMatch(/sudah dipakai produk Produk UMKM 1/);
    expect((await post(ende, '/v1/backoffice/products', kopi)).status).toBe(403);
  });

  it("sets an outlet's own price that reaches only that outlet's terminals, by the stream's next pull", async () => {
    const product = products[0]!;
    const [enTill, alTill] = [await server.enrol('ende'), await server.enrol('alor')];
    const [enStart, alStart] = [
      await server.pullAll(enTill.token, 'products'),
      await server.pullAll(alTill.token, 'products'),
    ];
    expect(enStart.items.find((p) => p.id === product.id)!.price).toBe(product.price);

    const path = `/v1/backoffice/products/${product.id}/prices`;
    expect((await post(ende, `${path}/alor`, { price: 1 })).status).toBe(403);
    const refused = await post(ende, `${path}/ende`, { price: -5 });
    expect(refused.body.error.issues).toEqual([{ path: 'price', message: 'harga outlet tidak boleh negatif' }]);
    const set = await post(ende, `${path}/ende`, { price: 7_500 });
    expect(set.status).toBe(200);
    expect(outletPricesSchema.parse(set.body).outlets).toEqual([
      { outletId: 'ende', outletName: 'NTT Mart Ende', price: 7_500 },
    ]);
    const all = outletPricesSchema.parse((await get(prov, path)).body);
    expect(all.outlets.filter((o) => o.price !== null)).toHaveLength(1);
    expect(all.outlets.length).toBeGreaterThan(20);

    // Incrementally, from each till's cursor: Ende gets the product at its price, Alor nothing.
    const enNext = await server.pullAll(enTill.token, 'products', 1000, enStart.cursor);
    expect(enNext.items.map((p) => [p.id, p.price])).toEqual([[product.id, 7_500]]);
    const alNext = await server.pullAll(alTill.token, 'products', 1000, alStart.cursor);
    expect(alNext.items).toEqual([]);

    // Removed: the province's price again, by the next pull.
    expect((await post(prov, `${path}/ende`, { price: null })).status).toBe(200);
    const back = await server.pullAll(enTill.token, 'products', 1000, enNext.cursor);
    expect(back.items.map((p) => [p.id, p.price])).toEqual([[product.id, product.price]]);
    expect(await audited('product.outlet-price')).toBe(2);
  });

  it('previews a catalog file with its bad rows, writing nothing, then writes it on confirm', async () => {
    const csv = [
      'barcode,nama,harga,pemasok,kategori,satuan',
      `${withCheckDigit('899200000001')},Madu Hutan Sumba,85000,Madu Hutan Sumba,Madu,botol`,
      `${withCheckDigit('899200000002')},Tenun Ikat Sikka,sejuta,Sanggar Tenun,Kain,lembar`,
      `${withCheckDigit('899100000000')},Produk UMKM 1 (baru),9000,Koperasi Kopi Ngada,Kopi,pcs`,
    ].join('\n');
    const count = async () =>
      Number((await server.db.query<{ n: string }>('SELECT count(*) AS n FROM products')).rows[0]!.n);
    const before = await count();
    const preview = await upload(prov, 'katalog.csv', csv);
    expect(preview.status).toBe(200);
    const seen = catalogImportSchema.parse(preview.body);
    expect(seen).toMatchObject({ confirmed: false, created: 1, updated: 1, unchanged: 0, rowCount: 2 });
    expect(seen.problems).toHaveLength(1);
    expect(seen.problems[0]!.line).toBe(3);
    expect(await count()).toBe(before);
    expect(await audited('catalog.import')).toBe(0);

    const done = catalogImportSchema.parse((await upload(prov, 'katalog.csv', csv, true)).body);
    expect(done).toMatchObject({ confirmed: true, created: 1, updated: 1 });
    expect(await count()).toBe(before + 1);
    expect(await audited('catalog.import')).toBe(1);

    expect((await upload(ende, 'katalog.csv', csv)).status).toBe(403);
    expect((await upload(prov, 'katalog.pdf', csv)).status).toBe(415);
    expect((await upload(prov, 'katalog.xlsx', 'not a zip')).status).toBe(422);
    expect((await upload(prov, 'besar.csv', Buffer.alloc(MAX_SHEET_FILE_BYTES + 1, 'a'))).status).toBe(413);
  });
});
