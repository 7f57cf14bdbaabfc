import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSupplierRows } from './supplier-rows';

const HEADERS = ['Nama UMKM', 'NIB', 'Telepon', 'Bank', 'No Rekening', 'Atas Nama', 'P-IRT', 'Pangan'];

describe('the UMKM register from a spreadsheet', () => {
  it('reads the sample file whole: phones and account numbers to digits, food from its permits', () => {
    const sheet = readFileSync('samples/umkm-contoh.csv', 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(';'));
    const { rows, problems } = readSupplierRows(sheet);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.name, r.nib, r.phone, r.bank?.number, r.food, r.permits.map((p) => p.kind)])).toEqual([
      ['Koperasi Kopi Ngada', '9120301234567', '081237654410', '012301004567501', true, ['pirt', 'halal']],
      ['Kopi Colol Manggarai Timur', '9120301234574', '6281339012234', '00102030456789', true, ['bpom-md', 'halal']],
      ['Tenun Ikat Sumba Lambanapu', '9120301234581', '085239001122', '0456789123', false, []],
    ]);
  });

  it('refuses rows with a bad NIB, phone, account or permit, each reason named, and keeps the good ones', () => {
    const { rows, problems } = readSupplierRows([
      HEADERS,
      ['UMKM Baik', '9120301234567', '0812 3456 7890', 'BRI', '0123 4567 89', 'UMKM Baik', '', ''],
      ['NIB Pendek', '912030123456', '', '', '', '', '', ''],
      ['Rekening Huruf', '', '', 'BRI', '0123-ABC-789', 'Ana', '', ''],
      ['Rekening Setengah', '', '', 'BRI', '', '', '', ''],
      ['Telepon Salah', '', '12345', '', '', '', '', ''],
      ['Izin Salah', '', '', '', '', '', '2065301', 'ya'],
      ['NIB Ganda', '9120301234567', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
    ]);
    expect(rows.map((r) => r.name)).toEqual(['UMKM Baik']);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [3, 'NIB "912030123456" harus 13 angka.'],
      [4, 'Nomor rekening "0123-ABC-789" hanya boleh angka (6–20).'],
      [5, 'Rekening butuh bank, nomor dan atas nama sekaligus.'],
      [6, 'Nomor telepon "12345" harus angka, diawali 0 atau +62.'],
      [7, expect.stringMatching(/^Nomor P-IRT "2065301" harus 15 angka/)],
      [8, 'NIB atau nama sama dengan baris 2.'],
    ]);
  });

  it('needs a name column', () => {
    expect(readSupplierRows([['NIB'], ['9120301234567']]).problems[0]!.reason).toMatch(/Kolom wajib/);
  });
});
