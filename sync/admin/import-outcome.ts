/** What a spreadsheet import did, counted the same way for the catalog and the ASN roster. */
import type { RowProblem } from '#domain/sheet-columns';
import { problemLines } from './output';

export interface ImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

/** The upserts return only rows they inserted or really changed (xmax = 0 marks an insert). */
export function countChanges(
  changed: readonly { inserted: boolean }[],
  total: number,
): Omit<ImportOutcome, 'problems'> {
  const created = changed.filter((c) => c.inserted).length;
  return { created, updated: changed.length - created, unchanged: total - changed.length };
}

export function formatImport(what: string, outcome: ImportOutcome): string {
  const { created, updated, unchanged, problems } = outcome;
  return [
    `${what}: ${created} baru, ${updated} diperbarui, ${unchanged} tidak berubah.`,
    ...problemLines(problems),
  ].join('\n');
}
