import { nipKeys } from '#domain/asn/nip-key';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { STREAM_ITEM_SCHEMAS } from '#sync/protocol/streams';
import { addStaff } from '#sync/admin/staff';
import { importAsnRoster } from '#sync/admin/import-asn';
import { importCatalog } from '#sync/admin/import-catalog';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { writeTransaction } from './change-log';
import { encodeCursor } from './cursor';

describe.each(DATABASE_KINDS)('pull on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    products = await seedCatalog(server.db, 25);
  });
  afterAll(() => server.close());

  it('pages through a stream with opaque cursors and valid items', async () => {
    const t = await server.enrol('manggarai-barat');
    const first = await server.request('GET', '/v1/sync/pull/products?limit=10', { token: t.token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(10);
    expect(first.body.hasMore).toBe(true);
    expect(first.body.remaining).toBe(15);
    for (const item of first.body.items) expect(STREAM_ITEM_SCHEMAS.products.safeParse(item).success).toBe(true);
    const all = await server.pullAll(t.token, 'products', 10);
    expect(all.pages).toBe(3);
    expect(new Set(all.items.map((p) => p.id))).toEqual(new Set(products.map((p) => p.id)));
    const nothingNew = await server.request('GET', `/v1/sync/pull/products?cursor=${all.cursor}`, { token: t.token });
    expect(nothingNew.body).toEqual({ items: [], cursor: all.cursor, hasMore: false, remaining: 0 });
  });

  it('serves a changed item again after the cursor, and an unchanged re-import not at all', async () => {
    const t = await server.enrol('manggarai-barat');
    const { cursor } = await server.pullAll(t.token, 'products');
    const csv = `barcode,nama,harga\n${withCheckDigit('899777000001')},Kopi Arabika Bajawa 250 g,65000\n`;
    expect(await importCatalog(server.db, csv)).toEqual({ created: 1, updated: 0, unchanged: 0, problems: [] });
    const afterNew = await server.pullAll(t.token, 'products', 1000, cursor);
    expect(afterNew.items.map((p) => [p.name, p.price])).toEqual([['Kopi Arabika Bajawa 250 g', 65_000]]);
    await importCatalog(server.db, csv);
    expect((await server.pullAll(t.token, 'products', 1000, afterNew.cursor)).items).toEqual([]);
    await importCatalog(server.db, csv.replace('65000', '70000'));
    expect((await server.pullAll(t.token, 'products', 1000, afterNew.cursor)).items.map((p) => p.price)).toEqual([
      70_000,
    ]);
  });

  it('gives each outlet its own prices, staff and settings', async () => {
    const kupang = await server.enrol('kota-kupang');
    const ende = await server.enrol('ende');
    const product = products[0]!;
    const { rows } = await server.db.query<{ barcode: string }>('SELECT barcode FROM products WHERE id = $1', [
      product.id,
    ]);
    await importCatalog(server.db, `barcode,nama,harga\n${rows[0]!.barcode},${product.name},12345\n`, 'kota-kupang');
    await addStaff(server.db, 'kota-kupang', 'Yohana Kasir', 'kasir', '2468');
    const priceFor = async (token: string) =>
      (await server.pullAll(token, 'products')).items.find((p) => p.id === product.id)?.price;
    expect(await priceFor(kupang.token)).toBe(12_345);
    expect(await priceFor(ende.token)).toBe(product.price);
    const kupangStaff = (await server.pullAll(kupang.token, 'staff')).items;
    expect(kupangStaff.map((s) => [s.name, s.role])).toEqual([['Yohana Kasir', 'kasir']]);
    expect(STREAM_ITEM_SCHEMAS.staff.parse(kupangStaff[0])).toBeTruthy();
    expect((await server.pullAll(ende.token, 'staff')).items).toEqual([]);
    const settings = (await server.pullAll(ende.token, 'settings')).items;
    expect(settings).toEqual(
      expect.arrayContaining([
        { key: 'asn.monthlyMinimum', value: 100_000 },
        { key: 'outlet', value: { id: 'ende', name: 'NTT Mart Ende', kabupaten: 'Kabupaten Ende', city: 'Ende' } },
      ]),
    );
    expect(settings.map((s) => s.key).sort()).toEqual(['asn.monthlyMinimum', 'outlet', 'outlet.codeBlock', 'outlets']);
    const kupangBlock = (await server.pullAll(kupang.token, 'settings')).items.find(
      (s) => s.key === 'outlet.codeBlock',
    );
    expect(kupangBlock?.value).not.toBe(settings.find((s) => s.key === 'outlet.codeBlock')!.value);
  });

  it('serves the ASN roster and the monthly totals that pushes build', async () => {
    const t = await server.enrol('sumba-timur', undefined, '2026-03-01T00:00:00Z');
    await importAsnRoster(
      server.db,
      'nip,nama,opd,jenis\n198609262015051001,Maria Goreti,Dinas Kesehatan,PNS\n199203152022212004,Yohanes Lewa,RSUD Umbu Rara Meha,PPPK\n',
    );
    // Terminals get each NIP's key under the province's key, the shortened name and the OPD; nothing else.
    const keys = await nipKeys(t.asnKey, ['198609262015051001', '199203152022212004']);
    const roster = (await server.pullAll(t.token, 'asn-roster')).items;
    expect(roster).toEqual([
      { nipKey: keys[0], displayName: 'Maria G.', opd: 'Dinas Kesehatan' },
      { nipKey: keys[1], displayName: 'Yohanes L.', opd: 'RSUD Umbu Rara Meha' },
    ]);
    expect(JSON.stringify(roster)).not.toMatch(/1986|1992|Goreti|Lewa/);
    const { cursor } = await server.pullAll(t.token, 'asn-totals');
    const sale = saleEvent({
      terminal: { id: t.terminalId, outletId: t.outletId },
      seq: 1,
      products,
      asnNip: '198609262015051001',
      completedAt: '2026-03-10T02:00:00Z',
    });
    await server.push(t.token, [sale]);
    const totals = (await server.pullAll(t.token, 'asn-totals', 100, cursor)).items;
    expect(totals).toEqual([{ nipKey: keys[0], month: '2026-03', total: sale.payload.total, saleCount: 1 }]);
    expect(STREAM_ITEM_SCHEMAS['asn-totals'].parse(totals[0])).toBeTruthy();
  });

  it('refuses bad cursors, cursors of another stream or database, unknown streams and bad limits', async () => {
    const t = await server.enrol('alor');
    const { cursor } = await server.pullAll(t.token, 'products');
    const status = async (path: string) => {
      const reply = await server.request('GET', path, { token: t.token });
      return [reply.status, reply.body.error?.code];
    };
    expect(await status('/v1/sync/pull/products?cursor=!!!')).toEqual([400, 'bad-cursor']);
    expect(await status(`/v1/sync/pull/staff?cursor=${cursor}`)).toEqual([400, 'bad-cursor']);
    const foreign = encodeCursor({ serverId: '00000000-0000-4000-8000-000000000000', stream: 'products', position: 3 });
    expect(await status(`/v1/sync/pull/products?cursor=${foreign}`)).toEqual([410, 'cursor-expired']);
    expect(await status('/v1/sync/pull/prices')).toEqual([404, 'not-found']);
    expect(await status('/v1/sync/pull/products?limit=0')).toEqual([400, 'invalid-query']);
    expect(await status('/v1/sync/pull/products?limit=lots')).toEqual([400, 'invalid-query']);
    expect(await status('/v1/sync/pull/products?limit=5001')).toEqual([400, 'invalid-query']);
    expect((await server.request('GET', '/v1/sync/pull/products')).status).toBe(401);
  });
});

// PGlite has one connection: its transactions cannot interleave, so only PostgreSQL can show this.
describe('pull cursors under interleaved transactions on postgres', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgres');
  });
  afterAll(() => server.close());

  const addSetting = (key: string, beforeCommit: () => Promise<void> = async () => {}) =>
    writeTransaction(server.db, async (tx) => {
      await tx.query('INSERT INTO settings (key, value) VALUES ($1, $2)', [key, JSON.stringify(key)]);
      tx.changed('settings', null, [key]);
      await beforeCommit();
    });

  it('never skips a row that a slow transaction commits after a quicker one', async () => {
    const t = await server.enrol('kupang');
    const { cursor: start } = await server.pullAll(t.token, 'settings');
    let release!: () => void;
    let started!: () => void;
    const slowStarted = new Promise<void>((resolve) => (started = resolve));
    const slow = addSetting('slow', () => {
      started();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await slowStarted;
    await addSetting('quick');
    const seenFirst = await server.pullAll(t.token, 'settings', 1000, start);
    expect(seenFirst.items.map((s) => s.key)).toEqual(['quick']);
    release();
    await slow;
    const seenThen = await server.pullAll(t.token, 'settings', 1000, seenFirst.cursor);
    expect(seenThen.items.map((s) => s.key)).toEqual(['slow']);
  });

  it('lets a reader polling during many concurrent writers see every committed item', async () => {
    const t = await server.enrol('kupang');
    let { cursor } = await server.pullAll(t.token, 'settings');
    const seen = new Set<string>();
    let writing = true;
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 15));
    const writers = Array.from({ length: 4 }, (_, w) =>
      (async () => {
        for (let i = 0; i < 15; i++) await addSetting(`w${w}-${i}`, pause);
      })(),
    );
    const reader = (async () => {
      while (writing) {
        const page = await server.pullAll(t.token, 'settings', 7, cursor);
        page.items.forEach((s) => seen.add(s.key));
        cursor = page.cursor;
      }
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    (await server.pullAll(t.token, 'settings', 7, cursor)).items.forEach((s) => seen.add(s.key));
    expect(seen.size).toBe(60);
  });
});
