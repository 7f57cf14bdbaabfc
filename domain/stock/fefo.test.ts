import { describe, expect, it } from 'vitest';
import { toBusinessDate as date } from '../wita';
import { takeFefo } from './fefo';

const batches = [
  { key: 'undated', expiry: null, remaining: 10 },
  { key: 'late', expiry: date('2027-03-01'), remaining: 4 },
  { key: 'early', expiry: date('2027-01-15'), remaining: 3 },
  { key: 'empty', expiry: date('2026-12-01'), remaining: 0 },
];

describe('FEFO', () => {
  it('takes from the earliest expiry first and undated batches last', () => {
    expect(takeFefo(batches, 9)).toEqual({
      takes: [
        { key: 'early', quantity: 3 },
        { key: 'late', quantity: 4 },
        { key: 'undated', quantity: 2 },
      ],
      overdrawn: 0,
    });
  });

  it('takes only what is asked, from one batch when it holds enough', () => {
    expect(takeFefo(batches, 2)).toEqual({ takes: [{ key: 'early', quantity: 2 }], overdrawn: 0 });
  });

  it('never blocks: what no batch holds is reported overdrawn', () => {
    expect(takeFefo(batches, 20)).toMatchObject({ overdrawn: 3 });
    expect(takeFefo([], 5)).toEqual({ takes: [], overdrawn: 5 });
    expect(takeFefo([{ key: 'negative', expiry: null, remaining: -4 }], 1)).toEqual({ takes: [], overdrawn: 1 });
  });

  it('keeps the given order between batches of the same expiry', () => {
    const same = [
      { key: 'first', expiry: date('2027-01-01'), remaining: 1 },
      { key: 'second', expiry: date('2027-01-01'), remaining: 1 },
    ];
    expect(takeFefo(same, 2).takes.map((t) => t.key)).toEqual(['first', 'second']);
  });
});
