/**
 * A dashboard table as a file to download: CSV (UTF-8 with a BOM, so Excel reads the accents;
 * anything a spreadsheet would run as a formula neutralised) or XLSX — a one-sheet workbook
 * written here as its five XML parts, zipped by fflate. Text goes in as inline strings, which a
 * spreadsheet never evaluates, and numbers as numbers.
 */
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';

export type Cell = string | number;

export interface ExportTable {
  /** The file's name without extension, and the sheet's. */
  name: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export function tableFile(table: ExportTable, format: ExportFormat): ExportFile {
  const base = table.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'tabel';
  if (format === 'csv') {
    const text = Papa.unparse(
      { fields: [...table.columns], data: table.rows.map((r) => [...r]) },
      { escapeFormulae: true },
    );
    return { fileName: `${base}.csv`, mimeType: 'text/csv;charset=utf-8', bytes: strToU8(`\ufeff${text}`) };
  }
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bytes: xlsx(table),
  };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function xlsx(table: ExportTable): Uint8Array {
  const sheetRows = [table.columns, ...table.rows].map(
    (cells, r) =>
      `<row r="${r + 1}">${cells.map((cell, c) => xlsxCell(cell, `${columnName(c)}${r + 1}`)).join('')}</row>`,
  );
  // Excel refuses a sheet name over 31 characters or with any of []:*?/\.
  const sheetName = escapeXml(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Tabel');
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(XML + xml)])));
}

function xlsxCell(cell: Cell, ref: string): string {
  if (typeof cell === 'number' && Number.isFinite(cell)) return `<c r="${ref}"><v>${cell}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(cell))}</t></is></c>`;
}

/** 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function escapeXml(text: string): string {
  return (
    text
      // Control characters have no place in XML 1.0: a workbook holding one does not open.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
