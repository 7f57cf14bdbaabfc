import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand } from '#sync/admin/commands';
import { importCatalog } from '#sync/admin/import-catalog';
import { addDays, businessDate } from '#domain/wita';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { saleEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import type { StockReport } from './stock-report';

describe.each(DATABASE_KINDS)('the stock report on %s', (kind) => {
  let server: TestServer;
  const admin = (...argv: string[]) => runAdminCommand(server.db, argv);
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('reports stock on hand, minimum, cover and expiring batches to the CLI and to an admin token', async () => {
    await importCatalog(
      server.db,
      'barcode,nama,harga,perishable,minimum\n8991000100017,Kopi Bajawa,40000,ya,5\n8991000100024,Tenun Sikka,300000,tidak,\n',
    );
    const { rows: catalog } = await server.db.query<
      CatalogProduct & { perishable: boolean; minimum_stock: number | null }
    >('SELECT id, name, price, perishable, minimum_stock FROM products ORDER BY name');
    const [kopi, tenun] = catalog as [(typeof catalog)[0], (typeof catalog)[0]];
    expect([kopi.perishable, kopi.minimum_stock, tenun.perishable, tenun.minimum_stock]).toEqual([
      true,
      5,
      false,
      null,
    ]);

    const t = await server.enrol('ende');
    const pulled = await server.pullAll(t.token, 'products');
    expect(pulled.items.find((p) => p.id === kopi.id)).toMatchObject({ perishable: true, minimumStock: 5 });

    const terminal = { id: t.terminalId, outletId: t.outletId };
    const now = new Date().toISOString();
    const today = businessDate(now);
    const soon = addDays(today, 10);
    const receiving = receivingEvent(
      terminal,
      1,
      [
        { productId: kopi.id, quantity: 8, expiry: soon },
        { productId: tenun.id, quantity: 2 },
      ],
      now,
    );
    // Line 1 sells kopi (quantity 1 + (seq + 0) % 3 = 3 for seq 2).
    const sale = saleEvent({ terminal, seq: 2, products: [kopi], lineCount: 1, completedAt: now });
    expect(sale.payload.lines[0]!.quantity).toBe(3);
    const reply = await server.push(t.token, [receiving, sale]);
    expect(reply.body.results.map((r) => r.status === 'stored' && r.quarantined)).toEqual([false, false]);

    const low = await admin('report', 'stock', 'ende', '--low');
    expect(low).toContain('Kopi Bajawa');
    expect(low).toContain('MENIPIS');
    expect(low).not.toContain('Tenun Sikka');

    const adminToken = /^(nttadm_\S+)$/m.exec(await admin('admin-token', 'create', 'gudang'))![1]!;
    const report = await server.request<StockReport>('GET', '/v1/admin/reports/stock/ende', { token: adminToken });
    expect(report.status).toBe(200);
    expect(report.body.rows).toEqual([
      {
        productId: kopi.id,
        name: 'Kopi Bajawa',
        category: 'Lainnya',
        unit: 'pcs',
        soldBy: 'unit',
        onHand: 5,
        minimum: 5,
        status: 'low',
        soldInWindow: 3,
        // 5 on hand at 3 per 28 days.
        daysOfCover: 46,
        // ceil(3/28 × (7 + 14)) + 5 − 5 on hand.
        suggestedOrder: 3,
        expiring: [{ expiry: soon, remaining: 5, expired: false }],
      },
      expect.objectContaining({ productId: tenun.id, onHand: 2, minimum: null, status: 'ok', expiring: [] }),
    ]);
    expect((await server.request('GET', '/v1/admin/reports/stock/ende')).status).toBe(401);
    expect((await server.request('GET', '/v1/admin/reports/stock/nowhere', { token: adminToken })).status).toBe(404);
  });
});
