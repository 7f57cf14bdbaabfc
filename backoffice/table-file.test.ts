import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { tableFile, type ExportTable } from './table-file';

const table: ExportTable = {
  name: 'Kepatuhan ASN 2026-12',
  columns: ['OPD', 'ASN', '% mencapai'],
  rows: [
    ['Dinas Kesehatan & "RSUD" <Komodo>', 1200, 0.425],
    ['=HYPERLINK("http://x")', 3, 0],
    ['Sekretariat Daerah, Biro Umum', 45_000_000_000, 1],
  ],
};

describe('a dashboard table as a file', () => {
  it('writes CSV that a spreadsheet reads back, with a BOM and formulas neutralised', () => {
    const file = tableFile(table, 'csv');
    expect(file.fileName).toBe('Kepatuhan-ASN-2026-12.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(file.bytes), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['OPD', 'ASN', '% mencapai']);
    expect(parsed[1]).toEqual(['Dinas Kesehatan & "RSUD" <Komodo>', '1200', '0.425']);
    expect(parsed[2]![0]).toBe('\'=HYPERLINK("http://x")');
    expect(parsed[3]).toEqual(['Sekretariat Daerah, Biro Umum', '45000000000', '1']);
  });

  it('writes an XLSX workbook that reads back cell for cell, numbers as numbers and formulas as text', async () => {
    const file = tableFile(table, 'xlsx');
    expect(file.fileName).toBe('Kepatuhan-ASN-2026-12.xlsx');
    const rows = await readSheet(Buffer.from(file.bytes));
    expect(rows).toEqual([[...table.columns], ...table.rows.map((r) => [...r])]);
  });

  it('writes a wide table past column Z', async () => {
    const wide: ExportTable = {
      name: 'lebar',
      columns: Array.from({ length: 30 }, (_, i) => `k${i}`),
      rows: [Array.from({ length: 30 }, (_, i) => i)],
    };
    const rows = await readSheet(Buffer.from(tableFile(wide, 'xlsx').bytes));
    expect(rows[1]).toEqual(wide.rows[0]);
  });
});
