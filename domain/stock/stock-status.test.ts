import { describe, expect, it } from 'vitest';
import { toBusinessDate as date } from '../wita';
import { daysOfCover, expiresWithin, isExpired, replenishment, stockStatus } from './stock-status';

describe('stock status', () => {
  it('is out at zero or below, low at or below the minimum, ok above it', () => {
    expect([
      stockStatus(0, 5),
      stockStatus(-3, null),
      stockStatus(5, 5),
      stockStatus(6, 5),
      stockStatus(1, null),
    ]).toEqual(['out', 'out', 'low', 'ok', 'ok']);
  });

  it('finds expired batches and those expiring within N days', () => {
    const today = date('2026-12-30');
    expect(isExpired(date('2026-12-29'), today)).toBe(true);
    expect(isExpired(today, today)).toBe(false);
    expect(isExpired(null, today)).toBe(false);
    expect(expiresWithin(date('2027-01-06'), today, 7)).toBe(true);
    expect(expiresWithin(date('2027-01-07'), today, 7)).toBe(false);
    expect(expiresWithin(date('2026-12-29'), today, 7)).toBe(false);
    expect(expiresWithin(null, today, 7)).toBe(false);
  });

  it('gives days of cover at the last 28 days’ rate of sale', () => {
    expect(daysOfCover(10, 56)).toBe(5);
    expect(daysOfCover(10, 0)).toBeNull();
    expect(daysOfCover(-2, 56)).toBe(0);
  });

  it('suggests ordering up to the lead time and a cycle of sales above the minimum once on hand reaches the reorder point', () => {
    // 2 a day, 3 days' lead time, minimum 4: reorder at 10, order up to 2 × (3 + 14) + 4 = 38.
    const input = { soldInWindow: 56, leadTimeDays: 3, minimum: 4 };
    expect(replenishment({ ...input, onHand: 11 })).toBe(0);
    expect(replenishment({ ...input, onHand: 10 })).toBe(28);
    expect(replenishment({ ...input, onHand: -2 })).toBe(40);
    expect(replenishment({ onHand: 1, soldInWindow: 0, leadTimeDays: 3, minimum: 3 })).toBe(2);
    expect(replenishment({ onHand: 0, soldInWindow: 0, leadTimeDays: 3, minimum: null })).toBe(0);
  });
});
