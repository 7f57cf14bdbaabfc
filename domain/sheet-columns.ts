/**
 * What every spreadsheet import shares (catalog, UMKM register, ASN roster): headers matched
 * case-insensitively against aliases, cells read as trimmed text, rows read and checked for
 * repeats, and problems reported by spreadsheet line number.
 */
import { ok, problem, type Result } from './result';

export interface RowProblem {
  /** Spreadsheet line number (the header is line 1). */
  line: number;
  reason: string;
}

export type ColumnMap<F extends string> = Partial<Record<F, number>>;

export function normalizeHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ');
}

/** Maps each known field to its column index, or explains which required columns are missing. */
export function mapSheetColumns<F extends string>(
  headers: readonly string[],
  aliases: Readonly<Record<F, readonly string[]>>,
  required: readonly F[],
): Result<ColumnMap<F>> {
  const normalized = headers.map(normalizeHeader);
  const columns: ColumnMap<F> = {};
  for (const field of Object.keys(aliases) as F[]) {
    const index = normalized.findIndex((h) => aliases[field].includes(h));
    if (index >= 0) columns[field] = index;
  }
  const missing = required.filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    return problem(
      'columns-missing',
      `Kolom wajib tidak ditemukan: ${missing.map((f) => aliases[f].slice(0, 2).join('/')).join(', ')}.`,
    );
  }
  return ok(columns);
}

/** Spreadsheet cells arrive as strings (CSV) or as numbers and strings (XLSX). */
export function cellText(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** A row's cell by field: its trimmed text, '' where the sheet has no such column. */
export function rowCells<F extends string>(cells: readonly unknown[], columns: ColumnMap<F>): (field: F) => string {
  return (field) => (columns[field] === undefined ? '' : cellText(cells[columns[field]]));
}

export interface SheetRows<F extends string, R> {
  aliases: Readonly<Record<F, readonly string[]>>;
  required: readonly F[];
  /** One data row: what it makes, or why not. */
  readRow: (cells: readonly unknown[], columns: ColumnMap<F>, line: number) => R | RowProblem;
  /** The keys a row must not share with an earlier one, each compared with the same key of the others (null: none). */
  keysOf: (row: R) => readonly (string | null)[];
  /** Why a row repeating the row of that line is refused. */
  repeated: (earlier: number) => string;
}

/** Reads a whole sheet: first row headers, the rest data. Blank rows are skipped silently. */
export function readSheetRows<F extends string, R>(
  sheet: readonly (readonly unknown[])[],
  read: SheetRows<F, R>,
): { rows: R[]; problems: RowProblem[] } {
  const [headers, ...data] = sheet;
  if (!headers) return { rows: [], problems: [{ line: 1, reason: 'Berkas kosong: baris judul kolom tidak ada.' }] };
  const mapped = mapSheetColumns(headers.map(cellText), read.aliases, read.required);
  if (!mapped.ok) return { rows: [], problems: [{ line: 1, reason: mapped.error.message }] };
  const rows: R[] = [];
  const problems: RowProblem[] = [];
  const lineOfKey: Map<string, number>[] = [];
  data.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((c) => cellText(c) === '')) return;
    const row = read.readRow(cells, mapped.value, line);
    if (isProblem(row)) return problems.push(row);
    const keys = read.keysOf(row);
    const earlier = keys.map((key, i) => (key === null ? undefined : lineOfKey[i]?.get(key))).find((l) => l);
    if (earlier) return problems.push({ line, reason: read.repeated(earlier) });
    keys.forEach((key, i) => key !== null && (lineOfKey[i] ??= new Map()).set(key, line));
    rows.push(row);
  });
  return { rows, problems };
}

function isProblem<R>(row: R | RowProblem): row is RowProblem {
  return typeof row === 'object' && row !== null && 'reason' in row;
}

/** "Nama kosong; harga bukan angka." from ['nama kosong', 'harga bukan angka']. */
export function joinReasons(reasons: readonly string[]): string {
  const text = reasons.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
