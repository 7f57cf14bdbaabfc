import { describe, expect, it } from 'vitest';
import { toBusinessDate } from '../wita';
import { parseCommission, readTerms, termsLabel, termsStart } from './terms';

describe('supply terms', () => {
  it('reads outright cost, a consignment price or a commission, and says what is wrong in Bahasa Indonesia', () => {
    expect(readTerms({ kind: 'beli-putus', cost: '40.000' })).toEqual({
      ok: true,
      value: { kind: 'beli-putus', unitCost: 40_000 },
    });
    expect(readTerms({ kind: 'konsinyasi', price: '52000' })).toEqual({
      ok: true,
      value: { kind: 'konsinyasi', supplierPrice: 52_000 },
    });
    expect(readTerms({ kind: 'konsinyasi', commission: '12,5' })).toEqual({
      ok: true,
      value: { kind: 'konsinyasi', commissionBp: 1250 },
    });
    expect(readTerms({ kind: 'konsinyasi', price: '1', commission: '2' })).toMatchObject({
      ok: false,
      error: { code: 'terms-shape' },
    });
    expect(readTerms({ kind: 'titip' })).toMatchObject({ ok: false, error: { code: 'terms-kind' } });
    expect(readTerms({ kind: 'beli-putus', cost: '4O000' })).toMatchObject({
      ok: false,
      error: { message: 'Harga beli "4O000" harus Rupiah bulat, misalnya 45000.' },
    });
  });

  it('refuses a commission outside 0–100 percent', () => {
    expect(parseCommission('0')).toEqual({ ok: true, value: 0 });
    expect(parseCommission('100%')).toEqual({ ok: true, value: 10_000 });
    for (const bad of ['101', '-5', '12,345', 'dua puluh'])
      expect(parseCommission(bad)).toMatchObject({
        ok: false,
        error: {
          code: 'commission-range',
          message: `Komisi "${bad}" harus persen antara 0 dan 100, misalnya 20 atau 12,5.`,
        },
      });
  });

  it('never rewrites terms: new ones start after the latest and not in the past', () => {
    const today = toBusinessDate('2026-12-10');
    expect(termsStart(undefined, null, today)).toEqual({ ok: true, value: '2026-12-10' });
    // A product's first terms may cover what it sold before they were recorded.
    expect(termsStart('2026-11-01', null, today)).toEqual({ ok: true, value: '2026-11-01' });
    expect(termsStart('2026-12-20', toBusinessDate('2026-11-01'), today)).toEqual({ ok: true, value: '2026-12-20' });
    expect(termsStart('2026-11-01', toBusinessDate('2026-11-01'), today)).toMatchObject({ ok: false });
    expect(termsStart('2026-12-05', toBusinessDate('2026-11-01'), today)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/tidak boleh berlaku mundur/) },
    });
    expect(termsStart('1/12/2026', null, today)).toMatchObject({ ok: false, error: { code: 'terms-date' } });
  });

  it('labels terms as the statement prints them', () => {
    expect(termsLabel({ kind: 'konsinyasi', commissionBp: 1250 })).toBe('konsinyasi komisi 12,5%');
    expect(termsLabel({ kind: 'beli-putus', unitCost: 40_000 as never })).toMatch(/^beli putus Rp\s40\.000\/unit$/);
  });
});
