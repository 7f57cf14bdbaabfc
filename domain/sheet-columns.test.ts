import { describe, expect, it } from 'vitest';
import { readSheetRows, rowCells, type ColumnMap, type RowProblem } from './sheet-columns';

type Field = 'code' | 'name';
interface Row {
  line: number;
  code: string | null;
  name: string;
}
const read = (sheet: unknown[][]) =>
  readSheetRows(sheet, {
    aliases: { code: ['kode'], name: ['nama'] },
    required: ['name'],
    readRow: (cells: readonly unknown[], columns: ColumnMap<Field>, line: number): Row | RowProblem => {
      const get = rowCells(cells, columns);
      return get('name') === ''
        ? { line, reason: 'Nama kosong.' }
        : { line, code: get('code') || null, name: get('name') };
    },
    keysOf: (row) => [row.code, row.name.toLowerCase()],
    repeated: (earlier) => `Sama dengan baris ${earlier}.`,
  });

describe('readSheetRows', () => {
  it('reads each data row by its header, skipping blank rows, and refuses a row repeating an earlier key', () => {
    const { rows, problems } = read([
      [' NAMA ', 'Kode'],
      ['Kopi', 'K1'],
      ['', ''],
      ['Teh', null],
      ['Gula', 'K1'],
      ['KOPI', 'K9'],
      ['', 'K5'],
      // A code equal to another row's name is no repeat: each key is compared with the same key only.
      ['Susu', 'teh'],
    ]);
    expect(rows).toEqual([
      { line: 2, code: 'K1', name: 'Kopi' },
      { line: 4, code: null, name: 'Teh' },
      { line: 8, code: 'teh', name: 'Susu' },
    ]);
    expect(problems).toEqual([
      { line: 5, reason: 'Sama dengan baris 2.' },
      { line: 6, reason: 'Sama dengan baris 2.' },
      { line: 7, reason: 'Nama kosong.' },
    ]);
  });

  it('reports an empty sheet or a missing required column on line 1', () => {
    expect(read([]).problems).toEqual([{ line: 1, reason: 'Berkas kosong: baris judul kolom tidak ada.' }]);
    expect(read([['kode'], ['K1']]).problems).toEqual([{ line: 1, reason: 'Kolom wajib tidak ditemukan: nama.' }]);
  });
});
