/**
 * A spreadsheet the back office uploads (the catalog, the ASN roster): the request body is the
 * file's bytes, at most MAX_SHEET_FILE_BYTES, read by its name's extension. XLSX cells are the
 * values the file stores (read-excel-file never evaluates a formula), CSV cells text.
 */
import { readSheet } from 'read-excel-file/node';
import type { RowProblem } from '#domain/sheet-columns';
import { parseCsvSheet } from '#sync/admin/csv';
import { readRaw } from './body';
import type { RequestContext } from './context';
import { HttpError } from './http-error';

export const MAX_SHEET_FILE_BYTES = 5 * 1024 * 1024;

export interface SheetFile {
  fileName: string;
  cells: unknown[][];
  /** Lines CSV parsing could not read (an unclosed quote). */
  problems: RowProblem[];
}

/** `?file=NAME` and the body; 413 over the limit, 415 not .csv/.xlsx, 422 an unreadable XLSX. */
export async function readSheetFile(ctx: RequestContext): Promise<SheetFile> {
  const fileName = (ctx.url.searchParams.get('file') ?? '').slice(0, 200);
  const name = fileName.toLowerCase();
  if (!/\.(xlsx|csv|txt)$/.test(name))
    throw new HttpError(415, 'unsupported-media-type', `Berkas ${fileName} tidak didukung: pilih .csv atau .xlsx.`);
  const bytes = await readRaw(ctx.req, MAX_SHEET_FILE_BYTES);
  if (name.endsWith('.xlsx')) {
    try {
      return { fileName, cells: (await readSheet(bytes)) as unknown[][], problems: [] };
    } catch {
      throw new HttpError(422, 'change-refused', `Berkas ${fileName} bukan XLSX yang bisa dibaca.`);
    }
  }
  const csv = parseCsvSheet(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  return { fileName, cells: csv.sheet, problems: csv.problems };
}
