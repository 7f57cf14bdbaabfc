import { describe, expect, it } from 'vitest';
import { readCatalogRows } from './catalog-rows';

describe('readCatalogRows', () => {
  it('matches Indonesian headers whatever their case and spacing', () => {
    const { rows, problems } = readCatalogRows([
      ['Kode_Barcode', 'NAMA Produk', 'Harga Jual', 'Pemasok', 'Kategori', 'Satuan'],
      ['8991000100017', 'Kopi Arabika Bajawa 250 g', 'Rp 65.000', 'Koperasi Kopi Ngada', 'Kopi', 'bungkus'],
      ['', "Se'i Sapi", 250000, "Se'i Baun", 'Olahan daging', 'kg'],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        barcode: '8991000100017',
        plu: null,
        name: 'Kopi Arabika Bajawa 250 g',
        price: 65_000,
        soldBy: 'unit',
        supplier: 'Koperasi Kopi Ngada',
        category: 'Kopi',
        unit: 'bungkus',
      },
      {
        line: 3,
        barcode: null,
        plu: null,
        name: "Se'i Sapi",
        price: 250_000,
        soldBy: 'weight',
        supplier: "Se'i Baun",
        category: 'Olahan daging',
        unit: 'kg',
      },
    ]);
  });

  it('lists bad rows with line numbers and keeps the good ones whole', () => {
    const { rows, problems } = readCatalogRows([
      ['barcode', 'name', 'price', 'umkm'],
      ['8991000100017', 'Madu Hutan Sumba', '95000', 'Madu Sumba'],
      ['8991000100018', 'Tenun Ikat', '1500000', 'Sanggar Tenun'],
      ['', '', '12,5', ''],
      [],
      ['8991000100017', 'Kacang Mete', '45000', 'Mete Flores'],
    ]);
    expect(rows.map((r) => r.name)).toEqual(['Madu Hutan Sumba']);
    expect(problems).toEqual([
      { line: 3, reason: 'Barcode "8991000100018" tidak valid (panjang atau digit pemeriksa salah).' },
      { line: 4, reason: 'Nama kosong; harga "12,5" bukan angka Rupiah bulat.' },
      { line: 6, reason: 'Barcode/PLU sama dengan baris 2.' },
    ]);
  });

  it('refuses a sheet without the required columns', () => {
    expect(
      readCatalogRows([
        ['kode', 'keterangan'],
        ['1', 'x'],
      ]),
    ).toEqual({
      rows: [],
      problems: [{ line: 1, reason: 'Kolom wajib tidak ditemukan: name/nama, price/harga.' }],
    });
    expect(readCatalogRows([]).problems[0]?.line).toBe(1);
  });

  it('reads the PPN column as a tax status (blank: kena PPN), and leaves it out when the sheet has none', () => {
    const { rows, problems } = readCatalogRows([
      ['nama', 'harga', 'plu', 'Status PPN'],
      ['Beras Merah', '75000', '1001', 'Bebas PPN'],
      ['Kopi Bajawa', '85000', '1002', ''],
      ['Garam', '8000', '1003', 'mungkin'],
    ]);
    expect(rows.map((r) => [r.name, r.taxStatus])).toEqual([
      ['Beras Merah', 'dibebaskan'],
      ['Kopi Bajawa', 'kena-ppn'],
    ]);
    expect(problems).toEqual([{ line: 4, reason: 'PPN "mungkin" harus kena-ppn atau dibebaskan.' }]);
    expect(
      readCatalogRows([
        ['nama', 'harga'],
        ['Kopi', '1000'],
      ]).rows[0],
    ).not.toHaveProperty('taxStatus');
  });
});
