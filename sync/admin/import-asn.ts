/**
 * `import-asn FILE.csv`: the ASN roster (nip, nama, opd/instansi/unit_kerja, optional jenis).
 * 150,000 rows import in seconds through multi-row upserts; re-importing updates in place, and
 * only rows that really changed are served again to terminals. The back office's upload
 * (routes/backoffice-asn-roster.ts) imports a CSV or XLSX sheet the same way, previewed first.
 */
import { readAsnRosterRows, type AsnRosterRow } from '#domain/asn/asn-roster-rows';
import type { Nip } from '#domain/asn/nip';
import type { RowProblem } from '#domain/sheet-columns';
import type { Database } from '../server/db/database';
import type { WriteTx } from '../server/streams/change-log';
import { parseCsvSheet } from './csv';
import { countChanges, writeOrPreview, type ImportOutcome } from './import-outcome';

const CHUNK = 10_000;

/** What a roster sheet's import did (or, dry, would do). */
export type AsnSheetImport = ImportOutcome & {
  /** ASN on the roster the sheet does not name: they stay on the roster (terminals cannot drop an ASN). */
  absent: number;
  /** The rows added or changed, in sheet order. */
  changed: (AsnRosterRow & { inserted: boolean })[];
};

export async function importAsnRoster(db: Database, csvText: string): Promise<ImportOutcome> {
  const csv = parseCsvSheet(csvText);
  const {
    absent: _absent,
    changed: _changed,
    ...outcome
  } = await importAsnSheet(db, csv.sheet, {
    problems: csv.problems,
  });
  return outcome;
}

/** A roster sheet (CSV or XLSX cells) imported; `dryRun` writes and rolls back, for a preview. */
export async function importAsnSheet(
  db: Database,
  sheet: readonly (readonly unknown[])[],
  options: {
    problems?: readonly RowProblem[];
    dryRun?: boolean;
    /** Runs in the import's transaction after the writes (not in a dry run): the back office's audit. */
    written?: (tx: WriteTx, outcome: Omit<AsnSheetImport, 'problems' | 'changed'>) => Promise<void>;
  } = {},
): Promise<AsnSheetImport> {
  const { rows, problems } = readAsnRosterRows(sheet, new Date());
  const dryRun = options.dryRun ?? false;
  const outcome = await writeOrPreview(db, dryRun, async (tx) => {
    const { rows: missing } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM asn_roster r
       WHERE NOT EXISTS (SELECT 1 FROM unnest($1::text[]) AS k (nip) WHERE k.nip = r.nip)`,
      [rows.map((r) => r.nip)],
    );
    const changed: { nip: Nip; inserted: boolean }[] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      const result = await tx.query<{ nip: Nip; inserted: boolean }>(
        `INSERT INTO asn_roster (nip, name, opd, kind)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (nip) DO UPDATE SET name = excluded.name, opd = excluded.opd, kind = excluded.kind, updated_at = now()
         WHERE (asn_roster.name, asn_roster.opd, asn_roster.kind) IS DISTINCT FROM (excluded.name, excluded.opd, excluded.kind)
         RETURNING nip, xmax = 0 AS inserted`,
        [chunk.map((r) => r.nip), chunk.map((r) => r.name), chunk.map((r) => r.opd), chunk.map((r) => r.kind)],
      );
      changed.push(...result.rows);
    }
    tx.changed(
      'asn-roster',
      null,
      changed.map((c) => c.nip),
    );
    // An ASN added or moved to another OPD: the compliance per OPD is counted again on its next read.
    if (changed.length > 0) await tx.query('UPDATE opd_compliance_months SET minimum = NULL');
    const counts = { ...countChanges(changed, rows.length), absent: missing[0]!.n };
    if (!dryRun) await options.written?.(tx, counts);
    return { counts, changed };
  });
  const inserted = new Map(outcome.changed.map((c) => [c.nip, c.inserted]));
  return {
    ...outcome.counts,
    changed: rows.flatMap((r) => {
      const isNew = inserted.get(r.nip);
      return isNew === undefined ? [] : [{ ...r, inserted: isNew }];
    }),
    problems: [...(options.problems ?? []), ...problems].sort((a, b) => a.line - b.line),
  };
}
