/** What a spreadsheet import did, counted the same way for the catalog and the ASN roster. */
import type { RowProblem } from '#domain/sheet-columns';
import type { Database } from '../server/db/database';
import { writeTransaction, type WriteTx } from '../server/streams/change-log';
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

/** Thrown out of a dry run's transaction so it rolls back, carrying what it counted. */
class RolledBack<T> extends Error {
  constructor(readonly outcome: T) {
    super('dry run');
  }
}

/**
 * An import's writes in one transaction; with `dryRun` every write and check is done and then
 * rolled back, so a preview counts and refuses exactly as the import will.
 */
export async function writeOrPreview<T>(db: Database, dryRun: boolean, write: (tx: WriteTx) => Promise<T>): Promise<T> {
  return writeTransaction(db, async (tx) => {
    const outcome = await write(tx);
    if (dryRun) throw new RolledBack(outcome);
    return outcome;
  }).catch((error: unknown) => {
    if (error instanceof RolledBack) return error.outcome as T;
    throw error;
  });
}
