import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { checkPayout, costOfSales, statementTotals, unpaidMonths } from './settlement';

describe('settlement', () => {
  it('owes consigned goods at the supplier price per unit or per kilogram', () => {
    expect(costOfSales({ kind: 'konsinyasi', supplierPrice: rupiah(52_000) }, 3, rupiah(195_000), 'unit')).toBe(
      156_000,
    );
    expect(costOfSales({ kind: 'konsinyasi', supplierPrice: rupiah(90_000) }, 2_500, rupiah(250_000), 'weight')).toBe(
      225_000,
    );
    expect(costOfSales({ kind: 'beli-putus', unitCost: rupiah(40_000) }, -2, rupiah(-130_000), 'unit')).toBe(-80_000);
  });

  it('splits a commission so supplier and shop parts add up to the sales, a tie going to the supplier', () => {
    const half = { kind: 'konsinyasi', commissionBp: 5000 } as const;
    expect(costOfSales(half, 1, rupiah(101), 'unit')).toBe(51);
    expect(costOfSales({ kind: 'konsinyasi', commissionBp: 2000 }, 4, rupiah(260_000), 'unit')).toBe(208_000);
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 10_000 }), (sales, bp) => {
        const supplier = costOfSales({ kind: 'konsinyasi', commissionBp: bp }, 1, rupiah(sales), 'unit');
        const exact = (sales * (10_000 - bp)) / 10_000;
        expect(Math.abs(supplier - exact)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('totals a statement: opening plus owed less paid, a correction counting negative', () => {
    expect(
      statementTotals(
        rupiah(100_000),
        [{ owed: rupiah(300_000) }, { owed: rupiah(-52_000) }],
        [{ amount: rupiah(200_000) }, { amount: rupiah(-50_000) }],
      ),
    ).toEqual({ owed: 248_000, paid: 150_000, closing: 198_000 });
  });

  it('refuses a payout over the balance unless confirmed, and always takes a correction', () => {
    expect(checkPayout(rupiah(500_000), rupiah(400_000), false)).toMatchObject({
      ok: false,
      error: { code: 'payout-over-balance', message: expect.stringMatching(/melebihi saldo terutang.*--confirm/) },
    });
    expect(checkPayout(rupiah(500_000), rupiah(400_000), true)).toEqual({ ok: true, value: 500_000 });
    expect(checkPayout(rupiah(-500_000), rupiah(0), false)).toEqual({ ok: true, value: -500_000 });
    expect(checkPayout(rupiah(0), rupiah(10), false)).toMatchObject({ ok: false });
  });

  it('pays the oldest months first', () => {
    const owed = [
      { month: '2026-12', owed: rupiah(300) },
      { month: '2026-10', owed: rupiah(100) },
      { month: '2026-11', owed: rupiah(200) },
    ];
    expect(unpaidMonths(owed, rupiah(150))).toEqual([
      { month: '2026-11', unpaid: 150 },
      { month: '2026-12', unpaid: 300 },
    ]);
    expect(unpaidMonths(owed, rupiah(600))).toEqual([]);
  });
});
