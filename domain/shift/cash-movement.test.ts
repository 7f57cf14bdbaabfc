import { describe, expect, it } from 'vitest';
import { cashMovementProblems } from './cash-movement';
import { rupiah } from '../money';

const plain = (problems: string[]) => problems.map((p) => p.replace(/\u00a0/g, ' '));

describe('cash movements', () => {
  it('accepts a pay in or pay out with a reason', () => {
    expect(
      cashMovementProblems({ kind: 'pay-in', amount: rupiah(200_000), reason: 'Tambah uang kembalian' }, rupiah(0)),
    ).toEqual([]);
    expect(
      cashMovementProblems(
        { kind: 'pay-out', amount: rupiah(150_000), reason: 'Bayar antar barang UMKM' },
        rupiah(150_000),
      ),
    ).toEqual([]);
  });

  it('wants a positive amount and a reason', () => {
    expect(cashMovementProblems({ kind: 'pay-in', amount: rupiah(0), reason: '  ' }, rupiah(0))).toEqual([
      'Jumlah uang harus lebih dari nol.',
      'Alasan wajib diisi.',
    ]);
    expect(cashMovementProblems({ kind: 'pay-in', amount: rupiah(1_000), reason: 'x'.repeat(201) }, rupiah(0))).toEqual(
      ['Alasan paling panjang 200 huruf.'],
    );
  });

  it('never pays out more than the drawer holds', () => {
    expect(
      plain(cashMovementProblems({ kind: 'pay-out', amount: rupiah(150_100), reason: 'Bensin' }, rupiah(150_000))),
    ).toEqual(['Kas keluar Rp 150.100 melebihi uang di laci (Rp 150.000).']);
  });
});
