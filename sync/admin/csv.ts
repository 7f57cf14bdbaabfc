/** Reads a CSV file into rows of cells for the domain's sheet readers (comma or semicolon, as Excel saves it). */
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { RowProblem } from '../../domain/sheet-columns';
import { AdminError } from './output';

export async function readCsvSheet(path: string): Promise<{ sheet: string[][]; problems: RowProblem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new AdminError(`Berkas ${path} tidak bisa dibaca: ${(error as Error).message}`);
  }
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes' && e.row !== undefined)
    .map((e) => ({ line: e.row! + 1, reason: 'Tanda kutip tidak ditutup.' }));
  return { sheet: parsed.data, problems };
}
