import { describe, expect, it } from 'vitest';
import { actionProblems, approvalRequired, describeAction, needsManager, type SensitiveAction } from './approval';
import { rupiah } from '../money';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

const lineDiscount: SensitiveAction = {
  kind: 'line-discount',
  lineNo: 2,
  base: rupiah(40_000),
  discount: { kind: 'percent', basisPoints: 1_250 },
  reason: 'Kemasan penyok',
};
const saleDiscount: SensitiveAction = {
  kind: 'sale-discount',
  base: rupiah(150_000),
  discount: { kind: 'amount', amount: rupiah(10_000) },
  reason: 'Pelanggan tetap',
};
const override: SensitiveAction = {
  kind: 'price-override',
  lineNo: 1,
  from: rupiah(25_000),
  to: rupiah(20_000),
  reason: 'Harga promo belum masuk',
};
const drawer: SensitiveAction = { kind: 'open-drawer', reason: 'Tukar uang kecil' };
const refund: SensitiveAction = { kind: 'refund', originalReceiptNo: 'LBJ-T1-20260201-0042', total: rupiah(18_000) };
const removeEarly: SensitiveAction = { kind: 'remove-line', lineNo: 3, nipEntered: false, paymentEntered: false };
const removeAfterNip: SensitiveAction = { kind: 'remove-line', lineNo: 3, nipEntered: true, paymentEntered: false };
const removeAfterPayment: SensitiveAction = { kind: 'remove-line', lineNo: 3, nipEntered: false, paymentEntered: true };
const voidEarly: SensitiveAction = {
  kind: 'void-sale',
  lineCount: 2,
  total: rupiah(57_000),
  nipEntered: false,
  paymentEntered: false,
};
const voidAfterPayment: SensitiveAction = {
  kind: 'void-sale',
  lineCount: 2,
  total: rupiah(57_000),
  nipEntered: false,
  paymentEntered: true,
};
const closeSmall: SensitiveAction = { kind: 'close-shift', variance: rupiah(-5_000), threshold: rupiah(10_000) };
const closeLarge: SensitiveAction = { kind: 'close-shift', variance: rupiah(-25_000), threshold: rupiah(10_000) };

describe('approval rule', () => {
  it('asks a manager for discounts, overrides, late removals, drawer opens, refunds and large variances', () => {
    for (const action of [
      lineDiscount,
      saleDiscount,
      override,
      drawer,
      refund,
      removeAfterNip,
      removeAfterPayment,
      voidAfterPayment,
      closeLarge,
    ]) {
      expect(needsManager(action), action.kind).toBe(true);
      expect(approvalRequired(action, 'kasir'), action.kind).toBe(true);
    }
    for (const action of [removeEarly, voidEarly, closeSmall]) expect(needsManager(action), action.kind).toBe(false);
  });

  it('lets a manager act without a second PIN', () => {
    for (const action of [lineDiscount, refund, closeLarge]) expect(approvalRequired(action, 'manager')).toBe(false);
  });

  it('describes each act in Indonesian', () => {
    expect(
      [
        lineDiscount,
        saleDiscount,
        override,
        removeEarly,
        removeAfterNip,
        voidAfterPayment,
        drawer,
        refund,
        closeLarge,
      ].map((a) => plain(describeAction(a))),
    ).toEqual([
      'Diskon 12,5% pada baris 2',
      'Diskon Rp 10.000 untuk seluruh belanja',
      'Ubah harga baris 1 dari Rp 25.000 menjadi Rp 20.000',
      'Hapus baris 3',
      'Hapus baris 3 setelah NIP atau pembayaran dimasukkan',
      'Batalkan transaksi 2 baris sebesar Rp 57.000 setelah NIP atau pembayaran dimasukkan',
      'Buka laci tanpa penjualan',
      'Refund struk LBJ-T1-20260201-0042 sebesar Rp 18.000',
      'Tutup shift dengan selisih kas -Rp 25.000',
    ]);
  });

  it('wants a reason for discounts, overrides and drawer opens, and a discount that fits', () => {
    for (const action of [lineDiscount, saleDiscount, override, drawer, refund, removeAfterNip, closeLarge])
      expect(actionProblems(action)).toEqual([]);
    expect(actionProblems({ ...drawer, reason: ' ' })).toEqual(['Alasan wajib diisi.']);
    expect(actionProblems({ ...override, to: rupiah(-1), reason: '' })).toEqual([
      'Harga baru tidak boleh negatif.',
      'Alasan wajib diisi.',
    ]);
    expect(
      actionProblems({ ...saleDiscount, discount: { kind: 'amount', amount: rupiah(200_000) }, reason: '' }).map(plain),
    ).toEqual(['Diskon Rp 200.000 melebihi harga Rp 150.000.', 'Alasan wajib diisi.']);
  });
});

describe('kas keluar approval', () => {
  const payOut = (amount: number): SensitiveAction => ({
    kind: 'pay-out',
    amount: rupiah(amount),
    threshold: rupiah(100_000),
    reason: 'Bayar pemasok',
  });

  it('asks a manager only above the province’s threshold, and needs a reason', () => {
    expect([needsManager(payOut(100_000)), needsManager(payOut(100_001))]).toEqual([false, true]);
    expect(approvalRequired(payOut(150_000), 'kasir')).toBe(true);
    expect(approvalRequired(payOut(150_000), 'manager')).toBe(false);
    expect(plain(describeAction(payOut(150_000)))).toBe('Kas keluar Rp 150.000 (di atas batas Rp 100.000)');
    expect(
      actionProblems({ kind: 'pay-out', amount: rupiah(150_000), threshold: rupiah(100_000), reason: ' ' }),
    ).toEqual(['Alasan wajib diisi.']);
  });
});

describe('stock-take approval', () => {
  const stockTake: SensitiveAction = { kind: 'approve-stock-take', products: 120, net: rupiah(-45_000) };

  it('always needs a manager, and says what is booked', () => {
    expect(needsManager(stockTake)).toBe(true);
    expect(approvalRequired(stockTake, 'kasir')).toBe(true);
    expect(plain(describeAction(stockTake))).toBe('Setujui stok opname 120 produk, selisih -Rp 45.000');
    expect(actionProblems(stockTake)).toEqual([]);
  });
});

describe('write-off approval', () => {
  it('always wants a manager, and says what goes off the books and why', () => {
    const writeOff: SensitiveAction = { kind: 'write-off', reason: 'kedaluwarsa', lineCount: 3 };
    expect(needsManager(writeOff)).toBe(true);
    expect(approvalRequired(writeOff, 'kasir')).toBe(true);
    expect(describeAction(writeOff)).toBe('Stok terbuang 3 baris (kedaluwarsa)');
    expect(actionProblems(writeOff)).toEqual([]);
  });
});
