import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSale } from '../../domain/test-documents';
import { PosDatabase } from './database';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

describe('the terminal database upgrade', () => {
  it('keeps version 1 data and finds a shift’s sales by the new index in version 2', async () => {
    // Version 1 exactly as shipped.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      products: 'id, &barcode, &plu, category',
      sales: 'id, &receiptNo, businessDate, completedAt',
      stockMovements: 'id, productId, saleId',
      outbox: 'seq, &id, type',
      counters: 'name',
      printQueue: 'id, state, request.kind',
      settings: 'key',
    });
    const sales = [buildSale({ receiptNo: 'R-2', shiftId: 's1', lines: [{ price: 1000 }] }), buildSale({ receiptNo: 'R-1', shiftId: 's1', lines: [{ price: 2000 }] }), buildSale({ receiptNo: 'R-3', shiftId: null, lines: [{ price: 3000 }] })];
    await v1.table('sales').bulkAdd(sales);
    await v1.table('counters').put({ name: 'outbox-seq', value: 3 });
    v1.close();

    const db = new PosDatabase(name);
    const inShift = await db.sales.where('[shiftId+receiptNo]').between(['s1', Dexie.minKey], ['s1', Dexie.maxKey]).toArray();
    expect(db.backendDB().objectStoreNames.contains('shifts')).toBe(true);
    expect(inShift.map((s) => s.receiptNo)).toEqual(['R-1', 'R-2']);
    expect(await db.sales.count()).toBe(3);
    expect(await db.counters.get('outbox-seq')).toEqual({ name: 'outbox-seq', value: 3 });
    expect(await Promise.all([db.staff.count(), db.shifts.count(), db.refunds.count(), db.audit.count()])).toEqual([0, 0, 0, 0]);
    db.close();
  });
});
