import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '#domain/catalog/barcode';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { stockCountedEventSchema } from '#sync/protocol/events';
import type { PosDatabase } from '../db/database';
import type { StockMovement } from '../db/rows';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments } from '../outbox/commit';
import { DexiePrintJobStore } from '../print/print-queue';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';
import {
  ALREADY_APPROVED,
  approveStockTake,
  countProduct,
  loadStockTakeReview,
  markNotCountedZero,
  setStockTakeStatus,
  startStockTake,
  unfinishedStockTake,
} from './stock-take';

const freshDb = useFreshDatabases();
const product = (id: string, name: string, body: string, over: Partial<Product> = {}): Product => ({
  ...{ id, name, barcode: withCheckDigit(body), plu: null, price: rupiah(20_000), soldBy: 'unit', active: true },
  ...{ supplier: 'Koperasi Kopi Bajawa', category: 'Kopi', unit: 'bungkus' },
  ...over,
});
const kopi = product('kopi', 'Kopi Arabika Bajawa 250 g', '899512010002');
const teh = product('teh', 'Teh Daun Kelor', '899512010019');
const gula = product('gula', 'Gula Aren Ende', '899512010026', { soldBy: 'weight', unit: 'kg', price: rupiah(40_000) });
const madu = product('madu', 'Madu Sumba', '899512010033', { category: 'Madu' });
const manager = { id: 'm1', name: 'Yohanes' };
// Movement ids are UUIDv7 of the real clock: the count runs in the last minute.
const start = Date.now() - 60_000;
const at = (second: number) => new Date(start + second * 1000);

function movement(productId: string, quantity: number, second: number, reason: 'received' | 'sale'): StockMovement {
  const base = {
    id: uuidv7(),
    productId,
    quantity,
    unit: productId === 'gula' ? 'g' : 'unit',
    occurredAt: at(second).toISOString(),
  } as const;
  return reason === 'sale'
    ? { ...base, reason, saleId: uuidv7() }
    : { ...base, reason, documentId: 'r1', batchId: uuidv7(), unitCost: 10_000, expiry: null };
}

async function record(db: PosDatabase, movements: StockMovement[]) {
  await commitDocuments(db, {
    receiptDate: null,
    stores: LEDGER_STORES,
    plan: () => ({ writes: ledgerWrites(movements), events: [], result: null }),
  });
}

async function stocked(): Promise<PosDatabase> {
  const db = freshDb();
  await db.products.bulkAdd([kopi, teh, gula, madu]);
  await record(db, [
    movement('kopi', 10, 0, 'received'),
    movement('teh', 5, 0, 'received'),
    movement('gula', 2_000, 0, 'received'),
    movement('madu', 4, 0, 'received'),
  ]);
  return db;
}

async function count(
  db: PosDatabase,
  takeId: string,
  p: Product,
  quantity: number,
  second: number,
  mode: 'add' | 'set' = 'add',
) {
  const result = await countProduct(db, { takeId, product: p, quantity, mode, now: at(second) });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('stock-take (real IndexedDB)', () => {
  it('counts while the register sells, reconciles the sales, and books counted − expected once', async () => {
    const db = await stocked();
    const started = await startStockTake(db, {
      by: manager,
      scope: { kind: 'category', category: 'Kopi' },
      now: at(1),
    });
    if (!started.ok) throw new Error(started.error.message);
    const takeId = started.value.id;
    expect(await startStockTake(db, { by: manager, scope: { kind: 'outlet' }, now: at(1) })).toMatchObject({
      ok: false,
      error: { message: 'Stok opname kategori kopi belum selesai: lanjutkan atau setujui dulu.' },
    });

    // Kopi: 6 on the first shelf, 2 sold from the second before it is scanned, 1 found there: one missing.
    for (let i = 0; i < 6; i++) await count(db, takeId, kopi, 1, 2);
    await record(db, [movement('kopi', -2, 3, 'sale')]);
    await count(db, takeId, kopi, 1, 4);
    // Teh: all 5 counted, then 3 sold after the count: no variance, the sale stands.
    expect(await count(db, takeId, teh, 5, 5, 'set')).toMatchObject({ expected: 5, counted: 5 });
    await record(db, [movement('teh', -3, 6, 'sale')]);
    // Gula, weighed: 1.75 kg on the scale.
    await count(db, takeId, gula, 1_750, 7, 'set');

    expect(await countProduct(db, { takeId, product: madu, quantity: 1, mode: 'add', now: at(8) })).toMatchObject({
      ok: false,
      error: { message: 'Madu Sumba (kategori Madu) tidak termasuk kategori kopi.' },
    });
    expect(await countProduct(db, { takeId, product: kopi, quantity: -1, mode: 'set', now: at(8) })).toMatchObject({
      ok: false,
      error: { message: 'Kopi Arabika Bajawa 250 g: Jumlah tidak boleh negatif.' },
    });
    expect(await countProduct(db, { takeId, product: kopi, quantity: 1.5, mode: 'add', now: at(8) })).toMatchObject({
      ok: false,
      error: { message: 'Kopi Arabika Bajawa 250 g: Jumlah dihitung dalam satuan utuh, tanpa koma.' },
    });

    const loaded = await loadStockTakeReview(db, takeId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const byId = Object.fromEntries(loaded.value.review.lines.map((l) => [l.product.id, l]));
    expect(byId.kopi).toMatchObject({
      expected: 10,
      counted: 9,
      soldWhileCounting: 2,
      variance: -1,
      varianceValue: -20_000,
    });
    expect(byId.teh).toMatchObject({ expected: 5, counted: 5, soldWhileCounting: 0, variance: 0 });
    expect(byId.gula).toMatchObject({ expected: 2_000, counted: 1_750, variance: -250, varianceValue: -10_000 });
    expect(loaded.value.review.notCounted).toEqual([]);

    const approved = await approveStockTake(db, { identity: DEMO_IDENTITY, takeId, approvedBy: manager, now: at(9) });
    if (!approved.ok) throw new Error(approved.error.message);
    // On hand: kopi 10 − 2 sold − 1 missing; teh 5 − 3 sold; gula 1.75 kg.
    expect((await db.stockLevels.bulkGet(['kopi', 'teh', 'gula', 'madu'])).map((l) => l?.onHand)).toEqual([
      7, 2, 1_750, 4,
    ]);
    const counted = await db.stockMovements.where('documentId').equals(takeId).toArray();
    expect(counted.map((m) => [m.productId, m.reason, m.quantity]).sort()).toEqual([
      ['gula', 'counted', -250],
      ['kopi', 'counted', -1],
    ]);
    const [event] = (await db.outbox.toArray()).filter((e) => e.type === 'stock.counted');
    const payload = stockCountedEventSchema.parse(event).payload;
    expect(payload).toMatchObject({ id: takeId, category: 'Kopi', approvedBy: manager });
    expect(payload.lines.map((l) => l.counted - l.expected)).toEqual(
      payload.lines.map((l) => ({ kopi: -1, teh: 0, gula: -250 })[l.productId]),
    );
    const jobs = await new DexiePrintJobStore(db).unfinished();
    expect(jobs.map((j) => j.request)).toMatchObject([{ kind: 'stock-take-report', notCounted: 0 }]);
    expect(await unfinishedStockTake(db)).toBeUndefined();

    // Approved twice: refused in words, nothing booked again.
    expect(await approveStockTake(db, { identity: DEMO_IDENTITY, takeId, approvedBy: manager, now: at(10) })).toEqual({
      ok: false,
      error: { code: 'already-approved', message: ALREADY_APPROVED },
    });
    expect(await countProduct(db, { takeId, product: kopi, quantity: 1, mode: 'add', now: at(10) })).toMatchObject({
      ok: false,
      error: { message: ALREADY_APPROVED },
    });
    expect(await db.stockMovements.where('documentId').equals(takeId).count()).toBe(2);
    expect(await db.outbox.where('type').equals('stock.counted').count()).toBe(1);
    expect((await db.stockLevels.get('kopi'))?.onHand).toBe(7);
  });

  it('pauses and resumes, lists what nobody counted, and adjusts it only when marked zero', async () => {
    const db = await stocked();
    const started = await startStockTake(db, { by: manager, scope: { kind: 'outlet' }, now: at(1) });
    if (!started.ok) throw new Error(started.error.message);
    const takeId = started.value.id;
    await count(db, takeId, kopi, 10, 2, 'set');
    await setStockTakeStatus(db, takeId, 'paused');
    expect(await countProduct(db, { takeId, product: teh, quantity: 1, mode: 'add', now: at(3) })).toMatchObject({
      ok: false,
      error: { message: 'Stok opname sedang dijeda: lanjutkan dulu.' },
    });
    // A restart: a new connection to the same database finds the paused take and its line.
    db.close();
    await db.open();
    expect(await unfinishedStockTake(db)).toMatchObject({ id: takeId, status: 'paused' });
    await setStockTakeStatus(db, takeId, 'open');
    await count(db, takeId, teh, 4, 4, 'set');

    const before = await loadStockTakeReview(db, takeId);
    if (!before.ok) throw new Error(before.error.message);
    expect(before.value.review.notCounted.map((p) => p.id).sort()).toEqual(['gula', 'madu']);
    await markNotCountedZero(db, takeId, [madu], at(5));

    const approved = await approveStockTake(db, { identity: DEMO_IDENTITY, takeId, approvedBy: manager, now: at(6) });
    if (!approved.ok) throw new Error(approved.error.message);
    expect(approved.value.review.notCounted.map((p) => p.id)).toEqual(['gula']);
    expect((await db.stockLevels.bulkGet(['kopi', 'teh', 'gula', 'madu'])).map((l) => l?.onHand)).toEqual([
      10, 4, 2_000, 0,
    ]);
  });
});
