import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { retentionCutoff } from '#domain/terminal/storage-forecast';
import type { SyncEvent } from '#sync/protocol/events';
import { fillBusyTill } from '#tests/support/busy-till';
import { useFreshDatabases } from '../db/test-databases';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { pruneSynced } from './retention';

const identity = {
  ...DEMO_IDENTITY,
  training: false,
  outletId: toOutletId('mbr'),
  terminalId: toTerminalId('mbr-t01'),
  outletCode: 'MBR',
  terminalCode: 'T01',
};
const NOW = new Date('2026-11-30T12:00:00.000Z');
const noPause = () => Promise.resolve();

describe('retention (real IndexedDB)', () => {
  const freshDatabase = useFreshDatabases();

  it('removes the synced documents older than the window in batches, never the unsynced, keeping stock, counters and whole shifts', async () => {
    const db = freshDatabase();
    const products = ['p1', 'p2', 'p3', 'p4', 'p5'];
    await fillBusyTill(db, { identity, end: NOW, days: 100, salesPerDay: 6, linesPerSale: 2, productIds: products });
    const cutoff = retentionCutoff(NOW, 90);
    // One old sale never reached the province: its event is still in the outbox.
    const unsent = (await db.sales.where('completedAt').below(cutoff).first())!;
    const event: SyncEvent = {
      id: uuidv7(),
      seq: 100_000,
      type: 'sale.completed',
      occurredAt: unsent.completedAt,
      payload: unsent,
    };
    await db.outbox.add(event);
    const levels = await db.stockLevels.toArray();
    const counters = await db.counters.toArray();
    const recentSales = await db.sales.where('completedAt').aboveOrEqual(cutoff).primaryKeys();
    const recentShifts = await db.shifts.where('openedAt').aboveOrEqual(cutoff).primaryKeys();
    const unsentShiftSales = await db.sales
      .where('[shiftId+receiptNo]')
      .between([unsent.shiftId], [unsent.shiftId, []])
      .count();
    let pauses = 0;

    const result = await pruneSynced(db, { now: NOW, days: 90, batch: 7, pause: async () => void pauses++ });

    // The unsynced sale stays, and with it its whole shift (its Z report can be printed again whole).
    expect(await db.sales.get(unsent.id)).toEqual(unsent);
    expect(await db.shifts.get(unsent.shiftId!)).toBeDefined();
    expect(await db.sales.where('[shiftId+receiptNo]').between([unsent.shiftId], [unsent.shiftId, []]).count()).toBe(
      unsentShiftSales,
    );
    expect(await db.outbox.count()).toBe(1);
    // Every other old sale, and its movements and printed receipt, is gone; the recent ones stay.
    const left = await db.sales.toArray();
    expect(left.filter((s) => s.completedAt < cutoff).every((s) => s.shiftId === unsent.shiftId)).toBe(true);
    expect(await db.sales.where('completedAt').aboveOrEqual(cutoff).primaryKeys()).toEqual(recentSales);
    expect((await db.shifts.toCollection().primaryKeys()).sort()).toEqual([...recentShifts, unsent.shiftId].sort());
    const keptIds = new Set(left.map((s) => s.id));
    const movements = await db.stockMovements.toArray();
    expect(movements.every((m) => m.reason === 'sale' && keptIds.has(m.saleId))).toBe(true);
    expect(movements).toHaveLength(left.length * 2);
    const jobs = await db.printQueue.toArray();
    expect(jobs.map((j) => (j.request.kind === 'receipt' ? j.request.sale.id : '')).sort()).toEqual(
      [...keptIds].sort(),
    );
    expect((await db.outboxAcks.toArray()).every((a) => a.acknowledgedAt >= cutoff)).toBe(true);
    // On hand and receipt numbering never depend on the sales kept.
    expect(await db.stockLevels.toArray()).toEqual(levels);
    expect(await db.counters.toArray()).toEqual(counters);

    const removedSales = 100 * 6 - left.length;
    expect(result.removed.sales).toBe(removedSales);
    expect(result.removed.stockMovements).toBe(removedSales * 2);
    expect(result.freedBytes).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThan(removedSales / 7 - 1);
    const day = await db.retentionDays.toArray();
    expect(day).toEqual([expect.objectContaining({ removed: result.removed, freedBytes: result.freedBytes })]);

    // Nothing more to do until the window moves on.
    const again = await pruneSynced(db, { now: NOW, days: 90, pause: noPause });
    expect(again.removed).toEqual({});
    expect(await db.sales.count()).toBe(left.length);
  });

  it('keeps everything while the province has acknowledged nothing', async () => {
    const db = freshDatabase();
    await fillBusyTill(db, { identity, end: NOW, days: 100, salesPerDay: 2, linesPerSale: 1, productIds: ['p1'] });
    const sales = await db.sales.toArray();
    await db.outbox.bulkAdd(
      sales.map((sale, i): SyncEvent => ({
        id: uuidv7(),
        seq: 200_000 + i,
        type: 'sale.completed',
        occurredAt: sale.completedAt,
        payload: sale,
      })),
    );
    await pruneSynced(db, { now: NOW, days: 90, pause: noPause });
    expect(await db.sales.count()).toBe(sales.length);
    expect(await db.stockMovements.count()).toBe(sales.length);
  });
});
