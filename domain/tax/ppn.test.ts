import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rupiah, sum } from '../money';
import { netLineAmounts } from '../checkout/discount';
import { refundProblems, type Refund } from '../checkout/refund';
import { saleProblems } from '../checkout/sale';
import { buildRefund, buildSale, type LineSpec } from '../test-documents';
import { dppOf, parseNpwp, ppnIncluded, TAX_STATUSES, type TaxSeller } from './ppn';
import { netTaxFigures, refundTaxFigures, saleTaxFigures, taxedSale } from './sale-tax';

const seller: TaxSeller = { npwp: '0123456789012345', name: 'PT NTT Mart Sejahtera', address: 'Jl. El Tari 1, Kupang' };

describe('PPN of one sale', () => {
  it('takes 11/111 of the taxable total once and DPP as 11/12 of harga jual', () => {
    // Rp 111.000 kena PPN: harga jual 100.000, PPN 11.000 (11 %), DPP 91.667 (11/12 of 100.000).
    const sale = buildSale({
      seller,
      lines: [
        { price: 111_000, name: 'Tenun ikat' },
        { price: 20_000, name: 'Beras 1 kg', taxStatus: 'dibebaskan' },
      ],
    });
    expect(sale.tax).toEqual({ seller, taxable: 111_000, exempt: 20_000, base: 100_000, dpp: 91_667, ppn: 11_000 });
    expect(sale.lines.map((l) => l.tax)).toEqual([
      { status: 'kena-ppn', base: 100_000, dpp: 91_667, ppn: 11_000 },
      { status: 'dibebaskan', base: 20_000, dpp: 0, ppn: 0 },
    ]);
  });

  it('rounds once per sale, not per line, and shares the remainder so lines add up', () => {
    // Three lines of Rp 1.000: each alone would be 99,099 → 99; the sale's 2.973,… rounds to 297.
    const sale = buildSale({ seller, lines: [{ price: 1_000 }, { price: 1_000 }, { price: 1_000 }] });
    expect(sale.tax!.ppn).toBe(297);
    expect(sale.lines.map((l) => l.tax!.ppn)).toEqual([99, 99, 99]);
    expect(ppnIncluded(rupiah(3_000))).toBe(297);
    const odd = buildSale({ seller, lines: [{ price: 1_000 }, { price: 1_000 }, { price: 1_001 }] });
    expect(sum(odd.lines.map((l) => l.tax!.ppn))).toBe(odd.tax!.ppn);
  });

  it('takes discounts off the base before tax', () => {
    const sale = buildSale({ seller, lines: [{ price: 120_000, discount: 9_000 }], discount: 11_100 });
    expect(sale.total).toBe(99_900);
    expect(sale.tax!.ppn).toBe(9_900);
    expect(sale.tax!.base).toBe(90_000);
    expect(sale.tax!.dpp).toBe(dppOf(rupiah(90_000)));
  });

  it('records nothing for a non-PKP outlet', () => {
    const sale = buildSale({ lines: [{ price: 10_000 }] });
    expect(sale.tax).toBeUndefined();
    expect(sale.lines[0]!.tax).toBeUndefined();
    expect(saleTaxFigures(sale)).toEqual({ taxable: 0, exempt: 0, dpp: 0, ppn: 0 });
  });

  it('refuses a sale whose tax figures do not follow the rule', () => {
    const sale = buildSale({ seller, lines: [{ price: 11_100 }] });
    const forged = { ...sale, tax: { ...sale.tax!, ppn: rupiah(1) } };
    expect(saleProblems(forged)).toContain('DPP/PPN should be 9167/1100');
    const oneLine = { ...sale, lines: [{ ...sale.lines[0]!, tax: { ...sale.lines[0]!.tax!, ppn: rupiah(0) } }] };
    expect(saleProblems(oneLine)).toEqual(['line 1 tax does not follow the rounding rule']);
  });
});

describe('NPWP', () => {
  it('takes 15 or 16 digits, with punctuation', () => {
    expect(parseNpwp('01.234.567.8-901.000')).toEqual({ ok: true, value: '012345678901000' });
    expect(parseNpwp('0123456789012345')).toEqual({ ok: true, value: '0123456789012345' });
    expect(parseNpwp('12345')).toMatchObject({
      ok: false,
      error: { message: 'NPWP harus 15 atau 16 angka, bukan 5.' },
    });
    expect(parseNpwp('12a')).toMatchObject({ ok: false, error: { code: 'invalid-npwp' } });
  });
});

const lineSpec: fc.Arbitrary<LineSpec> = fc
  .record({
    price: fc.integer({ min: 0, max: 2_000_000 }),
    quantity: fc.integer({ min: 1, max: 12 }),
    discountPart: fc.integer({ min: 0, max: 100 }),
    taxStatus: fc.constantFrom(...TAX_STATUSES),
  })
  .map(({ price, quantity, discountPart, taxStatus }) => ({
    price,
    quantity,
    discount: Math.floor((price * quantity * discountPart) / 400),
    taxStatus,
  }));

const cart = fc
  .record({
    lines: fc.array(lineSpec, { minLength: 1, maxLength: 8 }),
    discountPart: fc.integer({ min: 0, max: 100 }),
    refunds: fc.array(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })), { maxLength: 4 }), {
      maxLength: 5,
    }),
  })
  // Free lines may be in a cart, but a sale with nothing to pay takes no payment and is not one.
  .filter((c) => c.lines.some((l) => l.price > 0));

function saleOf(c: { lines: LineSpec[]; discountPart: number }) {
  const subtotal = c.lines.reduce((a, l) => a + l.price * (l.quantity ?? 1) - (l.discount ?? 0), 0);
  return buildSale({ seller, lines: c.lines, discount: Math.floor((subtotal * c.discountPart) / 300) });
}

describe('PPN properties', () => {
  it('line harga jual + PPN add up to what each line was paid and to the receipt total; nothing negative', () => {
    fc.assert(
      fc.property(cart, (c) => {
        const sale = saleOf(c);
        const tax = sale.tax!;
        const paid = netLineAmounts(sale);
        sale.lines.forEach((l, i) => {
          expect(l.tax!.base + l.tax!.ppn).toBe(paid[i]);
          expect(l.tax!.ppn).toBeGreaterThanOrEqual(0);
          expect(l.tax!.dpp).toBeGreaterThanOrEqual(0);
          expect(l.tax!.base).toBeGreaterThanOrEqual(0);
          if (l.tax!.status === 'dibebaskan') expect([l.tax!.ppn, l.tax!.dpp]).toEqual([0, 0]);
        });
        expect(sum(sale.lines.map((l) => l.tax!.ppn))).toBe(tax.ppn);
        expect(sum(sale.lines.map((l) => l.tax!.dpp))).toBe(tax.dpp);
        expect(sum(sale.lines.map((l) => l.tax!.base)) + tax.ppn).toBe(sale.total);
        expect(tax.taxable + tax.exempt).toBe(sale.total);
        expect(tax.base + tax.ppn).toBe(tax.taxable);
        expect(taxedSale(sale, (l) => l.tax!.status, seller)).toEqual(sale);
      }),
    );
  });

  it('refunds return the tax of what they return, never negative, and all of it once everything is back', () => {
    fc.assert(
      fc.property(cart, (c) => {
        const sale = saleOf(c);
        const refunds: Refund[] = [];
        const left = sale.lines.map((l) => l.quantity);
        const refundOf = (picks: Array<[number, number]>) => {
          const refund = buildRefund(sale, picks, refunds);
          expect(refundProblems(refund, sale, refunds)).toEqual([]);
          for (const line of refund.lines) {
            expect(line.tax!.ppn).toBeGreaterThanOrEqual(0);
            expect(line.tax!.dpp).toBeGreaterThanOrEqual(0);
            expect(line.tax!.base + line.tax!.ppn).toBe(line.amount);
          }
          refunds.push(refund);
        };
        for (const picks of c.refunds) {
          const fitting = new Map<number, number>();
          for (const [index, quantity] of picks) {
            const i = index % sale.lines.length;
            const q = Math.min(quantity, left[i]! - (fitting.get(i) ?? 0));
            if (q > 0) fitting.set(i, (fitting.get(i) ?? 0) + q);
          }
          if (fitting.size === 0) continue;
          for (const [i, q] of fitting) left[i] = left[i]! - q;
          refundOf([...fitting].map(([i, q]) => [i + 1, q]));
        }
        const rest = left.flatMap((q, i): Array<[number, number]> => (q > 0 ? [[i + 1, q]] : []));
        if (rest.length > 0) refundOf(rest);
        const returned = netTaxFigures(refunds.map(refundTaxFigures), []);
        const charged = saleTaxFigures(sale);
        expect(returned).toEqual({
          taxable: charged.taxable,
          exempt: charged.exempt,
          dpp: charged.dpp,
          ppn: charged.ppn,
        });
        expect(netTaxFigures([charged], refunds.map(refundTaxFigures))).toEqual({
          taxable: 0,
          exempt: 0,
          dpp: 0,
          ppn: 0,
        });
      }),
    );
  });
});
