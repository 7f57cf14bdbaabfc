import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '#domain/catalog/barcode';
import { addProduct, EMPTY_CART } from '#domain/checkout/cart';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { toShiftId } from '#domain/shift/shift';
import { toBusinessDate } from '#domain/wita';
import { auditRecordedEventSchema, saleRefundedEventSchema, stockWrittenOffEventSchema } from '#sync/protocol/events';
import { completeSale } from '../checkout/complete-sale';
import type { StockMovement } from '../db/rows';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments } from '../outbox/commit';
import { DexiePrintJobStore } from '../print/print-queue';
import { completeRefund } from '../refunds/refund-commands';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';
import { expiredLines, writeOff } from './write-off';

const freshDb = useFreshDatabases();
const identity = { ...DEMO_IDENTITY, outletCode: 'MBR', terminalCode: 'T01' };
const product = (id: string, name: string, body: string, over: Partial<Product> = {}): Product => ({
  ...{ id, name, barcode: withCheckDigit(body), plu: null, price: rupiah(25_000), soldBy: 'unit', active: true },
  ...{ supplier: 'UMKM Manggarai', category: 'Bumbu', unit: 'botol' },
  ...over,
});
const sambal = product('sambal', "Sambal Lu'at", '899512010002');
const ikan = product('ikan', 'Ikan Kerapu Asap', '899512010019', { soldBy: 'weight', unit: 'kg', barcode: null });
const manager = { id: 'm1', name: 'Yohanes' };
const now = new Date('2026-12-21T03:15:00Z');
const today = toBusinessDate('2026-12-21');

async function receive(db: ReturnType<typeof freshDb>, productId: string, quantity: number, expiry: string | null) {
  const movement: StockMovement = {
    id: uuidv7(),
    productId,
    quantity,
    unit: productId === 'ikan' ? 'g' : 'unit',
    occurredAt: '2026-12-01T01:00:00Z',
    reason: 'received',
    documentId: uuidv7(),
    batchId: uuidv7(),
    unitCost: 10_000,
    expiry,
  };
  await commitDocuments(db, {
    receiptDate: null,
    stores: LEDGER_STORES,
    plan: () => ({ writes: ledgerWrites([movement]), events: [], result: null }),
  });
}

describe('write-offs (real IndexedDB)', () => {
  it('books written-off movements and levels, the event and the slip in one commit, expired batch first', async () => {
    const db = freshDb();
    await receive(db, 'sambal', 4, '2027-03-01');
    await receive(db, 'sambal', 3, '2026-12-10');
    await receive(db, 'ikan', 2000, null);
    const result = await writeOff(db, {
      identity,
      staff: { id: 'k1', name: 'Maria' },
      approvedBy: manager,
      reason: 'kedaluwarsa',
      note: ' rak pendingin mati ',
      lines: [
        { product: sambal, quantity: 3, expiry: '2026-12-10' },
        { product: ikan, quantity: 750, expiry: null },
      ],
      now,
    });
    if (!result.ok) throw new Error(result.error.message);
    const document = result.value;
    expect(document).toMatchObject({ reason: 'kedaluwarsa', note: 'rak pendingin mati', approvedBy: manager });
    expect(await db.writeOffs.get(document.id)).toEqual(document);
    expect(await db.stockLevels.get('sambal')).toMatchObject({ onHand: 4, nextExpiry: '2027-03-01' });
    expect((await db.stockLevels.get('sambal'))!.batches.map((b) => [b.expiry, b.remaining])).toEqual([
      ['2027-03-01', 4],
    ]);
    expect(await db.stockLevels.get('ikan')).toMatchObject({ onHand: 1250, unit: 'g' });
    const movements = await db.stockMovements.where('documentId').equals(document.id).toArray();
    expect(movements.map((m) => [m.productId, m.quantity, m.reason]).sort()).toEqual([
      ['ikan', -750, 'written-off'],
      ['sambal', -3, 'written-off'],
    ]);
    const [event, approved] = await db.outbox.toArray();
    expect(stockWrittenOffEventSchema.parse(event)).toMatchObject({ type: 'stock.written-off', payload: document });
    expect(auditRecordedEventSchema.parse(approved).payload).toMatchObject({
      staff: { name: 'Maria' },
      approvedBy: manager,
      event: { kind: 'approved', action: { kind: 'write-off', reason: 'kedaluwarsa', lineCount: 2 } },
    });
    expect(await new DexiePrintJobStore(db).unfinished()).toMatchObject([
      { request: { kind: 'write-off-slip', writeOff: document, weighedLines: [2] } },
    ]);
  });

  it('refuses a missing reason and a negative or fractional quantity in Bahasa Indonesia, writing nothing', async () => {
    const db = freshDb();
    const attempt = (reason: 'rusak' | null, quantity: number) =>
      writeOff(db, {
        identity,
        staff: manager,
        approvedBy: manager,
        reason,
        note: '',
        lines: [{ product: sambal, quantity, expiry: null }],
        now,
      });
    expect(await attempt(null, 1)).toMatchObject({ ok: false, error: { message: /Pilih alasan stok terbuang/ } });
    expect(await attempt('rusak', -2)).toMatchObject({
      ok: false,
      error: { message: "Sambal Lu'at: Jumlah tidak boleh negatif." },
    });
    expect(await attempt('rusak', 1.5)).toMatchObject({ ok: false, error: { message: /bilangan bulat/ } });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.stockMovements.count()).toBe(0);
  });

  it('offers each expired batch, with what it holds, for write-off', async () => {
    const db = freshDb();
    await receive(db, 'sambal', 4, '2027-03-01');
    await receive(db, 'sambal', 3, '2026-12-10');
    await receive(db, 'sambal', 2, '2026-12-20');
    await receive(db, 'ikan', 500, '2026-12-21');
    const products = new Map([sambal, ikan].map((p) => [p.id, p]));
    const lines = await expiredLines(db, (id) => products.get(id), today);
    expect(lines.map((l) => [l.product.id, l.quantity, l.expiry])).toEqual([
      ['sambal', 3, '2026-12-10'],
      ['sambal', 2, '2026-12-20'],
    ]);
  });
});

describe('a refund marked damaged (real IndexedDB)', () => {
  it('leaves stock on hand as it was, with a movement of 0; a sound refund puts the goods back', async () => {
    const db = freshDb();
    await receive(db, 'sambal', 5, null);
    const cart = addProduct(EMPTY_CART, sambal);
    if (!cart.ok) throw new Error(cart.error.message);
    const two = addProduct(cart.value.cart, sambal);
    if (!two.ok) throw new Error(two.error.message);
    const sold = await completeSale(db, {
      cart: two.value.cart,
      payments: [{ method: 'cash', amount: rupiah(50_000), tendered: rupiah(50_000), reference: null }],
      identity,
      cashier: manager,
      shiftId: toShiftId('019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f'),
      asn: null,
      now,
    });
    if (!sold.ok) throw new Error(sold.error.message);
    const { sale } = sold.value;
    expect((await db.stockLevels.get('sambal'))!.onHand).toBe(3);
    const request = {
      picks: [[1, 1]] as const,
      method: 'cash' as const,
      reason: 'Botol pecah',
      cashier: manager,
      shiftId: sale.shiftId!,
      approvedBy: manager,
    };
    const damaged = await completeRefund(
      db,
      identity,
      { ...request, subject: { sale, earlier: [] }, damaged: new Set([1]) },
      now,
    );
    if (!damaged.ok) throw new Error(damaged.error.message);
    expect(damaged.value.lines).toMatchObject([{ lineNo: 1, quantity: 1, damaged: true }]);
    expect((await db.stockLevels.get('sambal'))!.onHand).toBe(3);
    expect(await db.stockMovements.where('saleId').equals(sale.id).toArray()).toMatchObject([
      { reason: 'sale', quantity: -2 },
      { reason: 'refund-damaged', quantity: 0 },
    ]);
    const refunded = (await db.outbox.toArray()).find((e) => e.type === 'sale.refunded');
    expect(saleRefundedEventSchema.parse(refunded).payload.lines[0]!.damaged).toBe(true);

    const sound = await completeRefund(db, identity, { ...request, subject: { sale, earlier: [damaged.value] } }, now);
    if (!sound.ok) throw new Error(sound.error.message);
    expect(sound.value.lines[0]).not.toHaveProperty('damaged');
    expect((await db.stockLevels.get('sambal'))!.onHand).toBe(4);
  });
});
