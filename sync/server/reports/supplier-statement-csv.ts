/** A supplier statement as CSV: the opening balance, one row per line owed, one per payout, the closing balance. */
import Papa from 'papaparse';
import type { SupplierStatement } from '#domain/supplier/settlement';

export function statementCsv(s: SupplierStatement): string {
  const rows = [
    ['saldo-awal', s.from, '', '', '', '', '', '', s.opening, '', ''],
    ...s.lines.map((l) => [
      l.kind === 'konsinyasi' ? 'terjual-konsinyasi' : 'diterima-beli-putus',
      '',
      l.outletId,
      l.productId,
      l.name,
      l.terms,
      l.quantity,
      l.kind === 'konsinyasi' ? l.sales : '',
      l.owed,
      '',
      '',
    ]),
    ...s.payouts.map((p) => [
      p.amount < 0 ? 'koreksi' : 'pembayaran',
      p.paidOn,
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      p.amount,
      p.reference,
    ]),
    ['saldo-akhir', s.to, '', '', '', '', '', '', s.closing, '', ''],
  ];
  return Papa.unparse(
    {
      fields: [
        'baris',
        'tanggal',
        'outlet',
        'produk_id',
        'produk',
        'syarat',
        'jumlah',
        'penjualan',
        'terutang',
        'dibayar',
        'referensi',
      ],
      data: rows,
    },
    { escapeFormulae: true },
  );
}
