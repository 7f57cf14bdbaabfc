import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, formatRupiah, groupThousands, multiplyRatio, parseRupiah, percentOf, rupiah, sum } from './money';

describe('money', () => {
  it('refuses fractions', () => {
    expect(() => rupiah(1.5)).toThrow(RangeError);
    expect(() => rupiah(Number.NaN)).toThrow(RangeError);
  });

  it('formats as Indonesian Rupiah without decimals', () => {
    expect(formatRupiah(rupiah(1_250_000)).replace(/\s/g, ' ')).toBe('Rp 1.250.000');
    expect(groupThousands(rupiah(1_065_000))).toBe('1.065.000');
  });

  it('parses what cashiers type', () => {
    expect(parseRupiah('20.000')).toBe(20_000);
    expect(parseRupiah('Rp 150.000')).toBe(150_000);
    expect(parseRupiah('75000')).toBe(75_000);
    expect(parseRupiah('12,5')).toBeNull();
    expect(parseRupiah('-5')).toBeNull();
    expect(parseRupiah('')).toBeNull();
  });

  it('rounds ratios explicitly, beyond 2^53 intermediates', () => {
    expect(multiplyRatio(rupiah(85_000), 1_255, 1_000, 'half-up')).toBe(106_675);
    expect(multiplyRatio(rupiah(1_001), 1, 2, 'half-up')).toBe(501);
    expect(multiplyRatio(rupiah(1_001), 1, 2, 'down')).toBe(500);
    expect(multiplyRatio(rupiah(1_001), 1, 2, 'up')).toBe(501);
    expect(multiplyRatio(rupiah(200_000_000_000), 99_999, 100_000, 'down')).toBe(199_998_000_000);
    expect(percentOf(rupiah(33_333), 1_000, 'half-up')).toBe(3_333);
  });

  it('allocates so that the parts always add up to the whole', () => {
    expect(allocate(rupiah(100), [1, 1, 1])).toEqual([34, 33, 33]);
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = allocate(rupiah(total), weights);
          expect(sum(parts)).toBe(total);
          expect(parts).toHaveLength(weights.length);
          if (weights.some((w) => w > 0)) {
            weights.forEach((w, i) => {
              if (w === 0) expect(parts[i]).toBe(0);
            });
          }
        },
      ),
    );
  });
});
