import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discountAmount, discountProblem, netLineAmounts, parsePercent } from './discount';
import { rupiah, sum } from '../money';
import { buildSale } from '../test-documents';

const plain = (s: string | null) => s?.replace(/\u00a0/g, ' ') ?? null;

describe('discounts', () => {
  it('takes an amount off as given', () => {
    expect(discountAmount(rupiah(50_000), { kind: 'amount', amount: rupiah(5_000) })).toBe(5_000);
    expect(discountAmount(rupiah(50_000), { kind: 'amount', amount: rupiah(50_000) })).toBe(50_000);
  });

  it('rounds a percentage half-up to whole Rupiah', () => {
    expect(discountAmount(rupiah(33_333), { kind: 'percent', basisPoints: 1_000 })).toBe(3_333);
    expect(discountAmount(rupiah(33_335), { kind: 'percent', basisPoints: 1_000 })).toBe(3_334);
    expect(discountAmount(rupiah(15_000), { kind: 'percent', basisPoints: 250 })).toBe(375);
    expect(discountAmount(rupiah(99), { kind: 'percent', basisPoints: 10_000 })).toBe(99);
  });

  it('never takes a price below zero: larger discounts are refused in Indonesian', () => {
    expect(plain(discountProblem(rupiah(50_000), { kind: 'amount', amount: rupiah(60_000) }))).toBe(
      'Diskon Rp 60.000 melebihi harga Rp 50.000.',
    );
    expect(discountProblem(rupiah(50_000), { kind: 'amount', amount: rupiah(-1) })).toBe('Diskon tidak boleh negatif.');
    expect(discountProblem(rupiah(50_000), { kind: 'percent', basisPoints: 10_001 })).toBe(
      'Diskon persen harus antara 0% dan 100%.',
    );
    expect(discountProblem(rupiah(50_000), { kind: 'percent', basisPoints: 12.5 })).toBe(
      'Diskon persen harus antara 0% dan 100%.',
    );
    expect(() => discountAmount(rupiah(50_000), { kind: 'amount', amount: rupiah(60_000) })).toThrow(RangeError);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (base, bp) => {
        const off = discountAmount(rupiah(base), { kind: 'percent', basisPoints: bp });
        expect(off).toBeGreaterThanOrEqual(0);
        expect(off).toBeLessThanOrEqual(base);
      }),
    );
  });

  it('shares a whole-sale discount over the lines so they add up to the sale total', () => {
    const sale = buildSale({ lines: [{ price: 30_000 }, { price: 10_000 }, { price: 0 }], discount: 4_001 });
    // Shares 3000.75 and 1000.25: the spare Rupiah goes to the larger fraction.
    expect(netLineAmounts(sale)).toEqual([26_999, 9_000, 0]);
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 12 })
          .filter((p) => p.some((x) => x > 0)),
        fc.integer({ min: 0, max: 10_000 }),
        (prices, bp) => {
          const subtotal = prices.reduce((a, b) => a + b, 0);
          // A sale is paid with a positive amount, so the discount leaves at least Rp 1.
          const s = buildSale({
            lines: prices.map((price) => ({ price })),
            discount: Math.floor(((subtotal - 1) * bp) / 10_000),
          });
          const nets = netLineAmounts(s);
          expect(sum(nets)).toBe(s.total);
          nets.forEach((n, i) => expect(n).toBeLessThanOrEqual(s.lines[i]!.total));
          nets.forEach((n) => expect(n).toBeGreaterThanOrEqual(0));
        },
      ),
    );
  });
});

describe('percentages typed by a person', () => {
  it('read as basis points with a comma or a point, and refuse the rest', () => {
    expect(['10', '12,5', '12.5 %', '0,25', '100%'].map(parsePercent)).toEqual([1_000, 1_250, 1_250, 25, 10_000]);
    expect(['', 'sepuluh', '1,234', '-5', '1000'].map(parsePercent)).toEqual([null, null, null, null, null]);
  });
});
