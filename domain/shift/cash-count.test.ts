import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cashCountProblems, cashCountTotal, DENOMINATIONS, type CashCount } from './cash-count';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('cash count', () => {
  it('knows the Indonesian notes and coins, the Rp 1.000 note and coin apart', () => {
    expect(DENOMINATIONS.map((d) => d.value)).toEqual([
      100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 1_000, 500, 200, 100,
    ]);
    expect(DENOMINATIONS.map((d) => plain(d.label))).toContain('Uang kertas Rp 1.000');
    expect(DENOMINATIONS.map((d) => plain(d.label))).toContain('Koin Rp 1.000');
    expect(new Set(DENOMINATIONS.map((d) => d.id)).size).toBe(DENOMINATIONS.length);
  });

  it('totals a count by denomination', () => {
    const count: CashCount = {
      'note-100000': 2,
      'note-50000': 1,
      'note-2000': 3,
      'note-1000': 4,
      'coin-1000': 5,
      'coin-500': 3,
      'coin-100': 7,
    };
    expect(cashCountTotal(count)).toBe(200_000 + 50_000 + 6_000 + 4_000 + 5_000 + 1_500 + 700);
    expect(cashCountTotal({})).toBe(0);
  });

  it('refuses fractional and negative counts with the denomination named', () => {
    expect(cashCountProblems({ 'note-50000': 1.5, 'coin-500': -2, 'note-1000': 3 }).map(plain)).toEqual([
      'Uang kertas Rp 50.000: jumlah harus bilangan bulat, tidak negatif.',
      'Koin Rp 500: jumlah harus bilangan bulat, tidak negatif.',
    ]);
    expect(cashCountProblems({ 'note-10000': Number.NaN })).toHaveLength(1);
    expect(() => cashCountTotal({ 'coin-200': -1 })).toThrow(RangeError);
  });

  it('is the sum of pieces times value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000 }), {
          minLength: DENOMINATIONS.length,
          maxLength: DENOMINATIONS.length,
        }),
        (pieces) => {
          const count = Object.fromEntries(DENOMINATIONS.map((d, i) => [d.id, pieces[i]!])) as CashCount;
          const expected = DENOMINATIONS.reduce((total, d, i) => total + d.value * pieces[i]!, 0);
          expect(cashCountTotal(count)).toBe(expected);
          expect(cashCountTotal(count) % 100).toBe(0);
        },
      ),
    );
  });
});
