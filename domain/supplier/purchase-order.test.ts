import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { toBusinessDate } from '../wita';
import {
  checkBudget,
  checkOrderLines,
  orderStatus,
  orderTotals,
  purchaseOrderText,
  receivedAgainstOrder,
  type PurchaseOrderLine,
} from './purchase-order';

const KOPI: PurchaseOrderLine = {
  productId: 'kopi',
  name: 'Kopi Bajawa 250 g',
  unit: 'bungkus',
  soldBy: 'unit',
  quantity: 12,
  unitCost: rupiah(40_000),
  kind: 'beli-putus',
};
const IKAN: PurchaseOrderLine = {
  productId: 'ikan',
  name: 'Ikan Asin Kupang',
  unit: 'kg',
  soldBy: 'weight',
  quantity: 1_500,
  unitCost: rupiah(90_000),
  kind: 'konsinyasi',
};

describe('purchase orders', () => {
  it('refuses a quantity of zero or below, a fraction, a product twice and an empty order', () => {
    expect(checkOrderLines([{ ...KOPI, quantity: 0 }])).toMatchObject({
      ok: false,
      error: { message: 'Kopi Bajawa 250 g: Jumlah harus lebih dari nol.' },
    });
    expect(checkOrderLines([{ ...KOPI, quantity: -3 }])).toMatchObject({
      error: { message: 'Kopi Bajawa 250 g: Jumlah tidak boleh negatif.' },
    });
    expect(checkOrderLines([{ ...KOPI, quantity: 1.5 }])).toMatchObject({ error: { code: 'invalid-quantity' } });
    expect(checkOrderLines([KOPI, KOPI])).toMatchObject({ error: { code: 'duplicate-line' } });
    expect(checkOrderLines([])).toMatchObject({ error: { code: 'empty-order' } });
    expect(checkOrderLines([KOPI, IKAN])).toEqual({ ok: true, value: [KOPI, IKAN] });
  });

  it('totals the lines, weighed goods per kilogram, and counts only outright purchases against the budget', () => {
    expect(orderTotals([KOPI, IKAN])).toEqual({ total: 480_000 + 135_000, outright: 480_000 });
  });

  it('keeps an order within the month budget and says what is left when it does not fit', () => {
    const month = { outletName: 'Manggarai Barat', month: '2026-12' };
    expect(
      checkBudget({ ...month, budget: rupiah(1_000_000), committed: rupiah(500_000), order: rupiah(500_000) }),
    ).toEqual({ ok: true, value: 0 });
    expect(
      checkBudget({ ...month, budget: rupiah(1_000_000), committed: rupiah(700_000), order: rupiah(480_000) }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'over-budget',
        message:
          'Pesanan Rp\u00a0480.000 melebihi sisa anggaran pembelian Manggarai Barat untuk Desember 2026: sisa Rp\u00a0300.000 (anggaran Rp\u00a01.000.000, sudah dipesan Rp\u00a0700.000).',
      },
    });
    expect(checkBudget({ ...month, budget: null, committed: rupiah(0), order: rupiah(1) })).toMatchObject({
      error: { code: 'no-budget' },
    });
  });

  it('is open until goods arrive, partial while a line is short, received when every line is full', () => {
    expect(orderStatus([{ quantity: 5, received: 0 }])).toBe('open');
    expect(
      orderStatus([
        { quantity: 5, received: 5 },
        { quantity: 2, received: 0 },
      ]),
    ).toBe('partial');
    expect(
      orderStatus([
        { quantity: 5, received: 7 },
        { quantity: 2, received: 2 },
      ]),
    ).toBe('received');
    expect(receivedAgainstOrder(5, 7)).toBe('Lebih 2 dari pesanan (5)');
    expect(receivedAgainstOrder(5, 3)).toBe('Kurang 2 dari pesanan (5)');
    expect(receivedAgainstOrder(5, 5)).toBeNull();
  });

  it('writes the order as WhatsApp text', () => {
    expect(
      purchaseOrderText({
        number: 'PO-000007',
        outletName: 'NTT Mart Manggarai Barat',
        supplierName: 'Koperasi Kopi Bajawa',
        date: toBusinessDate('2026-12-03'),
        raisedBy: 'provinsi',
        lines: [KOPI, { ...IKAN, unitCost: rupiah(0) }],
      }),
    ).toBe(
      [
        '*PESANAN PO-000007*',
        'NTT Mart Manggarai Barat',
        'Kepada: Koperasi Kopi Bajawa',
        'Tanggal: 03/12/2026',
        '',
        '1. Kopi Bajawa 250 g — 12 bungkus × Rp\u00a040.000',
        '2. Ikan Asin Kupang — 1.500 gram (konsinyasi)',
        '',
        '*Total: Rp\u00a0480.000*',
        'Dipesan oleh: provinsi',
        'Mohon konfirmasi tanggal kirim. Terima kasih.',
      ].join('\n'),
    );
  });
});
