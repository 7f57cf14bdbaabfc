import { describe, expect, it } from 'vitest';
import { toBusinessDate as date } from '../wita';
import { checkWriteOff, expiredBatches } from './write-off';

const line = { name: "Sambal Lu'at", quantity: 2 };

describe('write-off checks', () => {
  it('accepts a write-off with a reason and whole quantities', () => {
    expect(checkWriteOff({ reason: 'rusak', lines: [line] })).toEqual({
      ok: true,
      value: { reason: 'rusak', lines: [line] },
    });
  });

  it('refuses a missing reason, no lines, and negative, fractional or zero quantities, naming the product', () => {
    expect(checkWriteOff({ reason: null, lines: [line] })).toEqual({
      ok: false,
      error: { code: 'missing-reason', message: 'Pilih alasan stok terbuang: rusak, kedaluwarsa atau hilang.' },
    });
    expect(checkWriteOff({ reason: 'hilang', lines: [] })).toMatchObject({
      ok: false,
      error: { code: 'empty-document' },
    });
    const refused = (quantity: number) => checkWriteOff({ reason: 'hilang', lines: [{ ...line, quantity }] });
    expect(refused(-1)).toEqual({
      ok: false,
      error: { code: 'invalid-quantity', message: "Sambal Lu'at: Jumlah tidak boleh negatif." },
    });
    expect(refused(1.5)).toEqual({
      ok: false,
      error: {
        code: 'invalid-quantity',
        message: "Sambal Lu'at: Jumlah harus bilangan bulat (gram untuk barang timbangan).",
      },
    });
    expect(refused(0).ok).toBe(false);
    expect(refused(Number.NaN).ok).toBe(false);
  });
});

describe('expired batches', () => {
  it('offers the batches past their expiry with something left; the expiry day itself still sells', () => {
    const today = date('2026-12-21');
    const batches = [
      { id: 'a', expiry: '2026-12-01', remaining: 3 },
      { id: 'b', expiry: '2026-12-20', remaining: 0 },
      { id: 'c', expiry: '2026-12-21', remaining: 4 },
      { id: 'd', expiry: null, remaining: 5 },
      { id: 'e', expiry: '2026-12-20', remaining: 2 },
    ];
    expect(expiredBatches(batches, today).map((b) => b.id)).toEqual(['a', 'e']);
  });
});
