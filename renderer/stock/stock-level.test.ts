import { describe, expect, it } from 'vitest';
import type { StockMovement } from '../db/rows';
import { applyMovement } from './stock-level';

const base = { unit: 'g' as const, occurredAt: '2026-12-01T01:00:00Z', productId: 'sei' };
const receive = (id: string, quantity: number, expiry: string | null): StockMovement => ({
  ...base,
  id,
  quantity,
  reason: 'received',
  documentId: 'r',
  batchId: id,
  unitCost: 1,
  expiry,
});

describe('applyMovement', () => {
  it('sums grams and keeps batches earliest expiry first', () => {
    let level = applyMovement(undefined, receive('a', 1500, '2026-12-30'));
    level = applyMovement(level, receive('b', 700, '2026-12-10'));
    expect(level).toMatchObject({ onHand: 2200, unit: 'g', nextExpiry: '2026-12-10' });
    level = applyMovement(level, { ...base, id: 's', quantity: -900, reason: 'sale', saleId: 'x' });
    expect(level.batches.map((b) => [b.id, b.remaining])).toEqual([['a', 1300]]);
    expect(level).toMatchObject({ onHand: 1300, nextExpiry: '2026-12-30' });
  });

  it('puts a refund back on hand without making a batch', () => {
    const level = applyMovement(undefined, {
      ...base,
      id: 'r',
      quantity: 2,
      reason: 'refund',
      saleId: 'x',
      refundId: 'y',
    });
    expect(level).toMatchObject({ onHand: 2, batches: [], negativeSince: null });
    expect(level.nextExpiry).toBeUndefined();
  });

  it('makes a batch of each expiry a transfer brought, and none for a transfer without expiries', () => {
    const arrived = { ...base, id: 't', quantity: 900, reason: 'transfer-in' as const, documentId: 'x' };
    let level = applyMovement(undefined, receive('a', 500, '2026-12-30'));
    level = applyMovement(level, {
      ...arrived,
      batches: [
        { id: 'b', expiry: '2026-12-10', quantity: 600 },
        { id: 'c', expiry: null, quantity: 300 },
      ],
    });
    expect(level.batches.map((b) => [b.id, b.expiry, b.remaining])).toEqual([
      ['b', '2026-12-10', 600],
      ['a', '2026-12-30', 500],
      ['c', null, 300],
    ]);
    expect(level).toMatchObject({ onHand: 1400, nextExpiry: '2026-12-10' });
    expect(applyMovement(level, arrived)).toMatchObject({ onHand: 2300, batches: level.batches });
  });
});
