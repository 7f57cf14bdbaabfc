import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '#domain/wita';
import type { PurchaseOrderItem } from '#sync/protocol/streams';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import type { SyncEventOf } from '../protocol/events';
import { parseAdminCommand } from './command-line';
import { runAdminRequest } from './commands';

const SUPPLIER = 'Koperasi Kopi Ngada';
const MONTH = businessDate(new Date()).slice(0, 7);

describe.each(DATABASE_KINDS)('purchase orders on %s', (kind) => {
  let server: TestServer;
  let outright: CatalogProduct;
  let consigned: CatalogProduct;
  let other: CatalogProduct;
  let ende: { terminalId: string; outletId: string; token: string };
  let order: PurchaseOrderItem;
  const admin = async (...argv: string[]) =>
    (await runAdminRequest(server.db, { command: parseAdminCommand(argv) })).text;
  const refused = (...argv: string[]) => expect(admin(...argv)).rejects.toThrow();
  const receiveAgainst = (seq: number, quantity: number, purchaseOrderId: string): SyncEventOf<'stock.received'> => {
    const event = receivingEvent(
      { id: ende.terminalId, outletId: ende.outletId },
      seq,
      [{ productId: outright.id, quantity, unitCost: 3_000 }],
      new Date().toISOString(),
    );
    return { ...event, payload: { ...event.payload, purchaseOrderId } };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    [outright, consigned, other] = (await seedCatalog(server.db, 3)) as [
      CatalogProduct,
      CatalogProduct,
      CatalogProduct,
    ];
    await admin('supplier', 'terms', SUPPLIER, outright.id, 'beli-putus', '3000');
    await admin('supplier', 'terms', SUPPLIER, consigned.id, 'konsinyasi', '--price', '4000');
    // Nothing on hand and nothing sold: the suggestion is the minimum, for the product that has one.
    await admin('stock', 'minimum', 'ende', outright.id, '10');
    ende = await server.enrol('ende');
  });
  afterAll(() => server?.close());

  it('refuses an order before the province has set the outlet a budget', async () => {
    await expect(admin('po', 'raise', 'ende', SUPPLIER)).rejects.toThrow(
      /Anggaran pembelian NTT Mart Ende untuk .* belum ditetapkan provinsi/,
    );
  });

  it('raises an order from the replenishment suggestion within the budget, with its WhatsApp text', async () => {
    expect(await admin('po', 'budget', 'ende', MONTH, '50000')).toMatch(
      /Anggaran pembelian NTT Mart Ende .*: Rp\s50\.000; sudah dipesan Rp\s0; sisa Rp\s50\.000\./,
    );
    const text = await admin('po', 'raise', 'ende', SUPPLIER, '--by', 'Bidang Perdagangan');
    expect(text).toMatch(/Pesanan PO-0+1 untuk Koperasi Kopi Ngada \(NTT Mart Ende\) dibuat: 1 baris, Rp\s30\.000\./);
    expect(text).toMatch(/Sisa anggaran pembelian .*: Rp\s20\.000\./);
    expect(text).toContain(`1. ${outright.name} — 10 pcs × Rp\u00a03.000`);
    expect(text).toContain('Dipesan oleh: Bidang Perdagangan');
    const { items } = await server.pullAll<PurchaseOrderItem>(ende.token, 'purchase-orders');
    expect(items).toMatchObject([
      {
        number: 'PO-000001',
        supplierName: SUPPLIER,
        status: 'open',
        raisedBy: 'Bidang Perdagangan',
        lines: [{ lineNo: 1, productId: outright.id, quantity: 10, unitCost: 3_000, received: 0, kind: 'beli-putus' }],
      },
    ]);
    order = items[0]!;
    const bystander = await server.enrol('ngada');
    expect((await server.pullAll(bystander.token, 'purchase-orders')).items).toEqual([]);
  });

  it('refuses an order over the budget left, showing it; consigned lines do not spend it', async () => {
    // What the suggestion wanted is on order already: nothing more to suggest.
    await expect(admin('po', 'raise', 'ende', SUPPLIER)).rejects.toThrow(
      'Tidak ada saran pesan untuk Koperasi Kopi Ngada di NTT Mart Ende',
    );
    await expect(admin('po', 'raise', 'ende', SUPPLIER, '--line', `${outright.id}=7`)).rejects.toThrow(
      /Pesanan Rp\s21\.000 melebihi sisa anggaran pembelian NTT Mart Ende untuk .*: sisa Rp\s20\.000 \(anggaran Rp\s50\.000, sudah dipesan Rp\s30\.000\)\./,
    );
    expect(await admin('po', 'raise', 'ende', SUPPLIER, '--line', `${consigned.id}=40`)).toMatch(
      /PO-0+2 .* Rp\s160\.000\.\nSisa anggaran pembelian .*: Rp\s20\.000\./,
    );
  });

  it('refuses quantities of zero or below, an unknown supplier and a product the supplier does not supply', async () => {
    await expect(admin('po', 'raise', 'ende', SUPPLIER, '--line', `${outright.id}=0`)).rejects.toThrow(
      `${outright.name}: Jumlah harus lebih dari nol.`,
    );
    await expect(admin('po', 'raise', 'ende', SUPPLIER, '--line', `${outright.id}=-2`)).rejects.toThrow(
      `${outright.name}: Jumlah tidak boleh negatif.`,
    );
    await expect(admin('po', 'raise', 'ende', 'UMKM Fiktif')).rejects.toThrow('UMKM "UMKM Fiktif" tidak dikenal');
    await expect(admin('po', 'raise', 'ende', SUPPLIER, '--line', `${other.id}=2`)).rejects.toThrow(
      `Produk "${other.id}" tidak dipasok ${SUPPLIER}`,
    );
    await refused('po', 'raise', 'ende');
    expect((await admin('po', 'list')).split('\n')).toHaveLength(3);
  });

  it('follows receivings against the order: partial, then received with the extra flagged', async () => {
    const first = await server.push(ende.token, [receiveAgainst(1, 4, order.id)]);
    expect(first.body.results[0]).toMatchObject({ status: 'stored', quarantined: false });
    let pulled = await server.pullAll<PurchaseOrderItem>(ende.token, 'purchase-orders');
    expect(pulled.items.find((i) => i.id === order.id)).toMatchObject({ status: 'partial', lines: [{ received: 4 }] });
    await server.push(ende.token, [receiveAgainst(2, 8, order.id)]);
    pulled = await server.pullAll<PurchaseOrderItem>(ende.token, 'purchase-orders', 1000, pulled.cursor);
    expect(pulled.items).toMatchObject([{ id: order.id, status: 'received', lines: [{ quantity: 10, received: 12 }] }]);
    const shown = await admin('po', 'show', 'PO-000001');
    expect(shown).toContain('Status: diterima lengkap');
    expect(shown).toMatch(new RegExp(`${outright.name} +10 pcs +12 pcs +Lebih 2 dari pesanan \\(10\\)`));
  });

  it('quarantines a receiving against an order that is not the outlet’s', async () => {
    const stray = await server.push(ende.token, [receiveAgainst(3, 1, uuidv7())]);
    expect(stray.body.results[0]).toMatchObject({ quarantined: true });
  });

  it("takes an outlet manager's order from the terminal within the same budget, and refuses what breaks the rules", async () => {
    const raise = (body: unknown) =>
      server.request<{ order?: PurchaseOrderItem; budgetLeft?: number; error?: { code: string; message: string } }>(
        'POST',
        '/v1/sync/purchase-orders',
        { token: ende.token, body },
      );
    const order = (quantity: number, supplier = SUPPLIER, productId = outright.id) => ({
      supplier,
      raisedBy: 'Agustina Bere',
      lines: [{ productId, quantity }],
    });
    const made = await raise(order(2));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      order: {
        number: 'PO-000003',
        raisedBy: 'Agustina Bere',
        status: 'open',
        lines: [{ quantity: 2, unitCost: 3_000 }],
      },
      budgetLeft: 14_000,
    });
    expect(
      (await server.pullAll<PurchaseOrderItem>(ende.token, 'purchase-orders')).items.map((i) => i.number),
    ).toContain('PO-000003');
    const over = await raise(order(5));
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ code: 'order-refused' });
    expect(over.body.error!.message).toMatch(/Pesanan Rp\s15\.000 melebihi sisa anggaran .*: sisa Rp\s14\.000/);
    expect((await raise(order(0))).body.error!.message).toBe(`${outright.name}: Jumlah harus lebih dari nol.`);
    expect((await raise(order(1, 'UMKM Fiktif'))).body.error!.message).toBe(
      'UMKM "UMKM Fiktif" tidak terdaftar di provinsi: pesanan tidak bisa dibuat.',
    );
    expect((await raise(order(1, SUPPLIER, other.id))).body.error!.message).toBe(
      `${other.name} tidak dipasok ${SUPPLIER} menurut syarat pasok provinsi.`,
    );
    expect((await raise({ supplier: SUPPLIER, raisedBy: 'x', lines: [] })).status).toBe(400);
  });
});
