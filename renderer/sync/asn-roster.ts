/**
 * The ASN roster on the terminal: 150,000 NIPs kept in 1,024 buckets (rows of about 150 entries,
 * by a hash of the NIP) rather than one row each, because IndexedDB pays per row: switching in a
 * whole roster writes 1,024 rows, not 150,000, and finding a NIP reads one row.
 */
import type { PosDatabase } from '../db/database';
import type { RosterBucketRow, RosterEntryRow } from '../db/rows';

export const ROSTER_BUCKETS = 1024;

export function rosterBucket(nip: string): number {
  let hash = 2_166_136_261;
  for (let i = 0; i < nip.length; i++) hash = Math.imul(hash ^ nip.charCodeAt(i), 16_777_619) >>> 0;
  return hash % ROSTER_BUCKETS;
}

export async function findRosterEntry(db: PosDatabase, nip: string): Promise<RosterEntryRow | undefined> {
  return (await db.asnRoster.get(rosterBucket(nip)))?.entries.find((e) => e.nip === nip);
}

export async function rosterSize(db: PosDatabase): Promise<number> {
  let size = 0;
  await db.asnRoster.each((bucket) => (size += bucket.entries.length));
  return size;
}

/** Inside the caller's transaction: entries added or replaced by NIP, the rest of their buckets kept. */
export async function putRosterEntries(db: PosDatabase, entries: readonly RosterEntryRow[]): Promise<void> {
  const byBucket = group(entries);
  const existing = await db.asnRoster.bulkGet([...byBucket.keys()]);
  await db.asnRoster.bulkPut(
    [...byBucket].map(([bucket, incoming], i) => {
      const merged = new Map((existing[i]?.entries ?? []).map((e) => [e.nip, e]));
      for (const entry of incoming) merged.set(entry.nip, entry);
      return { bucket, entries: [...merged.values()] };
    }),
  );
}

/** Inside the caller's transaction: the roster becomes exactly these entries. */
export async function replaceRoster(db: PosDatabase, entries: readonly RosterEntryRow[]): Promise<void> {
  await db.asnRoster.clear();
  await db.asnRoster.bulkAdd(
    [...group(entries)].map(([bucket, bucketEntries]): RosterBucketRow => ({ bucket, entries: bucketEntries })),
  );
}

function group(entries: readonly RosterEntryRow[]): Map<number, RosterEntryRow[]> {
  const byBucket = new Map<number, RosterEntryRow[]>();
  for (const entry of entries) {
    const bucket = rosterBucket(entry.nip);
    const list = byBucket.get(bucket);
    if (list) list.push(entry);
    else byBucket.set(bucket, [entry]);
  }
  return byBucket;
}
