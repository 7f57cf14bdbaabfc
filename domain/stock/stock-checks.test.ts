import { describe, expect, it } from 'vitest';
import { toBusinessDate as date } from '../wita';
import { checkReceiving, checkTransfer, type ReceivingLineDraft } from './stock-checks';

const today = date('2026-12-30');
const line: ReceivingLineDraft = {
  name: 'Kopi Bajawa',
  quantity: 10,
  unitCost: 25_000,
  expiry: date('2027-06-01'),
  perishable: true,
};
const receiving = { supplier: 'UMKM Bajawa', businessDate: today, lines: [line] };

describe('stock document checks', () => {
  it('accepts a sound receiving', () => {
    expect(checkReceiving(receiving)).toEqual({ ok: true, value: receiving });
    expect(checkReceiving({ ...receiving, lines: [{ ...line, expiry: today }] }).ok).toBe(true);
    expect(checkReceiving({ ...receiving, lines: [{ ...line, expiry: null, perishable: false }] }).ok).toBe(true);
  });

  it('refuses a receiving without supplier', () => {
    expect(checkReceiving({ ...receiving, supplier: '  ' })).toEqual({
      ok: false,
      error: { code: 'missing-supplier', message: 'Pemasok (UMKM) harus diisi.' },
    });
  });

  it('names the line with a bad quantity, cost or expiry', () => {
    const refused = (changed: Partial<ReceivingLineDraft>) =>
      checkReceiving({ ...receiving, lines: [{ ...line, ...changed }] });
    expect(refused({ quantity: -2 })).toEqual({
      ok: false,
      error: { code: 'invalid-quantity', message: 'Kopi Bajawa: Jumlah tidak boleh negatif.' },
    });
    expect(refused({ quantity: 2.5 })).toMatchObject({ error: { code: 'invalid-quantity' } });
    expect(refused({ unitCost: -1 })).toMatchObject({ error: { code: 'invalid-cost' } });
    expect(refused({ expiry: date('2026-12-29') })).toEqual({
      ok: false,
      error: { code: 'expired-on-receipt', message: 'Kopi Bajawa: tanggal kedaluwarsa sudah lewat.' },
    });
    expect(refused({ expiry: null })).toMatchObject({ error: { code: 'missing-expiry' } });
    expect(checkReceiving({ ...receiving, lines: [] })).toMatchObject({ error: { code: 'empty-document' } });
  });

  it('refuses a transfer to the sending outlet, and bad quantities', () => {
    const transfer = { fromOutletId: 'KPG01', toOutletId: 'ENDE1', lines: [{ name: 'Tenun', quantity: 2 }] };
    expect(checkTransfer(transfer).ok).toBe(true);
    expect(checkTransfer({ ...transfer, toOutletId: 'KPG01' })).toEqual({
      ok: false,
      error: { code: 'transfer-to-self', message: 'Mutasi tidak bisa dikirim ke outlet pengirim sendiri.' },
    });
    expect(checkTransfer({ ...transfer, lines: [{ name: 'Tenun', quantity: 0 }] })).toMatchObject({
      error: { code: 'invalid-quantity', message: 'Tenun: Jumlah harus lebih dari nol.' },
    });
  });
});
