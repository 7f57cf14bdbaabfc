/**
 * `import-asn FILE.csv`: the ASN roster (nip, nama, opd/instansi/unit_kerja, optional jenis).
 * 150,000 rows import in seconds through multi-row upserts; re-importing updates in place, and
 * only rows that really changed are served again to terminals.
 */
import { readAsnRosterRows } from '#domain/asn/asn-roster-rows';
import type { Nip } from '#domain/asn/nip';
import type { Database } from '../server/db/database';
import { writeTransaction } from '../server/streams/change-log';
import { parseCsvSheet } from './csv';
import { countChanges, type ImportOutcome } from './import-outcome';

const CHUNK = 10_000;

export async function importAsnRoster(db: Database, csvText: string): Promise<ImportOutcome> {
  const csv = parseCsvSheet(csvText);
  const { rows, problems } = readAsnRosterRows(csv.sheet, new Date());
  const counts = await writeTransaction(db, async (tx) => {
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
    return countChanges(changed, rows.length);
  });
  return { ...counts, problems: [...csv.problems, ...problems].sort((a, b) => a.line - b.line) };
}
