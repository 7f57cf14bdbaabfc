import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { addPayment, MAX_CHANGE, remainingDue, type PaymentResult } from './payments';
import { changeOf, type Payment } from './sale';

const total = rupiah(87_500);
function ok(result: PaymentResult): Payment[] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('payments', () => {
  it('lets cash exceed what is due and turns the rest into change', () => {
    const payments = ok(addPayment(total, [], { method: 'cash', tendered: rupiah(100_000), reference: null }));
    expect(payments).toEqual([{ method: 'cash', amount: 87_500, tendered: 100_000, reference: null }]);
    expect(changeOf(payments)).toBe(12_500);
    expect(remainingDue(total, payments)).toBe(0);
  });

  it('splits cash and QRIS, QRIS settling exactly the rest', () => {
    let payments = ok(addPayment(total, [], { method: 'cash', tendered: rupiah(50_000), reference: null }));
    expect(remainingDue(total, payments)).toBe(37_500);
    expect(addPayment(total, payments, { method: 'qris', tendered: rupiah(40_000), reference: null })).toEqual({
      ok: false,
      error: { code: 'over-remaining', message: expect.stringContaining('tidak boleh melebihi') },
    });
    payments = ok(addPayment(total, payments, { method: 'qris', tendered: rupiah(37_500), reference: null }));
    expect(changeOf(payments)).toBe(0);
    expect(addPayment(total, payments, { method: 'cash', tendered: rupiah(1000), reference: null })).toEqual({
      ok: false,
      error: { code: 'already-paid', message: 'Tagihan sudah lunas.' },
    });
  });

  it('merges tenders of one method: two cash tenders are one Tunai with the change of both', () => {
    let payments = ok(addPayment(total, [], { method: 'cash', tendered: rupiah(20_000), reference: null }));
    payments = ok(addPayment(total, payments, { method: 'qris', tendered: rupiah(10_000), reference: null }));
    payments = ok(addPayment(total, payments, { method: 'cash', tendered: rupiah(100_000), reference: null }));
    expect(payments).toEqual([
      { method: 'cash', amount: 77_500, tendered: 120_000, reference: null },
      { method: 'qris', amount: 10_000, tendered: 10_000, reference: null },
    ]);
    expect(changeOf(payments)).toBe(42_500);
  });

  it('keeps debit payments with different EDC references apart', () => {
    let payments = ok(addPayment(total, [], { method: 'debit', tendered: rupiah(50_000), reference: 'A1B2' }));
    payments = ok(addPayment(total, payments, { method: 'debit', tendered: rupiah(37_500), reference: 'C3D4' }));
    expect(payments.map((p) => p.reference)).toEqual(['A1B2', 'C3D4']);
  });

  it('needs an EDC reference for debit and never more than is due', () => {
    expect(addPayment(total, [], { method: 'debit', tendered: total, reference: ' ' })).toEqual({
      ok: false,
      error: { code: 'reference-missing', message: expect.stringContaining('nomor referensi') },
    });
    expect(addPayment(total, [], { method: 'debit', tendered: rupiah(90_000), reference: '123456' }).ok).toBe(false);
    expect(ok(addPayment(total, [], { method: 'debit', tendered: total, reference: ' 123456 ' }))[0]!.reference).toBe(
      '123456',
    );
  });

  it('refuses zero amounts and change beyond the limit', () => {
    expect(addPayment(total, [], { method: 'cash', tendered: rupiah(0), reference: null }).ok).toBe(false);
    expect(
      addPayment(total, [], { method: 'cash', tendered: rupiah(total + MAX_CHANGE + 1), reference: null }),
    ).toEqual({ ok: false, error: { code: 'change-too-large', message: expect.stringContaining('terlalu besar') } });
    expect(addPayment(total, [], { method: 'cash', tendered: rupiah(total + MAX_CHANGE), reference: null }).ok).toBe(
      true,
    );
  });
});
