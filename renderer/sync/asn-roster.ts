/**
 * The ASN roster on the terminal: 150,000 entries kept in 1,024 buckets (rows of about 150, by the
 * entry's NIP key) rather than one row each, because IndexedDB pays per row: switching in a whole
 * roster writes 1,024 rows, not 150,000, and finding an ASN reads one row. Entries hold the NIP's
 * key (HMAC with the province's key: renderer/asn/nip-key.ts), never the NIP.
 */
import type { PosDatabase } from '../db/database';
import type { RosterBucketRow, RosterEntryRow } from '../db/rows';

export const ROSTER_BUCKETS = 1024;

/** An HMAC is already evenly spread: its first 32 bits pick the bucket. */
export function rosterBucket(nipKey: string): number {
  return Number.parseInt(nipKey.slice(0, 8), 16) % ROSTER_BUCKETS;
}

export async function findRosterEntry(db: PosDatabase, nipKey: string): Promise<RosterEntryRow | undefined> {
  return (await db.asnRoster.get(rosterBucket(nipKey)))?.entries.find((e) => e.nipKey === nipKey);
}

export async function rosterSize(db: PosDatabase): Promise<number> {
  let size = 0;
  await db.asnRoster.each((bucket) => (size += bucket.entries.length));
  return size;
}

/** Inside the caller's transaction: entries added or replaced by NIP key, the rest of their buckets kept. */
export async function putRosterEntries(db: PosDatabase, entries: readonly RosterEntryRow[]): Promise<void> {
  const byBucket = group(entries);
  const existing = await db.asnRoster.bulkGet([...byBucket.keys()]);
  await db.asnRoster.bulkPut(
    [...byBucket].map(([bucket, incoming], i) => {
      const merged = new Map((existing[i]?.entries ?? []).map((e) => [e.nipKey, e]));
      for (const entry of incoming) merged.set(entry.nipKey, entry);
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
    const bucket = rosterBucket(entry.nipKey);
    const list = byBucket.get(bucket);
    if (list) list.push(entry);
    else byBucket.set(bucket, [entry]);
  }
  return byBucket;
}
