/** What admin commands share: an error a person can act on, and plain-text tables for the terminal. */
import type { RowProblem } from '#domain/sheet-columns';
import type { Queryable } from '../server/db/database';

/** A mistake of the person at the keyboard (unknown outlet, bad month): printed, exit code 1. */
export class AdminError extends Error {}

export function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells
    .map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  '))
    .join('\n');
}

/** "2 baris bermasalah:" and one line each, or nothing. */
export function problemLines(problems: readonly RowProblem[]): string[] {
  if (problems.length === 0) return [];
  return [
    `${problems.length} baris bermasalah (tidak diimpor):`,
    ...problems.map((p) => `  baris ${p.line}: ${p.reason}`),
  ];
}

/** The outlet's name, or an AdminError naming the command that lists outlets. */
export async function requireOutlet(db: Queryable, outletId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('SELECT name FROM outlets WHERE id = $1', [outletId]);
  if (!rows[0]) throw new AdminError(`Outlet "${outletId}" tidak dikenal. Lihat daftarnya: npm run admin -- outlets`);
  return rows[0].name;
}
