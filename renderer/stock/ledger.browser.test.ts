import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { StockMovement } from '../db/rows';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments } from '../outbox/commit';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';

const freshDb = useFreshDatabases();

const received = (productId: string, quantity: number, expiry: string | null, at: string): StockMovement => ({
  id: uuidv7(),
  productId,
  quantity,
  unit: 'unit',
  occurredAt: at,
  reason: 'received',
  documentId: 'r1',
  batchId: uuidv7(),
  unitCost: 10_000,
  expiry,
});
const sold = (productId: string, quantity: number, at: string): StockMovement => ({
  id: uuidv7(),
  productId,
  quantity: -quantity,
  unit: 'unit',
  occurredAt: at,
  reason: 'sale',
  saleId: 's1',
});

async function record(db: ReturnType<typeof freshDb>, movements: StockMovement[]) {
  await commitDocuments(db, {
    receiptDate: null,
    stores: LEDGER_STORES,
    plan: () => ({ writes: ledgerWrites(movements), events: [], result: null }),
  });
}

describe('the stock ledger and its levels (real IndexedDB)', () => {
  it('keeps on hand with each commit, sales taking the earliest expiry first', async () => {
    const db = freshDb();
    await record(db, [
      received('kue', 10, '2027-01-20', '2026-12-01T01:00:00Z'),
      received('kue', 5, '2027-01-05', '2026-12-01T01:00:00Z'),
      received('kue', 4, null, '2026-12-01T01:00:00Z'),
    ]);
    // Two lines of one product in one sale: both count, the second applied to the first's result.
    await record(db, [sold('kue', 3, '2026-12-02T01:00:00Z'), sold('kue', 4, '2026-12-02T01:00:00Z')]);
    const level = await db.stockLevels.get('kue');
    expect(level).toMatchObject({ onHand: 12, nextExpiry: '2027-01-20', negativeSince: null });
    expect(level!.batches.map((b) => [b.expiry, b.remaining])).toEqual([
      ['2027-01-20', 8],
      [null, 4],
    ]);
    expect(await db.stockMovements.where('productId').equals('kue').count()).toBe(5);
  });

  it('lets a sale take stock below zero and flags when it did', async () => {
    const db = freshDb();
    await record(db, [received('kopi', 1, null, '2026-12-01T01:00:00Z')]);
    await record(db, [sold('kopi', 3, '2026-12-02T02:00:00Z')]);
    expect(await db.stockLevels.get('kopi')).toMatchObject({
      onHand: -2,
      batches: [],
      negativeSince: '2026-12-02T02:00:00Z',
    });
    await record(db, [received('kopi', 5, null, '2026-12-03T02:00:00Z')]);
    expect(await db.stockLevels.get('kopi')).toMatchObject({ onHand: 3, negativeSince: null });
  });
});
