import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { toOutletId } from '#domain/outlet/terminal';
import { toBusinessDate } from '#domain/wita';
import { transferReceivedEventSchema, transferSentEventSchema } from '#sync/protocol/events';
import type { TransferSent } from '#sync/protocol/stock';
import type { TransferInItem } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { DexiePrintJobStore } from '../print/print-queue';
import { DexieSyncStore } from '../sync/dexie-sync-store';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { receiveGoods } from './receive-goods';
import { receiveTransfer } from './receive-transfer';
import { sendTransfer, type SendTransferInput } from './send-transfer';
import { onlyExpiredLeft } from './stock-figure';

const freshDb = useFreshDatabases();
const product = (id: string, name: string, body: string, over: Partial<Product> = {}): Product => ({
  ...{ id, name, barcode: withCheckDigit(body), plu: null, price: rupiah(65_000), soldBy: 'unit', active: true },
  ...{ supplier: 'Koperasi Kopi Bajawa', category: 'Kopi & Teh', unit: 'bungkus' },
  ...over,
});
const kopi = product('kopi', 'Kopi Arabika Bajawa 250 g', '899512010002');
const gula = product('gula', 'Gula Aren Ende', '899512010019', { soldBy: 'weight', unit: 'kg', barcode: null });
const manager = { id: 'm1', name: 'Yohanes' };
const now = new Date('2026-12-21T03:15:00Z');
const ende = { id: toOutletId('ende'), name: 'NTT Mart Ende' };
/** This outlet's manager sends `lines` to Ende. */
const send = (db: PosDatabase, lines: SendTransferInput['lines']) =>
  sendTransfer(db, { identity: DEMO_IDENTITY, sentBy: manager, to: ende, lines, now });

describe('transfers between outlets (real IndexedDB)', () => {
  it('sends: stock leaves as transfer-out, with the event and the slip in one commit', async () => {
    const db = freshDb();
    const result = await send(db, [
      { product: kopi, quantity: 4 },
      { product: gula, quantity: 1500 },
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(await db.transfersSent.get(result.value.id)).toEqual(result.value);
    expect(await db.stockLevels.get('kopi')).toMatchObject({ onHand: -4, unit: 'unit' });
    expect(await db.stockLevels.get('gula')).toMatchObject({ onHand: -1500, unit: 'g' });
    const [event] = await db.outbox.toArray();
    expect(transferSentEventSchema.parse(event).payload).toMatchObject({
      toOutletId: 'ende',
      // Nothing was received here: what no batch covers goes without an expiry.
      lines: [
        { quantity: 4, batches: [{ expiry: null, quantity: 4 }] },
        { quantity: 1500, batches: [{ expiry: null, quantity: 1500 }] },
      ],
    });
    const [job] = await new DexiePrintJobStore(db).unfinished();
    expect(job!.request).toMatchObject({ kind: 'transfer-slip', toOutletName: 'NTT Mart Ende', weighedLines: [2] });
  });

  it.each([
    ['a transfer with no destination', null, 4, 'Pilih outlet tujuan mutasi.'],
    [
      'its own outlet',
      { id: DEMO_IDENTITY.outletId, name: 'sini' },
      4,
      'Mutasi tidak bisa dikirim ke outlet pengirim sendiri.',
    ],
    [
      'a fractional quantity',
      ende,
      1.5,
      'Kopi Arabika Bajawa 250 g: Jumlah harus bilangan bulat (gram untuk barang timbangan).',
    ],
    ['a negative quantity', ende, -2, 'Kopi Arabika Bajawa 250 g: Jumlah tidak boleh negatif.'],
  ] as const)('refuses %s with a message and writes nothing', async (_, to, quantity, message) => {
    const db = freshDb();
    const result = await sendTransfer(db, {
      identity: DEMO_IDENTITY,
      sentBy: manager,
      to,
      lines: [{ product: kopi, quantity }],
      now,
    });
    expect(result).toMatchObject({ ok: false, error: { message } });
    expect([await db.transfersSent.count(), await db.stockLevels.count(), await db.outbox.count()]).toEqual([0, 0, 0]);
  });

  it('receives a pulled transfer once: what arrived goes in, the difference is kept, a second receiving is refused', async () => {
    const db = freshDb();
    await db.products.bulkAdd([kopi, gula]);
    const pulled: TransferInItem = {
      id: uuidv7(),
      fromOutletId: ende.id,
      fromOutletName: ende.name,
      sentAt: now.toISOString(),
      sentBy: 'Maria',
      lines: [
        { lineNo: 1, productId: 'kopi', name: kopi.name, quantity: 5 },
        { lineNo: 2, productId: 'gula', name: gula.name, quantity: 2000 },
      ],
      received: false,
    };
    const store = new DexieSyncStore(db);
    await store.applyPage('transfers-in', { items: [pulled], cursor: 'c1', ackSerial: 0 }, null);
    const [incoming] = await db.incomingTransfers.toArray();
    expect(incoming).toEqual({ ...pulled, received: undefined });

    const arrived = new Map([
      [1, 4],
      [2, 2000],
    ]);
    const input = { identity: DEMO_IDENTITY, receivedBy: manager, transfer: incoming!, arrived, now };
    const tooMany = await receiveTransfer(db, {
      ...input,
      arrived: new Map([
        [1, 6],
        [2, 0],
      ]),
    });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'more-than-sent' } });

    const result = await receiveTransfer(db, input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.lines.map((l) => [l.sent, l.received])).toEqual([
      [5, 4],
      [2000, 2000],
    ]);
    expect(await db.incomingTransfers.count()).toBe(0);
    expect(await db.stockLevels.get('kopi')).toMatchObject({ onHand: 4 });
    expect(await db.stockLevels.get('gula')).toMatchObject({ onHand: 2000, unit: 'g' });
    expect(transferReceivedEventSchema.parse((await db.outbox.toArray())[0]).payload).toEqual(result.value);

    expect(await receiveTransfer(db, input)).toMatchObject({
      ok: false,
      error: { message: 'Mutasi ini sudah diterima sebelumnya: stok tidak ditambah lagi.' },
    });
    // The server has not heard of the receiving yet: a pull still says open, and it stays received here.
    await store.applyPage('transfers-in', { items: [pulled], cursor: 'c2', ackSerial: 0 }, null);
    expect(await db.incomingTransfers.count()).toBe(0);
    expect(await db.stockLevels.get('kopi')).toMatchObject({ onHand: 4 });
  });

  describe('carries the expiries of what was sent', () => {
    const kupang = { id: DEMO_IDENTITY.outletId, name: 'NTT Mart Kupang' };
    const atEnde = { ...DEMO_IDENTITY, outletId: ende.id };

    /** Kupang received kopi in two batches and sends 6 (and 1 more on a second line) to Ende. */
    async function sent() {
      const a = freshDb();
      await a.products.add(kopi);
      const line = (quantity: number, expiry: string) =>
        ({ product: kopi, newProduct: null, quantity, unitCost: 40_000, expiry }) as const;
      const receiving = await receiveGoods(a, {
        identity: DEMO_IDENTITY,
        receivedBy: manager,
        supplier: 'Koperasi Kopi Bajawa',
        deliveryNote: 'SJ-1',
        lines: [line(10, '2027-03-01'), line(4, '2027-01-15')],
        now,
      });
      if (!receiving.ok) throw new Error(receiving.error.message);
      const result = await send(a, [
        { product: kopi, quantity: 6 },
        { product: kopi, quantity: 1 },
      ]);
      if (!result.ok) throw new Error(result.error.message);
      return { a, transfer: result.value };
    }

    /** Ende pulls the transfer and receives what arrived of each line. */
    async function received(transfer: TransferSent, arrived: [number, number]) {
      const b = freshDb();
      await b.products.add(kopi);
      const item: TransferInItem = {
        id: transfer.id,
        fromOutletId: kupang.id,
        fromOutletName: kupang.name,
        sentAt: transfer.sentAt,
        sentBy: transfer.sentBy.name,
        lines: transfer.lines,
        received: false,
      };
      await new DexieSyncStore(b).applyPage('transfers-in', { items: [item], cursor: 'c1', ackSerial: 0 }, null);
      const [incoming] = await b.incomingTransfers.toArray();
      const result = await receiveTransfer(b, {
        identity: atEnde,
        receivedBy: manager,
        transfer: incoming!,
        arrived: new Map([
          [1, arrived[0]],
          [2, arrived[1]],
        ]),
        now,
      });
      if (!result.ok) throw new Error(result.error.message);
      const level = await b.stockLevels.get('kopi');
      return { receiving: result.value, level, batches: level!.batches.map((x) => [x.expiry, x.remaining]) };
    }

    it('sends each line with the expiries it takes, earliest first', async () => {
      const { a, transfer } = await sent();
      expect(transfer.lines.map((l) => l.batches)).toEqual([
        [
          { expiry: '2027-01-15', quantity: 4 },
          { expiry: '2027-03-01', quantity: 2 },
        ],
        [{ expiry: '2027-03-01', quantity: 1 }],
      ]);
      expect((await a.stockLevels.get('kopi'))!.batches.map((x) => [x.expiry, x.remaining])).toEqual([
        ['2027-03-01', 7],
      ]);
    });

    it('puts what arrived on the shelf in batches with those expiries, earliest first', async () => {
      const { transfer } = await sent();
      const { receiving, level, batches } = await received(transfer, [6, 1]);
      expect(batches).toEqual([
        ['2027-01-15', 4],
        ['2027-03-01', 2],
        ['2027-03-01', 1],
      ]);
      expect(level).toMatchObject({ onHand: 7, nextExpiry: '2027-01-15' });
      expect(receiving.lines.map((l) => l.batches)).toEqual([
        [
          { expiry: '2027-01-15', quantity: 4 },
          { expiry: '2027-03-01', quantity: 2 },
        ],
        [{ expiry: '2027-03-01', quantity: 1 }],
      ]);
      expect(onlyExpiredLeft(level, toBusinessDate('2027-03-02'))).toBe(true);
      expect(onlyExpiredLeft(level, toBusinessDate('2027-02-01'))).toBe(false);
    });

    it('takes a shortage off the latest-expiring goods', async () => {
      const { transfer } = await sent();
      const { batches } = await received(transfer, [4, 0]);
      expect(batches).toEqual([['2027-01-15', 4]]);
      expect((await received(transfer, [5, 0])).batches).toEqual([
        ['2027-01-15', 4],
        ['2027-03-01', 1],
      ]);
    });
  });
});
