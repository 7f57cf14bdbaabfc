import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { checkCountedQuantity, inScope, reconcile, reviewStockTake, varianceValue } from './stock-take';

const at = (minute: number) => `2026-12-03T02:${String(minute).padStart(2, '0')}:00.000Z`;
const sale = (minute: number, quantity: number) => ({ occurredAt: at(minute), quantity: -quantity });
const refund = (minute: number, quantity: number) => ({ occurredAt: at(minute), quantity });

describe('stock-take reconciliation', () => {
  const figures = { expected: 10, counted: 9, firstCountedAt: at(10), lastCountedAt: at(20) };

  it('books counted − expected when nothing sold while counting', () => {
    expect(reconcile(figures, [])).toEqual({ expected: 10, counted: 9, soldWhileCounting: 0, variance: -1 });
  });

  it('adds back what sold between the first and the last count, so the sale is not also a shortage', () => {
    // 10 on hand at 02:10; 2 sold at 02:15 before the second shelf was scanned; 8 scanned in all.
    const line = reconcile({ ...figures, counted: 8 }, [sale(15, 2)]);
    expect(line).toEqual({ expected: 10, counted: 10, soldWhileCounting: 2, variance: 0 });
    // The ledger then holds 10 − 2 sold + 0: the 8 on the shelf.
    expect(10 - 2 + line.variance).toBe(8);
  });

  it('leaves sales before the first and after the last count in the ledger alone', () => {
    const line = reconcile(figures, [sale(5, 3), sale(40, 4)]);
    expect(line).toEqual({ expected: 10, counted: 9, soldWhileCounting: 0, variance: -1 });
    // On hand at approval: 10 − 4 sold after the count, −1 booked: what the shelf has after the sale.
    expect(10 - 4 + line.variance).toBe(9 - 4);
  });

  it('takes refunds back off the figure, never below zero', () => {
    expect(reconcile(figures, [sale(12, 3), refund(14, 1)])).toMatchObject({ counted: 11, soldWhileCounting: 2 });
    expect(reconcile({ ...figures, counted: 0 }, [refund(12, 2)])).toMatchObject({ counted: 0, variance: -10 });
  });
});

describe('stock-take review', () => {
  const kopi = { id: 'p1', name: 'Kopi', price: rupiah(12_000), soldBy: 'unit' as const, unit: 'pcs' };
  const ikan = { id: 'p2', name: 'Ikan', price: rupiah(80_000), soldBy: 'weight' as const, unit: 'kg' };
  const madu = { id: 'p3', name: 'Madu', price: rupiah(50_000), soldBy: 'unit' as const, unit: 'botol' };

  it('values variances at the selling price, per kilogram for weighed goods, and lists what was not counted', () => {
    const review = reviewStockTake(
      [
        { product: kopi, expected: 10, counted: 8, soldWhileCounting: 0, variance: -2 },
        { product: ikan, expected: 1_000, counted: 1_250, soldWhileCounting: 0, variance: 250 },
      ],
      [kopi, ikan, madu],
    );
    expect(review.lines.map((l) => l.varianceValue)).toEqual([-24_000, 20_000]);
    expect(review).toMatchObject({ shortage: -24_000, surplus: 20_000, net: -4_000, differing: 2 });
    expect(review.notCounted.map((p) => p.id)).toEqual(['p3']);
    expect(varianceValue(0, kopi.price, 'unit')).toBe(0);
  });

  it('counts a category only', () => {
    expect(inScope({ category: 'Kopi' }, { kind: 'category', category: 'Kopi' })).toBe(true);
    expect(inScope({ category: 'Madu' }, { kind: 'category', category: 'Kopi' })).toBe(false);
    expect(inScope({ category: 'Madu' }, { kind: 'outlet' })).toBe(true);
  });

  it('refuses negative and fractional counts in Bahasa Indonesia, and takes zero', () => {
    expect(checkCountedQuantity(-1, 'unit')).toMatchObject({
      ok: false,
      error: { message: 'Jumlah tidak boleh negatif.' },
    });
    expect(checkCountedQuantity(1.5, 'unit')).toMatchObject({
      ok: false,
      error: { message: 'Jumlah dihitung dalam satuan utuh, tanpa koma.' },
    });
    expect(checkCountedQuantity(250.5, 'weight')).toMatchObject({
      ok: false,
      error: { message: 'Berat dihitung dalam gram bulat, tanpa koma.' },
    });
    expect(checkCountedQuantity(0, 'unit')).toEqual({ ok: true, value: 0 });
    expect(checkCountedQuantity(1_250, 'weight')).toEqual({ ok: true, value: 1_250 });
  });
});
