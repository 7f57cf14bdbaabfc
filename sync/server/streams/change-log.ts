/**
 * The change log behind pull cursors, built so that cursors follow commit order.
 *
 * The problem: if positions came from a sequence or a timestamp taken while a transaction writes,
 * a slow transaction could take position 10, a quick one 11 and commit first; a terminal pulling
 * in between gets 11 and moves its cursor past 10, which then commits and is never seen.
 *
 * The choice: every write transaction collects the stream items it changed (WriteTx.changed) and,
 * as its very last step before COMMIT, takes the stream's row in stream_heads with an UPDATE
 * (a row lock held until commit) and numbers its changes from there. A second writer of the same
 * stream waits on that row until the first has committed, so positions are handed out in commit
 * order and a reader can never see position N committed while a smaller one is still to come.
 * (PostgreSQL makes a transaction visible before it releases its locks.) The lock is held only
 * for the numbering and the commit, so writers of one stream serialise for milliseconds, and
 * writers of different streams not at all; streams are locked in name order, so two writers
 * can never deadlock on them.
 *
 * The alternative, recording pg_current_xact_id() per row and serving only rows older than
 * pg_snapshot_xmin(pg_current_snapshot()), needs no lock, but any long transaction anywhere in
 * the database (a 150,000-row roster import, a report) holds every stream back until it ends.
 *
 * stream_changes keeps only the latest position per (stream, outlet, key): a re-changed item
 * moves to the end, so the log never grows beyond the number of items. Reading serves keys in
 * position order; the caller loads the items' current state.
 */
import type { StreamName } from '../../protocol/messages';
import type { Database, Queryable } from '../db/database';

/** Province-wide changes are stored with outlet '' and seen by every outlet. */
const EVERY_OUTLET = '';

export interface WriteTx extends Queryable {
  /** Records that these items of a stream changed, for every outlet (null) or for one. */
  changed(stream: StreamName, outletId: string | null, keys: Iterable<string>): void;
}

/**
 * A transaction for anything that changes stream items: positions for what `work` reported as
 * changed are assigned last, after `work` resolves, just before COMMIT.
 */
export function writeTransaction<T>(db: Database, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const changes = new Map<StreamName, Map<string, Set<string>>>();
    const result = await work({
      ...tx,
      changed(stream, outletId, keys) {
        const byOutlet = changes.get(stream) ?? new Map<string, Set<string>>();
        changes.set(stream, byOutlet);
        const outlet = outletId ?? EVERY_OUTLET;
        const set = byOutlet.get(outlet) ?? new Set<string>();
        byOutlet.set(outlet, set);
        for (const key of keys) set.add(key);
      },
    });
    for (const stream of [...changes.keys()].sort()) await assignPositions(tx, stream, changes.get(stream)!);
    return result;
  });
}

async function assignPositions(tx: Queryable, stream: StreamName, byOutlet: Map<string, Set<string>>): Promise<void> {
  const outlets: string[] = [];
  const keys: string[] = [];
  for (const [outlet, set] of byOutlet) {
    for (const key of set) {
      outlets.push(outlet);
      keys.push(key);
    }
  }
  if (keys.length === 0) return;
  // One statement: the head's row lock is taken by the UPDATE and held until COMMIT.
  await tx.query(
    `WITH head AS (UPDATE stream_heads SET position = position + $2 WHERE stream = $1 RETURNING position - $2 AS before)
     INSERT INTO stream_changes (stream, outlet_id, item_key, position)
     SELECT $1, c.outlet_id, c.item_key, head.before + c.n
     FROM head, unnest($3::text[], $4::text[]) WITH ORDINALITY AS c (outlet_id, item_key, n)
     ON CONFLICT (stream, outlet_id, item_key) DO UPDATE SET position = excluded.position`,
    [stream, keys.length, outlets, keys],
  );
}

export interface ChangePage {
  /** Changed keys in position order, each once. */
  keys: string[];
  /** Position of the last change served (`after` when none). */
  last: number;
  hasMore: boolean;
}

/** Up to `limit` changes after position `after` that an outlet sees. */
export async function readChanges(db: Queryable, stream: StreamName, outletId: string, after: number, limit: number): Promise<ChangePage> {
  const { rows } = await db.query<{ item_key: string; position: number }>(
    `SELECT item_key, position FROM stream_changes
     WHERE stream = $1 AND outlet_id IN ('', $2) AND position > $3
     ORDER BY position LIMIT $4`,
    [stream, outletId, after, limit + 1],
  );
  const page = rows.slice(0, limit);
  // An item changed both for every outlet and for this one appears twice; serve it once.
  const keys = [...new Set(page.map((r) => r.item_key))];
  return { keys, last: page.at(-1)?.position ?? after, hasMore: rows.length > limit };
}
