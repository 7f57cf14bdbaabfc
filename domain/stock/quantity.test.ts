import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { checkQuantity, lineStockQuantity, stockValue } from './quantity';
import { stockDelta } from './stock-reason';

describe('stock quantities', () => {
  it('counts a sale or refund line in units, or in grams for a weighed line', () => {
    expect(lineStockQuantity(3, null)).toBe(3);
    expect(lineStockQuantity(1, 1250)).toBe(1250);
  });

  it('refuses negative, fractional and zero quantities in Bahasa Indonesia', () => {
    expect(checkQuantity(-1)).toEqual({
      ok: false,
      error: { code: 'invalid-quantity', message: 'Jumlah tidak boleh negatif.' },
    });
    expect(checkQuantity(1.5)).toMatchObject({ ok: false, error: { message: expect.stringContaining('bulat') } });
    expect(checkQuantity(0)).toMatchObject({ ok: false });
    expect(checkQuantity(Number.NaN)).toMatchObject({ ok: false });
    expect(checkQuantity(0, { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(checkQuantity(12)).toEqual({ ok: true, value: 12 });
  });

  it('values units at the unit price and grams at the price per kilogram', () => {
    expect(stockValue(3, rupiah(12_000), 'unit')).toBe(36_000);
    expect(stockValue(1250, rupiah(80_000), 'weight')).toBe(100_000);
    expect(stockValue(333, rupiah(10_000), 'weight')).toBe(3_330);
  });

  it('moves stock on hand by reason', () => {
    expect(
      ['received', 'sold', 'refunded', 'refund-damaged', 'written-off', 'transfer-out', 'transfer-in'].map((reason) =>
        stockDelta(reason as Parameters<typeof stockDelta>[0], 4),
      ),
    ).toEqual([4, -4, 4, 0, -4, -4, 4]);
    expect(stockDelta('counted', -2)).toBe(-2);
  });
});
