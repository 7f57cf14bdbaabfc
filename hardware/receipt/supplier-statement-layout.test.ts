import { describe, expect, it } from 'vitest';
import { rupiah } from '#domain/money';
import type { SupplierStatement } from '#domain/supplier/settlement';
import { toBusinessDate } from '#domain/wita';
import { supplierStatementSchema } from '#sync/protocol/supplier-statement';
import type { Columns } from '../escpos/columns';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { SAMPLE_OUTLET } from './sample-sale';
import { layoutSupplierStatement } from './supplier-statement-layout';

const STATEMENT: SupplierStatement = {
  supplier: {
    id: 7,
    name: 'Koperasi Wanita Tani Sehati Manggarai Barat',
    nib: '9120301234567',
    bank: 'Bank NTT 0012030405 a.n. Koperasi Wanita Tani Sehati',
  },
  month: '2026-11',
  from: toBusinessDate('2026-11-01'),
  to: toBusinessDate('2026-11-30'),
  opening: rupiah(150_000),
  lines: [
    {
      outletId: 'manggarai-barat',
      productId: 'p-1',
      name: 'Kopi Arabika Flores Bajawa 250 g',
      kind: 'konsinyasi',
      terms: 'konsinyasi Rp 52.000/unit',
      quantity: 14,
      sales: rupiah(910_000),
      owed: rupiah(728_000),
    },
    {
      outletId: 'manggarai-barat',
      productId: 'p-2',
      name: "Sambal Lu'at Manggarai",
      kind: 'konsinyasi',
      terms: 'konsinyasi komisi 20%',
      quantity: 9,
      sales: rupiah(202_500),
      owed: rupiah(162_000),
    },
    {
      outletId: 'kota-kupang',
      productId: 'p-3',
      name: 'Keripik Pisang Kepok Rasa Gula Aren Khas Manggarai Kemasan Besar',
      kind: 'beli-putus',
      terms: 'beli putus Rp 8.500/unit',
      quantity: 30,
      sales: rupiah(0),
      owed: rupiah(255_000),
    },
  ],
  payouts: [
    { id: 1, paidOn: toBusinessDate('2026-11-10'), amount: rupiah(150_000), reference: 'TRF-NTT-20261110-0042' },
    { id: 2, paidOn: toBusinessDate('2026-11-11'), amount: rupiah(-5_000), reference: 'Koreksi TRF-NTT-20261110-0042' },
  ],
  owed: rupiah(1_145_000),
  paid: rupiah(145_000),
  closing: rupiah(1_150_000),
};

describe.each([32, 48] as Columns[])('supplier statement on %i columns', (columns) => {
  const paper = columns === 32 ? '58mm' : '80mm';

  it('prints the lines owed, the payouts and the balances as the golden text', async () => {
    // What `report supplier --json` writes is read back through the wire schema before printing.
    const statement = supplierStatementSchema.parse(JSON.parse(JSON.stringify(STATEMENT)));
    const lines = decodeEscPos(
      encodeCommands(layoutSupplierStatement(statement, SAMPLE_OUTLET, columns), columns),
      columns,
    ).lines;
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`golden/supplier-statement-${paper}.txt`);
    for (const text of lines.filter((l) => !l.startsWith('['))) expect(text.length).toBeLessThanOrEqual(columns);
    const text = lines.join('\n');
    expect(text).toContain('REKAP PEMASOK (UMKM)');
    expect(text).toMatch(/Saldo awal +Rp\s150\.000/);
    expect(text).toMatch(/ {2}14 terjual \(910\.000\) +728\.000/);
    expect(text).toMatch(/ {2}30 diterima +255\.000/);
    expect(text).toMatch(/11\/11\/2026 koreksi +-5\.000/);
    expect(text).toMatch(/SALDO AKHIR +Rp\s1\.150\.000/);
    expect(text).toMatch(/Pemasok \(UMKM\), +Bendahara,/);
    expect(lines.at(-1)).toBe('[CUT]');
  });
});
