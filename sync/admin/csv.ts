/** Reads CSV text into rows of cells for the domain's sheet readers (comma or semicolon, as Excel saves it). */
import Papa from 'papaparse';
import type { RowProblem } from '#domain/sheet-columns';

export function parseCsvSheet(text: string): { sheet: string[][]; problems: RowProblem[] } {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes' && e.row !== undefined)
    .map((e) => ({ line: e.row! + 1, reason: 'Tanda kutip tidak ditutup.' }));
  return { sheet: parsed.data, problems };
}
