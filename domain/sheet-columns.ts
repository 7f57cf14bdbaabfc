/**
 * What every spreadsheet import shares (catalog, ASN roster): headers matched case-insensitively
 * against aliases, cells read as trimmed text, and problems reported by spreadsheet line number.
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

/** "Nama kosong; harga bukan angka." from ['nama kosong', 'harga bukan angka']. */
export function joinReasons(reasons: readonly string[]): string {
  const text = reasons.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}
