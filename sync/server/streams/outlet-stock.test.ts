import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outletStockItemSchema, type OutletStockItem } from '#sync/protocol/streams';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { saleEvent, seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';

describe.each(DATABASE_KINDS)('the outlet-stock stream on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    products = await seedCatalog(server.db, 3);
  });
  afterAll(() => server.close());

  it('serves every till of an outlet the stock on hand all its tills moved, and only its own outlet’s', async () => {
    const [a, b] = products as [CatalogProduct, CatalogProduct];
    const till1 = await server.enrol('sikka');
    const till2 = await server.enrol('sikka');
    const elsewhere = await server.enrol('alor');
    const at = new Date().toISOString();
    const one = { id: till1.terminalId, outletId: 'sikka' };
    await server.push(till1.token, [receivingEvent(one, 1, [{ productId: a.id, quantity: 9 }], at)]);
    const first = await server.pullAll<OutletStockItem>(till2.token, 'outlet-stock');
    expect(first.items.map((i) => outletStockItemSchema.parse(i))).toEqual([{ productId: a.id, onHand: 9 }]);

    // Till 2's pull goes on from its cursor: till 1's sale lowers both products' figures.
    const sale = saleEvent({ terminal: one, seq: 2, products: [a, b] });
    await server.push(till1.token, [sale]);
    const sold = (id: string) =>
      sale.payload.lines.filter((l) => l.productId === id).reduce((n, l) => n + l.quantity, 0);
    const next = await server.pullAll<OutletStockItem>(till2.token, 'outlet-stock', 1000, first.cursor);
    expect(next.items.sort((x, y) => (x.productId < y.productId ? -1 : 1))).toEqual(
      [
        { productId: a.id, onHand: 9 - sold(a.id) },
        { productId: b.id, onHand: -sold(b.id) },
      ].sort((x, y) => (x.productId < y.productId ? -1 : 1)),
    );
    expect((await server.pullAll(elsewhere.token, 'outlet-stock')).items).toEqual([]);
  });
});
