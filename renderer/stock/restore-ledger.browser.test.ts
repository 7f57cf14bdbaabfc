import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { parseBarcode, withCheckDigit } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { addProduct, addScan, EMPTY_CART, type Cart } from '#domain/checkout/cart';
import { rupiah } from '#domain/money';
import { toOutletId } from '#domain/outlet/terminal';
import { toShiftId } from '#domain/shift/shift';
import { toBusinessDate } from '#domain/wita';
import type { JournalSnapshot } from '#bridge/journal-entry';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { testNipKeyer } from '../asn/test-nip-keyer';
import { completeSale } from '../checkout/complete-sale';
import { restoreFromJournal } from '../journal/rebuild';
import { completeRefund, findSaleToRefund } from '../refunds/refund-commands';
import { DexieSyncStore } from '../sync/dexie-sync-store';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { receiveGoods } from './receive-goods';
import { receiveTransfer } from './receive-transfer';
import { sendTransfer } from './send-transfer';
import { approveStockTake, countProduct, startStockTake } from './stock-take';
import { writeOff } from './write-off';

const freshDb = useFreshDatabases();
const product = (id: string, name: string, over: Partial<Product>): Product => ({
  ...{ id, name, barcode: null, plu: null, price: rupiah(65_000), soldBy: 'unit', active: true },
  ...{ supplier: 'Koperasi Kopi Bajawa', category: 'Kopi & Teh', unit: 'bungkus' },
  ...over,
});
const kopi = product('kopi', 'Kopi Arabika Bajawa 250 g', { barcode: withCheckDigit('899512010002') });
const sei = product('sei', "Se'i Sapi Curah", { plu: '1001', soldBy: 'weight', unit: 'kg', price: rupiah(320_000) });
const manager = { id: 'm1', name: 'Yohanes' };
const cashier = { id: 'k1', name: 'Maria' };
const shiftId = toShiftId('019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f');
const at = (minute: number) => new Date(Date.UTC(2026, 11, 21, 3, minute));

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Two bungkus of kopi and 500 g of se'i from a scale label. */
function cart(): Cart {
  const withKopi = must(addProduct(must(addProduct(EMPTY_CART, kopi)).cart, kopi)).cart;
  const label = must(parseBarcode(withCheckDigit('251001000500')));
  return must(addScan(withKopi, label, { byBarcode: () => undefined, byPlu: () => sei })).cart;
}

/** A day at the outlet: every document that moves stock, none acknowledged yet. */
async function trade(db: PosDatabase): Promise<void> {
  const identity = DEMO_IDENTITY;
  const line = (p: Product, quantity: number, expiry: string | null) =>
    ({ product: p, newProduct: null, quantity, unitCost: 40_000, expiry }) as const;
  must(
    await receiveGoods(db, {
      identity,
      receivedBy: manager,
      supplier: 'Koperasi Kopi Bajawa',
      deliveryNote: 'SJ-1',
      lines: [line(kopi, 10, '2027-03-01'), line(kopi, 4, '2027-01-15'), line(sei, 2000, '2027-01-02')],
      now: at(0),
    }),
  );
  const { sale } = must(
    await completeSale(
      db,
      {
        cart: cart(),
        payments: [{ method: 'cash', amount: rupiah(290_000), tendered: rupiah(300_000), reference: null }],
        identity,
        cashier,
        shiftId,
        asn: null,
        now: at(5),
      },
      testNipKeyer,
    ),
  );
  const subject = must(await findSaleToRefund(db, sale.receiptNo))!;
  must(
    await completeRefund(
      db,
      identity,
      { subject, picks: [[2, 1]], method: 'cash', reason: 'Salah timbang', cashier, shiftId, approvedBy: manager },
      at(10),
    ),
  );
  must(
    await sendTransfer(db, {
      identity,
      sentBy: manager,
      to: { id: toOutletId('ende'), name: 'NTT Mart Ende' },
      lines: [{ product: kopi, quantity: 3 }],
      now: at(15),
    }),
  );
  const store = new DexieSyncStore(db);
  const incoming = {
    id: uuidv7(),
    fromOutletId: toOutletId('ende'),
    fromOutletName: 'NTT Mart Ende',
    sentAt: at(1).toISOString(),
    sentBy: 'Maria',
    lines: [
      {
        ...{ lineNo: 1, productId: 'sei', name: sei.name, quantity: 1000 },
        batches: [
          { expiry: toBusinessDate('2027-02-01'), quantity: 600 },
          { expiry: null, quantity: 400 },
        ],
      },
    ],
    received: false,
  };
  await store.applyPage('transfers-in', { items: [incoming], cursor: 'c1', ackSerial: 0 }, null);
  const [transfer] = await db.incomingTransfers.toArray();
  must(
    await receiveTransfer(db, {
      identity,
      receivedBy: manager,
      transfer: transfer!,
      arrived: new Map([[1, 900]]),
      now: at(20),
    }),
  );
  must(
    await writeOff(db, {
      identity,
      staff: cashier,
      approvedBy: manager,
      reason: 'rusak',
      note: '',
      lines: [
        { product: kopi, quantity: 1, expiry: null },
        { product: sei, quantity: 100, expiry: null },
      ],
      now: at(25),
    }),
  );
  const take = must(await startStockTake(db, { by: manager, scope: { kind: 'outlet' }, now: at(30) }));
  must(await countProduct(db, { takeId: take.id, product: kopi, quantity: 5, mode: 'set', now: at(31) }));
  must(await countProduct(db, { takeId: take.id, product: sei, quantity: 2800, mode: 'set', now: at(32) }));
  must(await approveStockTake(db, { identity, takeId: take.id, approvedBy: manager, now: at(35) }));
}

/** What the Stok screen and the register read: on hand and what is left of each batch. */
async function ledgerOf(db: PosDatabase) {
  const levels = await db.stockLevels.orderBy('productId').toArray();
  const movements = await db.stockMovements.toArray();
  return {
    levels: levels.map((l) => ({
      productId: l.productId,
      onHand: l.onHand,
      unit: l.unit,
      nextExpiry: l.nextExpiry,
      batches: l.batches.map((b) => [b.expiry, b.remaining, b.receivedAt]),
    })),
    movements: movements.map((m) => [m.productId, m.reason, m.quantity, m.unit, m.occurredAt].join(' ')).sort(),
  };
}

describe('rebuilding the stock ledger from the journal (real IndexedDB)', () => {
  it('books the movements of every restored document again, write-offs and stock-takes too: the same on hand, batches and kartu stok', async () => {
    const before = freshDb();
    await before.products.bulkAdd([kopi, sei]);
    await trade(before);
    const expected = await ledgerOf(before);
    // 14 received − 2 sold − 3 sent − 1 written off − 3 short at the count;
    // 2000 g received − 500 g sold + 500 g refunded + 900 g arrived − 100 g written off, counted as it stood.
    expect(expected.levels.map((l) => [l.productId, l.onHand])).toEqual([
      ['kopi', 5],
      ['sei', 2800],
    ]);
    expect(expected.movements.filter((m) => / (written-off|counted) /.test(m))).toHaveLength(3);
    // 900 g of the 1000 g sent arrived, the 100 g short off the undated goods; the refund joins no batch.
    expect(expected.levels[1]!.batches.map(([expiry, remaining]) => [expiry, remaining])).toEqual([
      ['2027-01-02', 1400],
      ['2027-02-01', 600],
      [null, 300],
    ]);
    const events = await before.outbox.orderBy('seq').toArray();
    const snapshot: JournalSnapshot = {
      terminalId: DEMO_IDENTITY.terminalId,
      events,
      counters: (await before.counters.toArray()).map(({ name, value }) => ({ name, value })),
      lastSeq: events.at(-1)!.seq,
      shiftEvents: [],
    };

    const after = freshDb();
    // The catalog comes back before the journal is read on a terminal that had pulled it.
    await after.products.bulkAdd([kopi, sei]);
    expect(await restoreFromJournal(after, snapshot, null)).toBe(events.length);
    expect(await ledgerOf(after)).toEqual(expected);
    expect(await after.transfersSent.count()).toBe(1);
    expect(await after.transfersReceived.count()).toBe(1);
    expect(await after.writeOffs.count()).toBe(1);
    expect(await after.stockCounts.count()).toBe(1);
  });
});
