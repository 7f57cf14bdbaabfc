/**
 * The stock-take benchmark's code inside the terminal's page (bundled by stock-take.bench.ts):
 * seeds a catalog with stock into its own IndexedDB database, then times each scan of a stock-take
 * (renderer/stock/stock-take countProduct: the take, the line and the product's level read by key,
 * the line put) beside the bare Dexie put of the same row, and the approval of the whole count.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import { PosDatabase } from '#renderer/db/database';
import type { StockMovement } from '#renderer/db/rows';
import { commitDocuments } from '#renderer/outbox/commit';
import { LEDGER_STORES, ledgerWrites } from '#renderer/stock/ledger-writes';
import { approveStockTake, countProduct, startStockTake } from '#renderer/stock/stock-take';
import { DEMO_IDENTITY } from '#renderer/training/demo-outlet';

const db = new PosDatabase('stock-take-bench');
const manager = { id: 'm1', name: 'Yohanes' };
let products: Product[] = [];

async function seed(count: number): Promise<void> {
  await db.delete();
  await db.open();
  products = Array.from({ length: count }, (_, i) => ({
    id: `p-${String(i).padStart(5, '0')}`,
    barcode: null,
    plu: null,
    name: `Produk ${i}`,
    price: rupiah(10_000 + i),
    soldBy: 'unit',
    supplier: 'UMKM',
    category: `Kategori ${i % 20}`,
    unit: 'pcs',
    active: true,
  }));
  await db.products.bulkAdd(products);
  const received: StockMovement[] = products.map((p) => ({
    id: uuidv7(),
    productId: p.id,
    quantity: 12,
    unit: 'unit',
    occurredAt: new Date().toISOString(),
    reason: 'received',
    documentId: 'r1',
    batchId: uuidv7(),
    unitCost: 5_000,
    expiry: null,
  }));
  await commitDocuments(db, {
    receiptDate: null,
    stores: LEDGER_STORES,
    plan: () => ({ writes: ledgerWrites(received), events: [], result: null }),
  });
}

/** Milliseconds of each scan (the first of each product, which also reads its level) and of the bare put. */
async function scans(): Promise<{ scan: number[]; baseline: number[] }> {
  const started = await startStockTake(db, { by: manager, scope: { kind: 'outlet' }, now: new Date() });
  if (!started.ok) throw new Error(started.error.message);
  const takeId = started.value.id;
  const scan: number[] = [];
  const baseline: number[] = [];
  for (const [i, product] of products.entries()) {
    let start = performance.now();
    // Every product differs from the 12 received (the worst case for approval): one short or one over.
    const result = await countProduct(db, {
      takeId,
      product,
      quantity: i % 2 === 0 ? 11 : 13,
      mode: 'set',
      now: new Date(),
    });
    scan.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
    const row = { ...result.value, takeId: 'baseline' };
    start = performance.now();
    await db.stockTakeLines.put(row);
    baseline.push(performance.now() - start);
  }
  await db.stockTakeLines.where('[takeId+productId]').between(['baseline', ''], ['baseline', '\uffff']).delete();
  (window as unknown as { __takeId: string }).__takeId = takeId;
  return { scan, baseline };
}

/** Milliseconds of approving the count: review, stock.counted, movements and levels, event and report in one commit. */
async function approve(): Promise<{ ms: number; moved: number }> {
  const takeId = (window as unknown as { __takeId: string }).__takeId;
  const start = performance.now();
  const result = await approveStockTake(db, { identity: DEMO_IDENTITY, takeId, approvedBy: manager, now: new Date() });
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.error.message);
  return { ms, moved: await db.stockMovements.where('documentId').equals(takeId).count() };
}

(window as unknown as { __stockTake: unknown }).__stockTake = { seed, scans, approve };
