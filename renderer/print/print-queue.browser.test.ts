/**
 * hardware/print-queue's engine over the terminal's Dexie table: receipts completeSale queued get
 * printed after commit, survive a restart, and wait while the printer cannot print.
 */
import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { addProduct, EMPTY_CART } from '#domain/checkout/cart';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { rupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';
import { PrintQueue, type DeliveryResult } from '#hardware/print-queue/print-queue';
import type { PrintRequest } from '#bridge/print-request';
import { completeSale } from '../checkout/complete-sale';
import { useFreshDatabases } from '../db/test-databases';
import { DexiePrintJobStore, newPrintJob } from './print-queue';
import { toShiftId } from '#domain/shift/shift';

const freshDb = useFreshDatabases();
const kopi: Product = {
  id: 'kopi',
  barcode: withCheckDigit('899512010002'),
  plu: null,
  name: 'Kopi Arabika Bajawa 250 g',
  price: rupiah(65_000),
  soldBy: 'unit',
  supplier: 'Koperasi Kopi Bajawa',
  category: 'Kopi & Teh',
  unit: 'bungkus',
  active: true,
};

async function sell(db: ReturnType<typeof freshDb>) {
  const cart = addProduct(EMPTY_CART, kopi);
  if (!cart.ok) throw new Error(cart.error.message);
  const result = await completeSale(db, {
    cart: cart.value.cart,
    payments: [{ method: 'cash', amount: rupiah(65_000), tendered: rupiah(70_000), reference: null }],
    identity: DEMO_IDENTITY,
    cashier: { id: 'k1', name: 'Maria' },
    shiftId: toShiftId('019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f'),
    asn: null,
    now: new Date(),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.sale;
}

/** The printer side as the queue sees it: answers as told and records what it was given. */
function printer(answers: DeliveryResult[]) {
  const printed: PrintRequest[] = [];
  return {
    printed,
    deliver: async (request: PrintRequest): Promise<DeliveryResult> => {
      const answer = answers.shift() ?? { ok: true };
      if (answer.ok) printed.push(request);
      return answer;
    },
  };
}

describe('print queue on the Dexie table', () => {
  it('prints the receipts of completed sales in order and marks them printed', async () => {
    const db = freshDb();
    const first = await sell(db);
    const second = await sell(db);
    const { printed, deliver } = printer([]);
    const queue = new PrintQueue({ store: new DexiePrintJobStore(db), deliver });
    await queue.start();
    await queue.settled();
    await queue.stop();
    expect(printed.map((r) => r.kind === 'receipt' && r.sale.receiptNo)).toEqual([first.receiptNo, second.receiptNo]);
    expect((await db.printQueue.toArray()).map((j) => j.state)).toEqual(['printed', 'printed']);
  });

  it('keeps a receipt waiting while the printer is out of paper, and after a restart', async () => {
    const db = freshDb();
    const sale = await sell(db);
    const store = new DexiePrintJobStore(db);
    const outOfPaper = printer([{ ok: false, error: { code: 'paper-out', message: 'Kertas habis' } }]);
    const before = new PrintQueue({ store, deliver: outOfPaper.deliver, retryDelaysMs: [60_000] });
    await before.start();
    await before.settled();
    await before.stop();
    expect(await store.unfinished()).toMatchObject([
      { state: 'pending', attempts: 1, lastError: { code: 'paper-out' } },
    ]);

    const after = printer([]);
    const restarted = new PrintQueue({ store: new DexiePrintJobStore(db), deliver: after.deliver });
    await restarted.start();
    await restarted.settled();
    await restarted.stop();
    expect(after.printed).toMatchObject([{ kind: 'receipt', sale: { id: sale.id } }]);
    expect(await store.latest('receipt')).toMatchObject({ state: 'printed', attempts: 2 });
  });

  it('reprints the last receipt as a copy', async () => {
    const db = freshDb();
    await sell(db);
    const { printed, deliver } = printer([]);
    const queue = new PrintQueue({ store: new DexiePrintJobStore(db), deliver });
    await queue.start();
    await queue.reprintLastReceipt();
    await queue.settled();
    await queue.stop();
    expect(printed.map((r) => r.kind === 'receipt' && r.reprint)).toEqual([false, true]);
  });
});

/** The store with a tally of the jobs its reads hand back, whatever method the queue calls. */
function tallied(store: DexiePrintJobStore) {
  const tally = { jobs: 0 };
  const counting = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
        tally.jobs += Array.isArray(result) ? result.length : result ? 1 : 0;
        return result;
      };
    },
  });
  return { store: counting, tally };
}

describe('print queue with a busy day waiting', () => {
  it('reads only the next job on each attempt, the oldest pending one, however many wait', async () => {
    const db = freshDb();
    const jobs = Array.from({ length: 2_000 }, (_, i) =>
      newPrintJob({ kind: 'test-page' }, new Date(Date.UTC(2026, 11, 21, 0, 0, i)).toISOString()),
    );
    await db.printQueue.bulkAdd([
      { ...jobs[0]!, state: 'printed' },
      { ...jobs[1]!, state: 'failed' },
      ...jobs.slice(2),
    ]);
    const offline = printer(
      Array.from(
        { length: 20 },
        () => ({ ok: false, error: { code: 'printer-offline', message: 'Printer mati' } }) as const,
      ),
    );
    const { store, tally } = tallied(new DexiePrintJobStore(db));
    const queue = new PrintQueue({ store, deliver: offline.deliver, retryDelaysMs: [60_000] });
    await queue.start();
    await queue.settled();
    for (let attempt = 0; attempt < 9; attempt++) {
      queue.retryNow();
      await queue.settled();
    }
    await queue.stop();
    // Ten attempts, each at the same (oldest pending) job: a job read per attempt, not 1,998.
    expect(await db.printQueue.get(jobs[2]!.id)).toMatchObject({ state: 'pending', attempts: 10 });
    expect(tally.jobs).toBeLessThanOrEqual(10);
  });
});
