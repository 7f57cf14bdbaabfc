import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBusinessDate as date } from '../wita';
import { arrivedExpiries, takeExpiries } from './transfer-batches';

const batches = [
  { key: 'undated', expiry: null, remaining: 10 },
  { key: 'late', expiry: date('2027-03-01'), remaining: 4 },
  { key: 'early', expiry: date('2027-01-15'), remaining: 3 },
  { key: 'early-too', expiry: date('2027-01-15'), remaining: 2 },
];

describe('the expiries a transfer takes', () => {
  it('takes the earliest expiry first, one entry per expiry, and leaves the rest', () => {
    const { taken, left } = takeExpiries(batches, 7);
    expect(taken).toEqual([
      { expiry: '2027-01-15', quantity: 5 },
      { expiry: '2027-03-01', quantity: 2 },
    ]);
    expect(left.map((b) => [b.key, b.remaining])).toEqual([
      ['undated', 10],
      ['late', 2],
      ['early', 0],
      ['early-too', 0],
    ]);
  });

  it('sends what no batch covers with expiry null', () => {
    expect(takeExpiries(batches, 25).taken).toEqual([
      { expiry: '2027-01-15', quantity: 5 },
      { expiry: '2027-03-01', quantity: 4 },
      { expiry: null, quantity: 16 },
    ]);
    expect(takeExpiries([], 3).taken).toEqual([{ expiry: null, quantity: 3 }]);
  });

  it('takes a second line of the same product from what the first left', () => {
    const first = takeExpiries(batches, 4);
    expect(takeExpiries(first.left, 3).taken).toEqual([
      { expiry: '2027-01-15', quantity: 1 },
      { expiry: '2027-03-01', quantity: 2 },
    ]);
  });

  it('takes add up to the quantity, whatever the batches', () => {
    const batch = fc.record({
      key: fc.uuid(),
      expiry: fc.option(fc.constantFrom(...['2026-12-01', '2027-01-15', '2027-03-01'].map(date))),
      remaining: fc.integer({ min: -5, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 6 }), fc.integer({ min: 1, max: 300 }), (list, quantity) => {
        const { taken, left } = takeExpiries(list, quantity);
        expect(taken.reduce((sum, t) => sum + t.quantity, 0)).toBe(quantity);
        expect(taken.every((t) => t.quantity > 0)).toBe(true);
        const before = list.reduce((sum, b) => sum + Math.max(0, b.remaining), 0);
        const after = left.reduce((sum, b) => sum + Math.max(0, b.remaining), 0);
        expect(before - after).toBe(Math.min(before, quantity));
      }),
    );
  });
});

describe('the expiries that arrive', () => {
  const sent = [
    { expiry: date('2027-01-15'), quantity: 5 },
    { expiry: null, quantity: 2 },
    { expiry: date('2027-03-01'), quantity: 4 },
  ];

  it('keeps everything sent when everything arrived', () => {
    expect(arrivedExpiries(sent, 11)).toEqual([
      { expiry: '2027-01-15', quantity: 5 },
      { expiry: '2027-03-01', quantity: 4 },
      { expiry: null, quantity: 2 },
    ]);
  });

  it('takes a shortage off the latest-expiring goods, undated first', () => {
    expect(arrivedExpiries(sent, 7)).toEqual([
      { expiry: '2027-01-15', quantity: 5 },
      { expiry: '2027-03-01', quantity: 2 },
    ]);
    expect(arrivedExpiries(sent, 3)).toEqual([{ expiry: '2027-01-15', quantity: 3 }]);
    expect(arrivedExpiries(sent, 0)).toEqual([]);
  });
});
