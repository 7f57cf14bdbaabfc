import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { toOutletId } from '#domain/outlet/terminal';
import { OUTLETS_SETTING } from '#sync/protocol/streams';
import type { StockMovement } from '../db/rows';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments } from '../outbox/commit';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';
import { receiveGoods } from './receive-goods';
import { sendTransfer } from './send-transfer';
import { soldInWindow, stockCardPage, type StockCardCursor, type StockCardRow } from './stock-card';

const freshDb = useFreshDatabases();
const kopi: Product = {
  ...{ id: 'kopi', name: 'Kopi Arabika Bajawa 250 g', barcode: withCheckDigit('899512010002'), plu: null },
  ...{ price: rupiah(65_000), soldBy: 'unit', active: true, supplier: 'Koperasi Kopi Bajawa' },
  ...{ category: 'Kopi & Teh', unit: 'bungkus' },
};
const manager = { id: 'm1', name: 'Yohanes' };

/** A sale movement of `quantity` units at `at`. */
const sold = (at: string, quantity: number, productId = 'kopi'): StockMovement => ({
  id: uuidv7(),
  productId,
  saleId: uuidv7(),
  reason: 'sale',
  quantity: -quantity,
  unit: 'unit',
  occurredAt: at,
});

describe('the kartu stok (real IndexedDB)', () => {
  it('names each document, newest first, with the balance after each movement', async () => {
    const db = freshDb();
    await db.serverSettings.put({ key: OUTLETS_SETTING, value: [{ id: 'ende', name: 'NTT Mart Ende' }] });
    const received = await receiveGoods(db, {
      identity: DEMO_IDENTITY,
      receivedBy: manager,
      supplier: 'Koperasi Kopi Bajawa',
      deliveryNote: 'SJ-77',
      lines: [{ product: kopi, newProduct: null, quantity: 12, unitCost: 40_000, expiry: '2027-02-01' }],
      now: new Date('2026-12-20T01:00:00Z'),
    });
    expect(received.ok).toBe(true);
    await sendTransfer(db, {
      identity: DEMO_IDENTITY,
      sentBy: manager,
      to: { id: toOutletId('ende'), name: 'NTT Mart Ende' },
      lines: [{ product: kopi, quantity: 5 }],
      now: new Date('2026-12-21T01:00:00Z'),
    });
    const page = await stockCardPage(db, 'kopi', null);
    expect(page.older).toBeNull();
    expect(page.rows.map((r) => [r.reason, r.reference, r.in, r.out, r.balance, r.expiry])).toEqual([
      ['transfer-out', 'ke NTT Mart Ende', null, 5, 7, null],
      ['received', 'Koperasi Kopi Bajawa · surat jalan SJ-77', 12, null, 12, '2027-02-01'],
    ]);
  });

  it('pages back through a long ledger, every movement once, movements at one instant across pages included', async () => {
    const db = freshDb();
    const start = Date.parse('2026-01-01T00:00:00Z');
    const movements = Array.from({ length: 130 }, (_, i) =>
      // Five sales share each instant, so page boundaries fall inside a group.
      sold(new Date(start + Math.floor(i / 5) * 3_600_000).toISOString(), 1 + (i % 3)),
    );
    const other = sold('2026-01-01T05:00:00.000Z', 9, 'teh');
    await commitDocuments(db, {
      receiptDate: null,
      stores: [...LEDGER_STORES],
      plan: () => ({ writes: ledgerWrites([...movements, other]), events: [], result: null }),
    });
    const onHand = (await db.stockLevels.get('kopi'))!.onHand;
    expect(onHand).toBe(-movements.reduce((n, m) => n - m.quantity, 0));

    const rows: StockCardRow[] = [];
    let cursor: StockCardCursor | null = null;
    let pages = 0;
    do {
      const page = await stockCardPage(db, 'kopi', cursor, 7);
      rows.push(...page.rows);
      cursor = page.older;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(130 / 7));
    expect(new Set(rows.map((r) => r.id)).size).toBe(130);
    expect(rows.map((r) => r.id).sort()).toEqual(movements.map((m) => m.id).sort());
    expect(rows.map((r) => r.occurredAt)).toEqual([...rows.map((r) => r.occurredAt)].sort().reverse());
    expect(rows[0]!.balance).toBe(onHand);
    // Each balance is the one before it, less what went out in between; the oldest left nothing before it.
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.balance).toBe(rows[i - 1]!.balance + rows[i - 1]!.out!);
    expect(rows.at(-1)!.balance + rows.at(-1)!.out!).toBe(0);
  });

  it('sums the last 28 days of sales net of refunds, not older ones nor other products', async () => {
    const db = freshDb();
    // 21/12 08:00 WITA: the window opens 24/11 00:00 WITA (23/11 16:00 UTC).
    const now = new Date('2026-12-21T00:00:00Z');
    const refund: StockMovement = {
      id: uuidv7(),
      productId: 'kopi',
      saleId: uuidv7(),
      refundId: uuidv7(),
      reason: 'refund',
      quantity: 1,
      unit: 'unit',
      occurredAt: '2026-12-20T00:00:00.000Z',
    };
    await db.stockMovements.bulkAdd([
      sold('2026-11-23T16:00:00.000Z', 4),
      sold('2026-12-10T00:00:00.000Z', 3),
      sold('2026-11-23T15:59:59.999Z', 50),
      sold('2026-12-10T00:00:00.000Z', 8, 'teh'),
      refund,
    ]);
    expect(await soldInWindow(db, 'kopi', now)).toBe(6);
  });
});
