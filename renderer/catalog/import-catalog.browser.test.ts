import { describe, expect, it } from 'vitest';
import type { Result } from '#domain/result';
import { useFreshDatabases } from '../db/test-databases';
import { buildCatalogIndex } from './catalog-index';
import { importCatalog, readSpreadsheet } from './import-catalog';

const freshDb = useFreshDatabases();
const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

function sheetOf(result: Result<unknown[][]>): unknown[][] {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('catalog import (real IndexedDB)', () => {
  it('imports good rows whole, lists bad ones by line, and updates products by barcode', async () => {
    const db = freshDb();
    const first = await importCatalog(
      db,
      sheetOf(
        await readSpreadsheet(
          csv(
            'produk.csv',
            '\uFEFFNama;Harga;Barcode;UMKM;Kategori;Satuan;PLU\n' +
              'Kopi Arabika Bajawa 250 g;65.000;8995120100025;Koperasi Kopi Bajawa;Kopi;bungkus;\n' +
              'Madu Hutan Sumba 250 ml;Rp 65.000;8995120300012;Madu Sumba;Madu;botol;\n' +
              'Tanpa harga;;8995120300029;X;Y;pcs;\n' +
              "Se'i Sapi Curah;320000;;Se'i Baun;Daging;kg;1001\n" +
              'Kain tanpa kode;750000;;Sanggar;Tenun;lembar;\n' +
              'Barcode salah;10000;8995120100026;X;Y;pcs;\n',
          ),
        ),
      ),
    );
    expect(first.added).toBe(3);
    expect(first.problems).toEqual([
      { line: 4, reason: 'Harga kosong.' },
      { line: 6, reason: 'Barcode dan PLU kosong: produk tidak bisa dipindai.' },
      { line: 7, reason: expect.stringContaining('tidak valid') },
    ]);
    const kopi = await db.products.where('barcode').equals('8995120100025').first();
    expect(kopi).toMatchObject({
      name: 'Kopi Arabika Bajawa 250 g',
      price: 65_000,
      supplier: 'Koperasi Kopi Bajawa',
      active: true,
    });
    expect(await db.products.where('plu').equals('1001').first()).toMatchObject({ soldBy: 'weight', unit: 'kg' });

    const second = await importCatalog(db, [
      ['barcode', 'nama', 'harga', 'plu'],
      ['8995120100025', 'Kopi Arabika Bajawa 250 g', '70000', ''],
      ['8995120300036', 'Madu Kelulut 150 ml', '85000', '1001'],
    ]);
    expect(second).toEqual({
      added: 0,
      updated: 1,
      problems: [{ line: 3, reason: "PLU 1001 sudah dipakai Se'i Sapi Curah." }],
    });
    expect(await db.products.get(kopi!.id)).toMatchObject({ price: 70_000 });
    expect(await db.products.count()).toBe(3);
    expect(buildCatalogIndex(await db.products.toArray()).byBarcode('8995120100025')?.price).toBe(70_000);
  });

  it('says why a file cannot be read', async () => {
    expect(await readSpreadsheet(new File(['x'], 'produk.pdf'))).toEqual({
      ok: false,
      error: { code: 'file-type', message: expect.stringContaining('tidak didukung') },
    });
    expect(await readSpreadsheet(new File(['not a zip'], 'produk.xlsx'))).toEqual({
      ok: false,
      error: { code: 'file-unreadable', message: expect.stringContaining('bukan XLSX') },
    });
    const db = freshDb();
    expect(await importCatalog(db, sheetOf(await readSpreadsheet(csv('kosong.csv', 'judul,lain\n1,2\n'))))).toEqual({
      added: 0,
      updated: 0,
      problems: [{ line: 1, reason: expect.stringContaining('Kolom wajib tidak ditemukan') }],
    });
  });
});
