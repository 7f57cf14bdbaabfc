import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { runAdminCommand } from '#sync/admin/commands';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { businessDate } from '#domain/wita';
import { outletListSchema, transferInItemSchema, type TransferInItem } from '#sync/protocol/streams';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { MANAGER, receivingEvent, transferSentEvent } from '#tests/support/stock-fixtures';
import { seedCatalog, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import type { InTransitLine } from '../reports/in-transit';

describe.each(DATABASE_KINDS)('the transfers-in stream on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    products = await seedCatalog(server.db, 2);
  });
  afterAll(() => server.close());

  it('serves a transfer to its destination only, with the goods in transit in the stock report, and drops it once received', async () => {
    const [a, b] = products as [CatalogProduct, CatalogProduct];
    const sender = await server.enrol('ende');
    const receiver = await server.enrol('sikka');
    const bystander = await server.enrol('alor');
    const at = new Date().toISOString();
    const from = { id: sender.terminalId, outletId: 'ende' };
    const transferId = uuidv7();
    const sent = transferSentEvent(
      from,
      2,
      'sikka',
      [
        [a.id, 5],
        [b.id, 2],
      ],
      at,
      transferId,
    );
    const pushed = await server.push(sender.token, [
      receivingEvent(from, 1, [{ productId: a.id, quantity: 9 }], at),
      sent,
    ]);
    expect(pushed.body.results.map((r) => r.status === 'stored' && r.quarantined)).toEqual([false, false]);

    const first = await server.pullAll<TransferInItem>(receiver.token, 'transfers-in');
    expect(first.items.map((i) => transferInItemSchema.parse(i))).toEqual([
      {
        id: transferId,
        fromOutletId: 'ende',
        fromOutletName: 'NTT Mart Ende',
        sentAt: at,
        sentBy: MANAGER.name,
        lines: [
          { lineNo: 1, productId: a.id, name: `Produk ${a.id}`, quantity: 5 },
          { lineNo: 2, productId: b.id, name: `Produk ${b.id}`, quantity: 2 },
        ],
        received: false,
      },
    ]);
    expect((await server.pullAll(bystander.token, 'transfers-in')).items).toEqual([]);
    expect((await server.pullAll(sender.token, 'transfers-in')).items).toEqual([]);

    const adminToken = /^(nttadm_\S+)$/m.exec(
      await runAdminCommand(server.db, ['admin-token', 'create', 'gudang']),
    )![1]!;
    const transit = async (outlet: string) =>
      (
        await server.request<{ inTransit: InTransitLine[] }>('GET', `/v1/admin/reports/stock/${outlet}`, {
          token: adminToken,
        })
      ).body.inTransit;
    expect((await transit('ende')).map((l) => [l.direction, l.toOutletId, l.productId, l.quantity])).toEqual([
      ['out', 'sikka', a.id, 5],
      ['out', 'sikka', b.id, 2],
    ]);
    expect((await transit('sikka')).map((l) => [l.direction, l.fromOutletId, l.quantity])).toEqual([
      ['in', 'ende', 5],
      ['in', 'ende', 2],
    ]);
    expect(await runAdminCommand(server.db, ['report', 'stock', 'sikka'])).toMatch(/masuk dari +ende +Produk \S+ +5/);

    const received = syncEvent(
      'stock.transfer-received',
      1,
      {
        id: uuidv7(),
        outletId: toOutletId('sikka'),
        terminalId: toTerminalId(receiver.terminalId),
        training: false,
        transferId,
        fromOutletId: toOutletId('ende'),
        receivedAt: at,
        businessDate: businessDate(at),
        receivedBy: MANAGER,
        lines: [
          { lineNo: 1, productId: a.id, sent: 5, received: 4 },
          { lineNo: 2, productId: b.id, sent: 2, received: 2 },
        ],
      },
      at,
    );
    expect((await server.push(receiver.token, [received])).body.results[0]).toMatchObject({ quarantined: false });
    const next = await server.pullAll<TransferInItem>(receiver.token, 'transfers-in', 1000, first.cursor);
    expect(next.items.map((i) => [i.id, i.received])).toEqual([[transferId, true]]);
    expect(await transit('ende')).toEqual([]);
    expect(await transit('sikka')).toEqual([]);
  });

  it('gives every terminal the province outlets, for the destination of a transfer', async () => {
    const t = await server.enrol('belu');
    const { items } = await server.pullAll<{ key: string; value: unknown }>(t.token, 'settings');
    const outlets = outletListSchema.parse(items.find((i) => i.key === 'outlets')?.value);
    expect(outlets).toHaveLength(22);
    expect(outlets).toContainEqual({ id: 'belu', name: 'NTT Mart Belu' });
  });
});
