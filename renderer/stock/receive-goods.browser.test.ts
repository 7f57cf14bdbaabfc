import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { toBusinessDate } from '#domain/wita';
import { stockReceivedEventSchema } from '#sync/protocol/events';
import type { PurchaseOrderItem } from '#sync/protocol/streams';
import { useFreshDatabases } from '../db/test-databases';
import { DexiePrintJobStore } from '../print/print-queue';
import { DexieSyncStore } from '../sync/dexie-sync-store';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { receiveGoods, type ReceivingInput } from './receive-goods';

const freshDb = useFreshDatabases();
/** A product of the Bajawa coffee co-operative, by the body of its EAN-13. */
const coffee = (id: string, name: string, body: string, over: Partial<Product> = {}): Product => ({
  ...{ id, name, barcode: withCheckDigit(body), plu: null, price: rupiah(65_000), soldBy: 'unit', active: true },
  ...{ supplier: 'Koperasi Kopi Bajawa', category: 'Kopi & Teh', unit: 'bungkus' },
  ...over,
});
const kopi = coffee('kopi', 'Kopi Arabika Bajawa 250 g', '899512010002');
const sambal = coffee('sambal', "Sambal Lu'at", '899512010019', { perishable: true });
const manager = { id: 'm1', name: 'Yohanes' };
const now = new Date('2026-12-21T03:15:00Z');

const input = (over: Partial<ReceivingInput> = {}): ReceivingInput => ({
  identity: DEMO_IDENTITY,
  receivedBy: manager,
  supplier: 'Koperasi Kopi Bajawa',
  deliveryNote: 'SJ-77',
  lines: [
    { product: kopi, newProduct: null, quantity: 24, unitCost: 50_000, expiry: null },
    { product: sambal, newProduct: null, quantity: 10, unitCost: 12_000, expiry: '2027-03-01' },
    {
      product: null,
      newProduct: {
        name: 'Keripik Pisang Kepok',
        proposedPrice: 15_000,
        barcode: '',
        soldBy: 'unit',
        unit: 'bungkus',
        category: 'Camilan',
        perishable: false,
      },
      quantity: 30,
      unitCost: 8_500,
      expiry: null,
    },
  ],
  now,
  ...over,
});

describe('receiveGoods (real IndexedDB)', () => {
  it('records the receiving, its batches, the new product, the event and the BAST in one commit', async () => {
    const db = freshDb();
    await db.products.bulkAdd([kopi, sambal]);
    const result = await receiveGoods(db, input());
    if (!result.ok) throw new Error(result.error.message);
    const receiving = result.value;
    expect(receiving).toMatchObject({ supplier: 'Koperasi Kopi Bajawa', deliveryNote: 'SJ-77', total: 1_575_000 });
    expect(await db.stockReceipts.get(receiving.id)).toEqual(receiving);

    const created = await db.products.get(receiving.lines[2]!.productId);
    expect(created).toMatchObject({
      name: 'Keripik Pisang Kepok',
      price: 15_000,
      active: true,
      barcode: '2100000000012',
    });
    expect(receiving.lines[2]!.newProduct).toMatchObject({ barcode: '2100000000012', proposedPrice: 15_000 });

    expect(await db.stockLevels.get('kopi')).toMatchObject({ onHand: 24, unit: 'unit' });
    expect(await db.stockLevels.get('sambal')).toMatchObject({ onHand: 10, nextExpiry: '2027-03-01' });
    expect(await db.stockLevels.get(created!.id)).toMatchObject({ onHand: 30 });
    expect(await db.stockMovements.where('documentId').equals(receiving.id).count()).toBe(3);

    const [event] = await db.outbox.toArray();
    expect(stockReceivedEventSchema.parse(event)).toMatchObject({ seq: 1, payload: receiving });
    const [job] = await new DexiePrintJobStore(db).unfinished();
    expect(job!.request).toMatchObject({ kind: 'bast', receiving, weighedLines: [] });
  });

  it.each([
    ['no supplier', { supplier: '  ' }, 'Pemasok (UMKM) harus diisi.'],
    [
      'a perishable line without expiry',
      { lines: [{ product: sambal, newProduct: null, quantity: 1, unitCost: 1, expiry: null }] },
      "Sambal Lu'at: tanggal kedaluwarsa wajib diisi.",
    ],
    [
      'an expiry in the past',
      { lines: [{ product: sambal, newProduct: null, quantity: 1, unitCost: 1, expiry: '2026-12-20' }] },
      "Sambal Lu'at: tanggal kedaluwarsa sudah lewat.",
    ],
    [
      'a fractional quantity',
      { lines: [{ product: kopi, newProduct: null, quantity: 1.5, unitCost: 1, expiry: null }] },
      'Kopi Arabika Bajawa 250 g: Jumlah harus bilangan bulat (gram untuk barang timbangan).',
    ],
    [
      'a new product with a barcode the catalog has',
      {
        lines: [
          {
            product: null,
            newProduct: { ...input().lines[2]!.newProduct!, barcode: kopi.barcode! },
            quantity: 1,
            unitCost: 1,
            expiry: null,
          },
        ],
      },
      `Barcode ${kopi.barcode} sudah dipakai Kopi Arabika Bajawa 250 g: pilih produk itu dari katalog.`,
    ],
  ] as [string, Partial<ReceivingInput>, string][])(
    'refuses %s with a message and writes nothing',
    async (_, over, message) => {
      const db = freshDb();
      await db.products.bulkAdd([kopi, sambal]);
      const result = await receiveGoods(db, input(over));
      expect(result).toMatchObject({ ok: false, error: { message } });
      expect([await db.stockReceipts.count(), await db.stockLevels.count(), await db.outbox.count()]).toEqual([
        0, 0, 0,
      ]);
    },
  );

  it('keeps a product received as new through a whole download of the province’s catalog', async () => {
    const db = freshDb();
    await db.products.bulkAdd([kopi, sambal]);
    const result = await receiveGoods(db, input());
    if (!result.ok) throw new Error(result.error.message);
    const created = result.value.lines[2]!.productId;
    const store = new DexieSyncStore(db);
    await store.beginStaging('products');
    const province = { ...kopi, perishable: false, minimumStock: 5, taxStatus: 'kena-ppn' as const };
    await store.stagePage('products', { items: [province], cursor: 'c1', ackSerial: 0 });
    await store.switchIn('products', {
      startedAt: '2026-12-21T04:00:00.000Z',
      endedAt: '2026-12-21T04:00:05.000Z',
      ackSerialAtStart: 0,
    });
    expect((await db.products.toArray()).map((p) => p.id).sort()).toEqual([created, 'kopi'].sort());
    expect(await db.products.get('kopi')).toMatchObject({ minimumStock: 5 });
  });

  it('receives against a purchase order pulled from the province: names it, and counts what arrived on its lines', async () => {
    const db = freshDb();
    await db.products.bulkAdd([kopi, sambal]);
    const order: PurchaseOrderItem = {
      id: '01938f2c-7a00-7000-8000-0000000000a1',
      number: 'PO-000042',
      supplierName: 'Koperasi Kopi Bajawa',
      date: toBusinessDate('2026-12-20'),
      raisedBy: 'provinsi',
      status: 'open',
      lines: [
        {
          ...{ lineNo: 1, productId: 'kopi', name: kopi.name, unit: 'bungkus', soldBy: 'unit', kind: 'beli-putus' },
          ...{ quantity: 24, unitCost: rupiah(50_000), received: 0 },
        },
      ],
    };
    const store = new DexieSyncStore(db);
    await store.applyPage('purchase-orders', { items: [order], cursor: 'c1', ackSerial: 0 }, null);
    const line = (quantity: number) => ({ product: kopi, newProduct: null, quantity, unitCost: 50_000, expiry: null });
    const first = await receiveGoods(
      db,
      input({ lines: [line(20)], purchaseOrder: (await db.purchaseOrders.get(order.id))! }),
    );
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.purchaseOrderId).toBe(order.id);
    expect(await db.purchaseOrders.get(order.id)).toMatchObject({ status: 'partial', lines: [{ received: 20 }] });
    // More than is left to arrive: taken as it came.
    await receiveGoods(db, input({ lines: [line(6)], purchaseOrder: (await db.purchaseOrders.get(order.id))! }));
    expect(await db.purchaseOrders.get(order.id)).toMatchObject({ status: 'received', lines: [{ received: 26 }] });
    const events = await db.outbox.toArray();
    expect(events.map((e) => (e.payload as { purchaseOrderId?: string }).purchaseOrderId)).toEqual([
      order.id,
      order.id,
    ]);
    // The province's word that it is received in full takes it off the terminal.
    const received = { ...order, status: 'received' as const, lines: [{ ...order.lines[0]!, received: 26 }] };
    await store.applyPage('purchase-orders', { items: [received], cursor: 'c2', ackSerial: 0 }, null);
    expect(await db.purchaseOrders.count()).toBe(0);
  });
});
