import { describe, expect, it } from 'vitest';
import { daysOfCover, replenishment, salesVelocity } from './replenishment';

describe('replenishment', () => {
  it('measures velocity over 28 days, refunds beyond sales counting as none', () => {
    expect(salesVelocity(56)).toBe(2);
    expect(salesVelocity(-3)).toBe(0);
  });

  it('gives days of cover at the last 28 days’ rate of sale', () => {
    expect(daysOfCover(10, 56)).toBe(5);
    expect(daysOfCover(10, 0)).toBeNull();
    expect(daysOfCover(-2, 56)).toBe(0);
  });

  it('orders the lead time’s and a cycle’s sales above the minimum, less on hand and incoming', () => {
    // 2 a day, 3 days' lead time, minimum 4: needed 2 × (3 + 14) + 4 = 38.
    const input = { soldInWindow: 56, leadTimeDays: 3, minimum: 4 };
    expect(replenishment({ ...input, onHand: 10 })).toBe(28);
    expect(replenishment({ ...input, onHand: 10, incoming: 8 })).toBe(20);
    expect(replenishment({ ...input, onHand: -2 })).toBe(40);
    expect(replenishment({ ...input, onHand: 50 })).toBe(0);
    expect(replenishment({ ...input, onHand: 30, incoming: 20 })).toBe(0);
  });

  it('rounds the sales part up and orders the minimum alone when nothing sold', () => {
    // 3 in 28 days over 21 days: 2.25, up to 3.
    expect(replenishment({ onHand: 0, soldInWindow: 3, leadTimeDays: 7, minimum: null })).toBe(3);
    expect(replenishment({ onHand: 1, soldInWindow: 0, leadTimeDays: 3, minimum: 3 })).toBe(2);
    expect(replenishment({ onHand: 0, soldInWindow: 0, leadTimeDays: 3, minimum: null })).toBe(0);
  });
});
