import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rupiah, sum } from '../money';
import {
  payBack,
  refundableLines,
  refundAsn,
  refundLine,
  refundPicksProblem,
  refundProblems,
  refundStatus,
  type Refund,
  type RefundPayment,
} from './refund';
import type { Sale } from './sale';
import { buildRefund, buildSale } from '../test-documents';
import { toNip } from '../asn/nip';

function refundOf(
  original: Sale,
  picks: Array<[lineNo: number, quantity: number]>,
  earlier: readonly Refund[],
  payments?: RefundPayment[],
): Refund {
  return buildRefund(original, picks, earlier, payments === undefined ? {} : { payments });
}

// 3 × 10.000, and 25.000 less 5.000 on the line; 5.000 off the whole sale; paid 20.000 QRIS + 25.000 cash.
const sale = buildSale({
  lines: [
    { price: 10_000, quantity: 3, name: 'Kopi Bajawa' },
    { price: 25_000, discount: 5_000, name: 'Tenun ikat', category: 'Kerajinan' },
  ],
  discount: 5_000,
  payments: [
    { method: 'qris', amount: 20_000 },
    { method: 'cash', tendered: 50_000 },
  ],
  nip: toNip('198609262015051001'),
  completedAt: '2026-01-31T15:30:00.000Z',
});

const plain = (problems: string[]) => problems.map((p) => p.replace(/\u00a0/g, ' '));

describe('refund lines', () => {
  it('prices returned units from what was actually paid for the line', () => {
    // The sale discount is shared 3.000 / 2.000, so the lines were paid 27.000 and 18.000.
    expect(refundLine(sale, 1, 1, []).amount).toBe(9_000);
    expect(refundLine(sale, 1, 3, []).amount).toBe(27_000);
    expect(refundLine(sale, 2, 1, [])).toEqual({
      lineNo: 2,
      productId: 'p-Tenun ikat',
      name: 'Tenun ikat',
      category: 'Kerajinan',
      supplier: 'UMKM Sumba',
      quantity: 1,
      amount: 18_000,
    });
  });

  it('returns exactly the line amount when refunded in pieces', () => {
    const odd = buildSale({ lines: [{ price: 10_000, quantity: 3 }], discount: 1 });
    const first = refundOf(odd, [[1, 1]], []);
    const second = refundOf(odd, [[1, 1]], [first]);
    const third = refundOf(odd, [[1, 1]], [first, second]);
    expect([first.total, second.total, third.total]).toEqual([9_999, 10_000, 10_000]);
    expect(first.total + second.total + third.total).toBe(odd.total);
    expect(() => refundLine(odd, 1, 1, [first, second, third])).toThrow(RangeError);
    expect(() => refundLine(odd, 2, 1, [])).toThrow(RangeError);
  });

  it('names picks beyond what is left as a problem, before refundLine would throw', () => {
    const sale = buildSale({ lines: [{ price: 10_000, quantity: 3 }] });
    const first = refundOf(sale, [[1, 2]], []);
    expect(refundPicksProblem(sale, [[1, 1]], [first])).toBeNull();
    for (const picks of [[[1, 2]], [[2, 1]], [[1, 0]], [[1, 1.5]]] as const)
      expect(refundPicksProblem(sale, picks, [first])).toEqual({
        code: 'refund-exceeds-sale',
        message: 'Jumlah yang dikembalikan melebihi sisa yang bisa dikembalikan.',
      });
  });

  it('lists what is left to refund', () => {
    const first = refundOf(sale, [[1, 2]], []);
    expect(refundableLines(sale, [first])).toEqual([
      { lineNo: 1, name: 'Kopi Bajawa', weightGrams: null, sold: 3, refunded: 2, remaining: 1 },
      { lineNo: 2, name: 'Tenun ikat', weightGrams: null, sold: 1, refunded: 0, remaining: 1 },
    ]);
  });

  it('lowers the ASN month of the original sale, in WITA', () => {
    expect(refundAsn(sale)).toEqual({ nip: toNip('198609262015051001'), month: '2026-01' });
    expect(refundAsn(buildSale({ lines: [{ price: 1_000 }] }))).toBeNull();
  });
});

describe('refundStatus', () => {
  it('tells a sale with nothing, some or all of its goods back', () => {
    expect(refundStatus(sale, [])).toBe('none');
    const some = refundOf(sale, [[1, 2]], []);
    expect(refundStatus(sale, [some])).toBe('partial');
    const rest = refundOf(
      sale,
      [
        [1, 1],
        [2, 1],
      ],
      [some],
    );
    expect(refundStatus(sale, [some, rest])).toBe('full');
  });
});

describe('refundProblems', () => {
  it('takes back free goods without paying anything', () => {
    const free = buildSale({ lines: [{ price: 5_000 }, { price: 2_000, discount: 2_000 }] });
    const refund = refundOf(free, [[2, 1]], []);
    expect(refund.total).toBe(0);
    expect(refundProblems(refund, free, [])).toEqual([]);
    expect(refundProblems({ ...refund, payments: [{ method: 'cash', amount: rupiah(0) }] }, free, [])).toHaveLength(1);
  });

  it('accepts a sound refund, by the original method or in cash', () => {
    expect(
      refundProblems(
        refundOf(
          sale,
          [
            [1, 1],
            [2, 1],
          ],
          [],
        ),
        sale,
        [],
      ),
    ).toEqual([]);
    expect(
      refundProblems(refundOf(sale, [[2, 1]], [], [{ method: 'qris', amount: rupiah(18_000) }]), sale, []),
    ).toEqual([]);
  });

  it('never refunds more than was sold, counting earlier refunds', () => {
    const first = refundOf(sale, [[1, 2]], []);
    const second = {
      ...refundOf(sale, [[1, 1]], [first]),
      lines: [{ ...refundLine(sale, 1, 1, [first]), quantity: 2 }],
    };
    expect(plain(refundProblems(second, sale, [first]))).toContain(
      'Baris 1: jumlah 2 melebihi sisa yang bisa dikembalikan (1).',
    );
    // A refund is not counted against itself when the list of earlier refunds includes it.
    const third = refundOf(sale, [[1, 1]], [first]);
    expect(refundProblems(third, sale, [first, third])).toEqual([]);
  });

  it('names wrong lines, amounts and totals', () => {
    const base = refundOf(sale, [[1, 1]], []);
    const line = base.lines[0]!;
    const cases: Array<[Partial<Refund>, string]> = [
      [{ lines: [] }, 'Refund tidak berisi barang.'],
      [{ lines: [{ ...line, lineNo: 9 }] }, `Baris 9 tidak ada di struk ${sale.receiptNo}.`],
      [
        { lines: [line, line], total: rupiah(18_000), payments: [{ method: 'cash', amount: rupiah(18_000) }] },
        'Baris 1 muncul lebih dari sekali.',
      ],
      [{ lines: [{ ...line, quantity: 0 }] }, 'Baris 1: jumlah 0 harus bilangan bulat positif.'],
      [{ lines: [{ ...line, quantity: 1.5 }] }, 'Baris 1: jumlah 1.5 harus bilangan bulat positif.'],
      [
        {
          lines: [{ ...line, amount: rupiah(10_000) }],
          total: rupiah(10_000),
          payments: [{ method: 'cash', amount: rupiah(10_000) }],
        },
        'Baris 1: nilai Rp 10.000 seharusnya Rp 9.000.',
      ],
      [{ lines: [{ ...line, productId: 'p-lain' }] }, 'Baris 1: data barang tidak sama dengan struk asal.'],
      [{ total: rupiah(8_000) }, 'Total refund Rp 8.000 seharusnya Rp 9.000.'],
      [{ originalReceiptNo: 'X-1' }, `Refund menunjuk struk X-1, bukan ${sale.receiptNo}.`],
      [{ training: true }, 'Refund latihan dan penjualan sungguhan tidak boleh dicampur.'],
      [{ asn: null }, 'Refund harus mengurangi belanja ASN 2026-01 dari struk asal.'],
      [
        { asn: { nip: toNip('198609262015051001'), month: '2026-02' } },
        'Refund harus mengurangi belanja ASN 2026-01 dari struk asal.',
      ],
    ];
    for (const [change, message] of cases)
      expect(plain(refundProblems({ ...base, ...change }, sale, []))).toContain(message);
    const notAsn = buildSale({ lines: [{ price: 1_000 }] });
    expect(
      refundProblems(
        { ...refundOf(notAsn, [[1, 1]], []), asn: { nip: toNip('198609262015051001'), month: '2026-02' } },
        notAsn,
        [],
      ),
    ).toEqual(['Struk asal bukan belanja ASN.']);
  });

  it('pays back by cash or a method the buyer used, never more than it paid', () => {
    const all = refundOf(
      sale,
      [
        [1, 3],
        [2, 1],
      ],
      [],
    );
    const byDebit = { ...all, payments: [{ method: 'debit' as const, amount: all.total }] };
    expect(plain(refundProblems(byDebit, sale, []))).toEqual([
      'Pengembalian lewat Debit Rp 45.000 melebihi sisa pembayaran Debit di struk asal (Rp 0).',
    ]);
    const tooMuchQris = {
      ...all,
      payments: [
        { method: 'qris' as const, amount: rupiah(25_000) },
        { method: 'cash' as const, amount: rupiah(20_000) },
      ],
    };
    expect(plain(refundProblems(tooMuchQris, sale, []))).toEqual([
      'Pengembalian lewat QRIS Rp 25.000 melebihi sisa pembayaran QRIS di struk asal (Rp 20.000).',
    ]);
    const first = refundOf(sale, [[2, 1]], [], [{ method: 'qris', amount: rupiah(18_000) }]);
    const second = refundOf(sale, [[1, 1]], [first], [{ method: 'qris', amount: rupiah(9_000) }]);
    expect(plain(refundProblems(second, sale, [first]))).toEqual([
      'Pengembalian lewat QRIS Rp 9.000 melebihi sisa pembayaran QRIS di struk asal (Rp 2.000).',
    ]);
    expect(plain(refundProblems({ ...all, payments: [] }, sale, []))).toEqual([
      'Refund tidak punya pembayaran kembali.',
    ]);
    expect(plain(refundProblems({ ...all, payments: [{ method: 'cash', amount: rupiah(40_000) }] }, sale, []))).toEqual(
      ['Uang kembali Rp 40.000 tidak sama dengan total refund Rp 45.000.'],
    );
    expect(
      plain(
        refundProblems(
          {
            ...all,
            payments: [
              { method: 'cash', amount: all.total },
              { method: 'qris', amount: rupiah(0) },
            ],
          },
          sale,
          [],
        ),
      ),
    ).toEqual(['Pengembalian QRIS Rp 0 harus lebih dari nol.']);
  });

  it('refunding a sale in any pieces returns exactly its total, each piece sound', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ price: fc.integer({ min: 1, max: 500_000 }), quantity: fc.integer({ min: 1, max: 7 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 40 }),
        (lines, discountBp, choices) => {
          const subtotal = lines.reduce((a, l) => a + l.price * l.quantity, 0);
          const original = buildSale({ lines, discount: Math.floor((subtotal * discountBp) / 10_000) });
          const refunds: Refund[] = [];
          let pick = 0;
          for (;;) {
            const open = refundableLines(original, refunds).filter((l) => l.remaining > 0);
            if (open.length === 0) break;
            const line = open[choices[pick % choices.length]! % open.length]!;
            const quantity = 1 + (choices[(pick + 1) % choices.length]! % line.remaining);
            pick += 1;
            const refund = refundOf(original, [[line.lineNo, quantity]], refunds);
            expect(refundProblems(refund, original, refunds)).toEqual([]);
            refunds.push(refund);
          }
          expect(sum(refunds.map((r) => r.total))).toBe(original.total);
        },
      ),
    );
  });
});

describe('paying back', () => {
  it('goes back by QRIS or debit up to what each paid, then cash; or all in cash', () => {
    const first = refundLine(sale, 1, 3, []);
    expect(payBack(sale, [], first.amount, 'original')).toEqual([
      { method: 'qris', amount: 20_000 },
      { method: 'cash', amount: 7_000 },
    ]);
    expect(payBack(sale, [], first.amount, 'cash')).toEqual([{ method: 'cash', amount: 27_000 }]);
    const earlier = refundOf(sale, [[1, 1]], [], payBack(sale, [], rupiah(9_000), 'original'));
    expect(earlier.payments).toEqual([{ method: 'qris', amount: 9_000 }]);
    expect(payBack(sale, [earlier], rupiah(18_000), 'original')).toEqual([
      { method: 'qris', amount: 11_000 },
      { method: 'cash', amount: 7_000 },
    ]);
    expect(payBack(sale, [], rupiah(0), 'original')).toEqual([]);
  });

  it('always passes refundProblems, refund after refund, by either way', () => {
    fc.assert(
      fc.property(
        // At least Rp 2 a unit, so a sale of two units splits into positive parts over three methods.
        fc.array(fc.integer({ min: 2, max: 90_000 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Array<'qris' | 'debit' | 'cash'>>(
          ['qris', 'cash'],
          ['debit'],
          ['cash'],
          ['qris', 'debit', 'cash'],
        ),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 8 }),
        (prices, methods, steps) => {
          const lines = prices.map((price) => ({ price, quantity: 2 }));
          const total = sum(prices.map((p) => rupiah(2 * p)));
          const share = Math.floor(total / methods.length);
          const original = buildSale({
            lines,
            payments: methods.map((method, i) => (i < methods.length - 1 ? { method, amount: share } : { method })),
          });
          const refunds: Refund[] = [];
          for (const [pick, byCash] of steps) {
            const left = refundableLines(original, refunds).filter((l) => l.remaining > 0);
            if (left.length === 0) break;
            const line = left[pick % left.length]!;
            const drafted = buildRefund(original, [[line.lineNo, 1]], refunds);
            const refund = {
              ...drafted,
              payments: payBack(original, refunds, drafted.total, byCash ? 'cash' : 'original'),
            };
            expect(refundProblems(refund, original, refunds)).toEqual([]);
            refunds.push(refund);
          }
        },
      ),
    );
  });
});
