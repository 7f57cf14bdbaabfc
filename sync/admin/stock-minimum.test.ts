import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '#sync/admin/commands';
import { importCatalog } from '#sync/admin/import-catalog';
import type { ProductItem } from '#sync/protocol/streams';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import type { StockReport } from '../server/reports/stock-report';

describe.each(DATABASE_KINDS)('an outlet minimum stock override on %s', (kind) => {
  let server: TestServer;
  const admin = (...argv: string[]) => runAdminCommand(server.db, argv);
  beforeAll(async () => {
    server = await startTestServer(kind);
    await importCatalog(server.db, 'barcode,nama,harga,minimum\n8991000100017,Kopi Bajawa,40000,5\n');
  });
  afterAll(() => server.close());

  it('reaches only that outlet through the products stream, incrementally, and drives its stock report', async () => {
    const { rows } = await server.db.query<{ id: string }>('SELECT id FROM products');
    const kopi = rows[0]!.id;
    const ende = await server.enrol('ende');
    const sikka = await server.enrol('sikka');
    const first = await server.pullAll<ProductItem>(ende.token, 'products');
    const sikkaFirst = await server.pullAll<ProductItem>(sikka.token, 'products');
    expect(first.items).toEqual([expect.objectContaining({ id: kopi, minimumStock: 5 })]);

    expect(await admin('stock', 'minimum', 'ende', '8991000100017', '12')).toContain('kini 12 satuan');
    const changed = await server.pullAll<ProductItem>(ende.token, 'products', 1000, first.cursor);
    expect(changed.items).toEqual([expect.objectContaining({ id: kopi, minimumStock: 12 })]);
    expect((await server.pullAll<ProductItem>(sikka.token, 'products', 1000, sikkaFirst.cursor)).items).toEqual([]);

    const terminal = { id: ende.terminalId, outletId: ende.outletId };
    const now = new Date().toISOString();
    await server.push(ende.token, [receivingEvent(terminal, 1, [{ productId: kopi, quantity: 10 }], now)]);
    const adminToken = /^(nttadm_\S+)$/m.exec(await admin('admin-token', 'create', 'gudang'))![1]!;
    const report = async () =>
      (await server.request<StockReport>('GET', '/v1/admin/reports/stock/ende', { token: adminToken })).body.rows[0];
    expect(await report()).toMatchObject({ onHand: 10, minimum: 12, status: 'low' });
    expect(await admin('report', 'stock', 'ende', '--low')).toContain('Kopi Bajawa');

    expect(await admin('stock', 'minimum', 'ende', kopi, 'default')).toContain('kembali ke bawaan provinsi');
    const reverted = await server.pullAll<ProductItem>(ende.token, 'products', 1000, changed.cursor);
    expect(reverted.items).toEqual([expect.objectContaining({ id: kopi, minimumStock: 5 })]);
    expect(await report()).toMatchObject({ onHand: 10, minimum: 5, status: 'ok' });
  });

  it('refuses an unknown outlet or product and a negative or fractional quantity, changing nothing', async () => {
    await expect(admin('stock', 'minimum', 'nowhere', '8991000100017', '3')).rejects.toThrow(
      'Outlet "nowhere" tidak dikenal',
    );
    await expect(admin('stock', 'minimum', 'ende', '123', '3')).rejects.toThrow('Produk "123" tidak dikenal');
    await expect(admin('stock', 'minimum', 'ende', '8991000100017', '-2')).rejects.toThrow('tidak boleh negatif');
    await expect(admin('stock', 'minimum', 'ende', '8991000100017', '2.5')).rejects.toThrow('bilangan bulat');
    await expect(admin('stock', 'minimum', 'ende', '8991000100017', 'banyak')).rejects.toThrow('berupa angka');
    await expect(admin('stock', 'minimum', 'ende', '8991000100017')).rejects.toThrow('butuh 4 argumen');
    const { rows } = await server.db.query('SELECT * FROM outlet_stock_minimums');
    expect(rows).toEqual([]);
  });
});
