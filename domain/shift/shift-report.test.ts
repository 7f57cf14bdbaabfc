import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DENOMINATIONS, type CashCount } from './cash-count';
import { toCashMovementId, type CashMovement } from './cash-movement';
import { allocate, rupiah, type Rupiah } from '../money';
import { refundProblems, type Refund } from '../checkout/refund';
import { PAYMENT_METHODS, type PaymentMethod, type Sale } from '../checkout/sale';
import { toOutletId, toTerminalId } from '../outlet/terminal';
import { openShift, toShiftId, type Shift } from './shift';
import { dayClose, shiftReport, type ShiftReport } from './shift-report';
import { buildRefund, buildSale, type PaymentSpec } from '../test-documents';
import { toBusinessDate } from '../wita';

const THRESHOLD = rupiah(10_000);
const NIP = '198609262015051001';
const LBJ = toOutletId('LBJ');

function shiftOf(id: string, openedAt: string, openingFloat: CashCount, counted: CashCount | null): Shift {
  const shift = openShift({
    id: toShiftId(id),
    outletId: LBJ,
    terminalId: toTerminalId('T1'),
    cashier: { id: 'k1', name: 'Maria' },
    training: false,
    openedAt,
    openingFloat,
  });
  if (counted === null) return shift;
  return {
    ...shift,
    closing: {
      closedAt: '2026-02-01T14:00:00Z',
      closedBy: shift.cashier,
      counted,
      varianceThreshold: THRESHOLD,
      varianceReason: null,
      approvedBy: null,
    },
  };
}

function cashRefund(
  id: string,
  shiftId: string,
  original: Sale,
  picks: Array<[number, number]>,
  method: PaymentMethod = 'cash',
): Refund {
  const refund = buildRefund(original, picks, [], { id, shiftId });
  return refund.total > 0 ? { ...refund, payments: [{ method, amount: refund.total }] } : refund;
}

function movement(id: string, shiftId: string, kind: CashMovement['kind'], amount: number): CashMovement {
  return {
    id: toCashMovementId(id),
    outletId: LBJ,
    terminalId: toTerminalId('T1'),
    shiftId: toShiftId(shiftId),
    kind,
    amount: rupiah(amount),
    reason: 'Kas',
    at: '2026-02-01T06:00:00Z',
    cashier: { id: 'k1', name: 'Maria' },
    training: false,
  };
}

describe('shift report', () => {
  // Opens 23:00 WITA on 31 January and sells past midnight.
  const float = { 'note-50000': 3, 'note-20000': 2, 'note-10000': 1 }; // Rp 200.000
  const sales = [
    buildSale({
      receiptNo: 'LBJ-T1-0001',
      completedAt: '2026-01-31T15:30:00Z',
      lines: [
        { price: 25_000, quantity: 2, category: 'Kopi', supplier: 'Kopi Flores' },
        { price: 40_000, discount: 5_000, category: 'Tenun', supplier: 'Ikat Sumba' },
      ],
      discount: 5_000,
      payments: [{ method: 'cash', tendered: 100_000 }],
      nip: NIP,
    }),
    buildSale({
      receiptNo: 'LBJ-T1-0002',
      completedAt: '2026-01-31T16:30:00Z',
      lines: [{ price: 30_000, category: 'Kopi', supplier: 'Kopi Flores' }],
      payments: [{ method: 'qris' }],
    }),
    buildSale({
      receiptNo: 'LBJ-T1-0003',
      completedAt: '2026-01-31T17:00:00Z',
      lines: [{ price: 60_000, category: 'Tenun', supplier: 'Ikat Sumba' }],
      payments: [
        { method: 'debit', amount: 20_000 },
        { method: 'cash', tendered: 50_000 },
      ],
    }),
  ];
  const refunds = [
    cashRefund('r1', 'shift-1', sales[0]!, [[1, 1]]),
    cashRefund('r2', 'shift-1', sales[1]!, [[1, 1]], 'qris'),
  ];
  const movements = [movement('m1', 'shift-1', 'pay-in', 100_000), movement('m2', 'shift-1', 'pay-out', 50_000)];

  it('adds up a worked shift', () => {
    // Sale 1: 50.000 + 35.000 − 5.000 = 80.000, the 5.000 shared 2.941/2.059 → lines paid 47.059 and 32.941.
    // Refund r1: one of two coffees, floor(47.059 / 2) = 23.529 in cash.
    expect(refunds[0]!.total).toBe(23_529);
    // Counted 200.000 + 80.000 + 40.000 cash + 100.000 − 50.000 − 23.529 = 346.471, less 1.471.
    const counted = { 'note-100000': 3, 'note-20000': 2, 'coin-1000': 5 }; // 345.000
    const shift = shiftOf('shift-1', '2026-01-31T15:00:00Z', float, counted);
    const report = shiftReport({ shift, sales, refunds, movements });
    expect(report).toEqual({
      kind: 'Z',
      shiftId: 'shift-1',
      outletId: 'LBJ',
      terminalId: 'T1',
      cashier: { id: 'k1', name: 'Maria' },
      businessDate: '2026-01-31',
      openedAt: '2026-01-31T15:00:00Z',
      closedAt: '2026-02-01T14:00:00Z',
      firstReceiptNo: 'LBJ-T1-0001',
      lastReceiptNo: 'LBJ-T1-0003',
      varianceNeedsApproval: false,
      saleCount: 3,
      grossSales: 180_000,
      lineDiscounts: 5_000,
      saleDiscounts: 5_000,
      netSales: 170_000,
      salesByMethod: { cash: 120_000, qris: 30_000, debit: 20_000 },
      refundCount: 2,
      refunds: 53_529,
      refundsByMethod: { cash: 23_529, qris: 30_000, debit: 0 },
      net: 116_471,
      payInCount: 1,
      payIns: 100_000,
      payOutCount: 1,
      payOuts: 50_000,
      openingFloat: 200_000,
      expectedCash: 346_471,
      counted: 345_000,
      variance: -1_471,
      byCategory: [
        { key: 'Tenun', sales: 92_941, refunds: 0, net: 92_941 },
        { key: 'Kopi', sales: 77_059, refunds: 53_529, net: 23_530 },
      ],
      bySupplier: [
        { key: 'Ikat Sumba', sales: 92_941, refunds: 0, net: 92_941 },
        { key: 'Kopi Flores', sales: 77_059, refunds: 53_529, net: 23_530 },
      ],
      asnSaleCount: 1,
      asnSales: 80_000,
      asnRefunds: 23_529,
    });
  });

  it('is an X report while the shift is open, and flags a variance over the threshold at close', () => {
    const open = shiftReport({
      shift: shiftOf('shift-1', '2026-01-31T15:00:00Z', float, null),
      sales,
      refunds,
      movements,
    });
    expect(open).toMatchObject({
      kind: 'X',
      closedAt: null,
      counted: null,
      variance: null,
      varianceNeedsApproval: false,
      expectedCash: 346_471,
    });
    const short = shiftReport({
      shift: shiftOf('shift-1', '2026-01-31T15:00:00Z', float, { 'note-100000': 3 }),
      sales,
      refunds,
      movements,
    });
    expect(short).toMatchObject({ variance: -46_471, varianceNeedsApproval: true });
  });

  it('reports an empty shift', () => {
    const report = shiftReport({
      shift: shiftOf('shift-1', '2026-02-01T01:00:00Z', float, float),
      sales: [],
      refunds: [],
      movements: [],
    });
    expect(report).toMatchObject({
      saleCount: 0,
      firstReceiptNo: null,
      lastReceiptNo: null,
      expectedCash: 200_000,
      variance: 0,
      byCategory: [],
    });
  });

  it('refuses documents of another shift', () => {
    const shift = shiftOf('shift-2', '2026-02-01T01:00:00Z', float, null);
    expect(() => shiftReport({ shift, sales, refunds: [], movements: [] })).toThrow(/belongs to shift shift-1/);
    expect(() => shiftReport({ shift, sales: [], refunds: [], movements })).toThrow(RangeError);
  });
});

describe('day close', () => {
  const closed = (id: string, counted: CashCount) =>
    shiftReport({
      shift: shiftOf(id, '2026-02-01T01:00:00Z', { 'note-50000': 1 }, counted),
      sales: [],
      refunds: [],
      movements: [],
    });

  it('waits until every shift is closed', () => {
    const open = shiftReport({
      shift: shiftOf('s2', '2026-02-01T05:00:00Z', {}, null),
      sales: [],
      refunds: [],
      movements: [],
    });
    expect(dayClose(LBJ, toBusinessDate('2026-02-01'), [closed('s1', { 'note-50000': 1 }), open])).toEqual({
      ok: false,
      error: { code: 'shifts-open', message: 'Tutup hari belum bisa: shift Maria (T1) belum ditutup.' },
    });
  });

  it('refuses shifts of another outlet or day', () => {
    expect(() => dayClose(LBJ, toBusinessDate('2026-02-02'), [closed('s1', {})])).toThrow(RangeError);
    expect(() => dayClose(toOutletId('KPG'), toBusinessDate('2026-02-01'), [closed('s1', {})])).toThrow(RangeError);
  });

  it('sums the shifts, variances included', () => {
    const result = dayClose(LBJ, toBusinessDate('2026-02-01'), [
      closed('s1', { 'note-50000': 1, 'coin-500': 1 }),
      closed('s2', { 'note-20000': 2 }),
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({
      openingFloat: 100_000,
      expectedCash: 100_000,
      counted: 90_500,
      variance: -9_500,
    });
    expect(result.value.shifts.map((s) => s.shiftId)).toEqual(['s1', 's2']);
  });
});

const CATEGORIES = ['Kopi', 'Tenun', 'Madu', 'Jagung'];
const SUPPLIERS = ['Kopi Flores', 'Ikat Sumba', 'Madu Timor', 'Koperasi Alor'];

const lineArb = fc.record({
  price: fc.integer({ min: 0, max: 300_000 }),
  quantity: fc.integer({ min: 1, max: 5 }),
  discountBp: fc.integer({ min: 0, max: 10_000 }),
  category: fc.constantFrom(...CATEGORIES),
  supplier: fc.constantFrom(...SUPPLIERS),
});

const saleArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
  saleDiscountBp: fc.integer({ min: 0, max: 5_000 }),
  methods: fc.array(
    fc.record({
      method: fc.constantFrom(...PAYMENT_METHODS),
      weight: fc.integer({ min: 1, max: 10 }),
      change: fc.integer({ min: 0, max: 50_000 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  asn: fc.boolean(),
  refund: fc.option(fc.record({ pick: fc.nat(), quantity: fc.nat(), byOriginalMethod: fc.boolean() })),
});

type SaleDraft = typeof saleArb extends fc.Arbitrary<infer T> ? T : never;

function draftToSale(draft: SaleDraft, shiftId: string, n: number): Sale | null {
  const lines = draft.lines.map((l) => ({
    ...l,
    discount: Math.floor((l.price * l.quantity * l.discountBp) / 10_000),
  }));
  const subtotal = lines.reduce((a, l) => a + l.price * l.quantity - l.discount, 0);
  const discount = Math.floor((subtotal * draft.saleDiscountBp) / 10_000);
  const total = subtotal - discount;
  if (total <= 0) return null;
  const amounts = allocate(
    rupiah(total),
    draft.methods.map((m) => m.weight),
  );
  const payments: PaymentSpec[] = draft.methods
    .map((m, i) => ({
      method: m.method,
      amount: amounts[i]!,
      tendered: amounts[i]! + (m.method === 'cash' ? m.change : 0),
    }))
    .filter((p) => p.amount > 0);
  return buildSale({
    id: `${shiftId}-sale-${n}`,
    receiptNo: `${shiftId}-${n}`,
    shiftId,
    lines,
    discount,
    payments,
    nip: draft.asn ? NIP : null,
  });
}

function refundFor(original: Sale, draft: NonNullable<SaleDraft['refund']>, shiftId: string, n: number): Refund {
  const line = original.lines[draft.pick % original.lines.length]!;
  const refund = cashRefund(`${shiftId}-refund-${n}`, shiftId, original, [
    [line.lineNo, 1 + (draft.quantity % line.quantity)],
  ]);
  const first = original.payments[0]!;
  return draft.byOriginalMethod && refund.total > 0 && refund.total <= first.amount
    ? { ...refund, payments: [{ method: first.method, amount: refund.total }] }
    : refund;
}

const shiftArb = fc.record({
  sales: fc.array(saleArb, { maxLength: 25 }),
  earlierSales: fc.array(saleArb, { maxLength: 5 }),
  movements: fc.array(
    fc.record({
      kind: fc.constantFrom('pay-in' as const, 'pay-out' as const),
      amount: fc.integer({ min: 1, max: 500_000 }),
    }),
    { maxLength: 6 },
  ),
  float: fc.array(fc.nat({ max: 20 }), { minLength: DENOMINATIONS.length, maxLength: DENOMINATIONS.length }),
  counted: fc.option(
    fc.array(fc.nat({ max: 40 }), { minLength: DENOMINATIONS.length, maxLength: DENOMINATIONS.length }),
  ),
});

type ShiftDraft = typeof shiftArb extends fc.Arbitrary<infer T> ? T : never;

const countOf = (pieces: number[]) => Object.fromEntries(DENOMINATIONS.map((d, i) => [d.id, pieces[i]!])) as CashCount;
const piecesTotal = (pieces: number[]) => DENOMINATIONS.reduce((t, d, i) => t + d.value * pieces[i]!, 0);
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function buildShift(draft: ShiftDraft, id: string) {
  const sold = (drafts: SaleDraft[], shiftId: string) =>
    drafts.flatMap((d, i) => {
      const sale = draftToSale(d, shiftId, i);
      return sale === null ? [] : [{ sale, refund: d.refund }];
    });
  const current = sold(draft.sales, id);
  // Goods sold in an earlier shift can come back in this one.
  const earlier = sold(draft.earlierSales, `${id}-before`);
  const refunds = [...current, ...earlier].flatMap(({ sale, refund }, i) =>
    refund === null ? [] : [{ refund: refundFor(sale, refund, id, i), original: sale }],
  );
  const movements = draft.movements.map((m, i) => movement(`${id}-m${i}`, id, m.kind, m.amount));
  const shift = shiftOf(
    id,
    '2026-02-01T01:00:00Z',
    countOf(draft.float),
    draft.counted === null ? null : countOf(draft.counted),
  );
  return { shift, sales: current.map((c) => c.sale), refunds, movements };
}

describe('shift report over random shifts', () => {
  it('equals the sums of the shift’s sales, refunds and cash movements, and its parts add up', () => {
    fc.assert(
      fc.property(shiftArb, (draft) => {
        const { shift, sales, refunds, movements } = buildShift(draft, 'shift-p');
        for (const { refund, original } of refunds) expect(refundProblems(refund, original, [])).toEqual([]);
        const docs = refunds.map((r) => r.refund);
        const report = shiftReport({ shift, sales, refunds: docs, movements });

        const payments = sales.flatMap((s) => s.payments);
        const byMethod = (ps: ReadonlyArray<{ method: PaymentMethod; amount: Rupiah }>, m: PaymentMethod) =>
          total(ps.filter((p) => p.method === m).map((p) => p.amount));
        const refundPayments = docs.flatMap((r) => r.payments);
        expect(report.saleCount).toBe(sales.length);
        expect(report.netSales).toBe(total(sales.map((s) => s.total)));
        for (const m of PAYMENT_METHODS) {
          expect(report.salesByMethod[m]).toBe(byMethod(payments, m));
          expect(report.refundsByMethod[m]).toBe(byMethod(refundPayments, m));
        }
        expect(total(Object.values(report.salesByMethod))).toBe(report.netSales);
        expect(total(Object.values(report.refundsByMethod))).toBe(report.refunds);
        expect(report.grossSales - report.lineDiscounts - report.saleDiscounts).toBe(report.netSales);
        expect(report.lineDiscounts).toBe(total(sales.flatMap((s) => s.lines.map((l) => l.discount))));
        expect(report.saleDiscounts).toBe(total(sales.map((s) => s.discount)));
        expect(report.refunds).toBe(total(docs.map((r) => r.total)));
        expect(report.net).toBe(report.netSales - report.refunds);
        expect(report.payIns).toBe(total(movements.filter((m) => m.kind === 'pay-in').map((m) => m.amount)));
        expect(report.payOuts).toBe(total(movements.filter((m) => m.kind === 'pay-out').map((m) => m.amount)));
        expect(report.payInCount + report.payOutCount).toBe(movements.length);

        // Cash handed over less the change given back is the cash the sales left in the drawer.
        const cashTendered = total(payments.filter((p) => p.method === 'cash').map((p) => p.tendered));
        const changeGiven = total(sales.map((s) => s.change));
        expect(report.openingFloat).toBe(piecesTotal(draft.float));
        expect(report.expectedCash).toBe(
          piecesTotal(draft.float) +
            cashTendered -
            changeGiven +
            report.payIns -
            report.payOuts -
            report.refundsByMethod.cash,
        );
        if (draft.counted === null) {
          expect(report).toMatchObject({ kind: 'X', counted: null, variance: null });
        } else {
          expect(report.counted).toBe(piecesTotal(draft.counted));
          expect(report.variance).toBe(piecesTotal(draft.counted) - report.expectedCash);
          expect(report.varianceNeedsApproval).toBe(Math.abs(report.variance!) > THRESHOLD);
        }

        for (const keyed of [report.byCategory, report.bySupplier]) {
          expect(total(keyed.map((k) => k.sales))).toBe(report.netSales);
          expect(total(keyed.map((k) => k.refunds))).toBe(report.refunds);
          for (const k of keyed) expect(k.net).toBe(k.sales - k.refunds);
          expect(new Set(keyed.map((k) => k.key)).size).toBe(keyed.length);
        }
        const asnSales = sales.filter((s) => s.asn !== null);
        expect(report.asnSaleCount).toBe(asnSales.length);
        expect(report.asnSales).toBe(total(asnSales.map((s) => s.total)));
        expect(report.asnRefunds).toBe(total(docs.filter((r) => r.asn !== null).map((r) => r.total)));
        expect(report.firstReceiptNo).toBe(sales[0]?.receiptNo ?? null);
        expect(report.lastReceiptNo).toBe(sales.at(-1)?.receiptNo ?? null);
      }),
      { numRuns: 200 },
    );
  });

  it('a day close is the sum of its shifts', () => {
    fc.assert(
      fc.property(
        fc.array(
          shiftArb.map((d) => ({ ...d, counted: d.counted ?? d.float })),
          { minLength: 1, maxLength: 4 },
        ),
        (drafts) => {
          const reports: ShiftReport[] = drafts.map((d, i) => {
            const { shift, sales, refunds, movements } = buildShift(d, `s${i}`);
            return shiftReport({ shift, sales, refunds: refunds.map((r) => r.refund), movements });
          });
          const result = dayClose(LBJ, toBusinessDate('2026-02-01'), reports);
          if (!result.ok) throw new Error(result.error.message);
          const day = result.value;
          const numeric = [
            'saleCount',
            'grossSales',
            'lineDiscounts',
            'saleDiscounts',
            'netSales',
            'refundCount',
            'refunds',
            'net',
            'payInCount',
            'payIns',
            'payOutCount',
            'payOuts',
            'openingFloat',
            'expectedCash',
            'counted',
            'variance',
            'asnSaleCount',
            'asnSales',
            'asnRefunds',
          ] as const;
          for (const field of numeric) expect(day[field]).toBe(total(reports.map((r) => r[field] ?? 0)));
          for (const m of PAYMENT_METHODS) {
            expect(day.salesByMethod[m]).toBe(total(reports.map((r) => r.salesByMethod[m])));
            expect(day.refundsByMethod[m]).toBe(total(reports.map((r) => r.refundsByMethod[m])));
          }
          expect(total(day.byCategory.map((c) => c.sales))).toBe(day.netSales);
          expect(total(day.bySupplier.map((c) => c.refunds))).toBe(day.refunds);
          expect(day.variance).toBe(day.counted! - day.expectedCash);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('PPN on the Z report and the day close', () => {
  const seller = { npwp: '012345678901000', name: 'PT NTT Mart', address: 'Kupang' };

  it('shows sales less refunds, kena PPN, bebas PPN, DPP and PPN, and none without taxed documents', () => {
    const shift = shiftOf('s-ppn', '2026-02-01T00:00:00Z', {}, {});
    const sale = buildSale({
      shiftId: 's-ppn',
      completedAt: '2026-02-01T01:00:00Z',
      seller,
      lines: [
        { price: 111_000, quantity: 2 },
        { price: 20_000, taxStatus: 'dibebaskan' },
      ],
      discount: 2_000,
    });
    const refund = buildRefund(sale, [[1, 1]], [], { shiftId: 's-ppn', refundedAt: '2026-02-01T02:00:00Z' });
    const report = shiftReport({ shift: { ...shift, closing: null }, sales: [sale], refunds: [refund], movements: [] });
    const back = refund.lines[0]!.tax!;
    expect(back.ppn).toBeGreaterThan(0);
    expect(report.tax).toEqual({
      taxable: sale.tax!.taxable - refund.total,
      exempt: sale.tax!.exempt,
      dpp: sale.tax!.dpp - back.dpp,
      ppn: sale.tax!.ppn - back.ppn,
    });
    const closed = shiftReport({ shift, sales: [sale], refunds: [refund], movements: [] });
    const day = dayClose(LBJ, toBusinessDate('2026-02-01'), [closed, closed]);
    if (!day.ok) throw new Error(day.error.message);
    expect(day.value.tax!.ppn).toBe(2 * report.tax!.ppn);

    const untaxed = buildSale({ shiftId: 's-ppn', completedAt: '2026-02-01T01:00:00Z', lines: [{ price: 5_000 }] });
    expect(shiftReport({ shift, sales: [untaxed], refunds: [], movements: [] })).not.toHaveProperty('tax');
  });
});
