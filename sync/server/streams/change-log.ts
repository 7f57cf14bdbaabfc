/**
 * The change log behind pull cursors, built so that a cursor never skips a change.
 *
 * The problem: positions taken while a transaction writes do not follow commit order. A slow
 * transaction takes position 10, a quick one 11 and commits first; a terminal pulling in between
 * gets 11 and moves its cursor past 10, which then commits and is never seen.
 *
 * The choice: every write transaction collects the stream items it changed (WriteTx.changed) and,
 * as its very last step before COMMIT, takes the stream's advisory lock in shared mode and numbers
 * its changes from the stream's sequence. Writers share that lock, so they never wait for each
 * other (a single locked head row did: with ASN sales nearly half of all pushes queued on the
 * asn-totals head). A reader takes the same lock exclusively for a moment and reads the sequence:
 * no writer holds it then, so every position up to that horizon belongs to a transaction that has
 * ended (PostgreSQL makes a commit visible before it releases its locks), and the reader serves
 * only positions up to it. A later commit can only hold a later position. Readers wait at most
 * for the writers numbering at that moment, writers at most for a reader's two statements; only
 * writers and readers of the same stream meet.
 *
 * The alternative, recording pg_current_xact_id() per row and serving only rows older than
 * pg_snapshot_xmin(pg_current_snapshot()), needs no lock, but any long transaction anywhere in
 * the database (a 150,000-row roster import, a report) holds every stream back until it ends.
 *
 * stream_changes keeps only the latest position per (stream, outlet, key): a re-changed item
 * moves to the end, so the log never grows beyond the number of items. Reading serves keys in
 * position order; the caller loads the items' current state.
 */
import type { StreamName } from '#sync/protocol/messages';
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
  const changes = [...byOutlet].flatMap(([outlet, set]) => [...set].map((key) => [outlet, key] as const));
  if (changes.length === 0) return;
  // Sorted, so two writers of the same items lock their log rows in the same order.
  changes.sort(([o1, k1], [o2, k2]) => (o1 === o2 ? (k1 < k2 ? -1 : k1 > k2 ? 1 : 0) : o1 < o2 ? -1 : 1));
  await tx.query(`SELECT pg_advisory_xact_lock_shared(${streamLock})`, [stream]);
  await tx.query(
    `INSERT INTO stream_changes (stream, outlet_id, item_key, position)
     SELECT $1, c.outlet_id, c.item_key, nextval($2::regclass)
     FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS c (outlet_id, item_key, n) ORDER BY c.n
     ON CONFLICT (stream, outlet_id, item_key) DO UPDATE SET position = excluded.position`,
    [stream, positionSequence(stream), changes.map(([outlet]) => outlet), changes.map(([, key]) => key)],
  );
}

/** Keyed by schema too: test schemas share one database, and their streams are strangers. */
const streamLock = `hashtext(current_schema() || ' change-log ' || $1)`;

function positionSequence(stream: StreamName): string {
  return `stream_position_${stream.replace('-', '_')}`;
}

/**
 * The stream's position below which every change has committed (see the top of this file): taken
 * under the stream's lock in exclusive mode, which waits for the writers numbering right now.
 */
async function committedHorizon(db: Database, stream: StreamName): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${streamLock})`, [stream]);
    const { rows } = await tx.query<{ position: number }>(
      `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS position FROM ${positionSequence(stream)}`,
    );
    return rows[0]!.position;
  });
}

export interface ChangePage {
  /** Changed keys in position order, each once. */
  keys: string[];
  /** Position of the last change served (`after` when none). */
  last: number;
  hasMore: boolean;
  /**
   * Changes after `last` the outlet sees: counted up to ten pages (at most 2,000 changes) ahead,
   * beyond that the number of positions left (an upper bound), so a page costs the same however
   * much is left, and little beside the page itself (a full download's pages are 5,000).
   */
  remaining: number;
}

/** Pages ahead that `remaining` counts exactly, and a cap on the rows that costs a large page. */
const COUNTED_PAGES = 10;
const COUNTED_MAX = 2_000;

/** Up to `limit` changes after position `after` that an outlet sees. */
export async function readChanges(
  db: Database,
  stream: StreamName,
  outletId: string,
  after: number,
  limit: number,
): Promise<ChangePage> {
  const horizon = await committedHorizon(db, stream);
  const { rows } = await db.query<{ item_key: string; position: number }>(
    `SELECT item_key, position FROM stream_changes
     WHERE stream = $1 AND outlet_id IN ('', $2) AND position > $3 AND position <= $4
     ORDER BY position LIMIT $5`,
    [stream, outletId, after, horizon, limit + 1],
  );
  const page = rows.slice(0, limit);
  // An item changed both for every outlet and for this one appears twice; serve it once.
  const keys = [...new Set(page.map((r) => r.item_key))];
  const last = page.at(-1)?.position ?? after;
  const hasMore = rows.length > limit;
  return {
    keys,
    last,
    hasMore,
    remaining: hasMore
      ? await countChanges(db, stream, outletId, last, horizon, Math.min(limit * COUNTED_PAGES, COUNTED_MAX))
      : 0,
  };
}

async function countChanges(
  db: Queryable,
  stream: StreamName,
  outletId: string,
  after: number,
  horizon: number,
  bound: number,
): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (
       SELECT 1 FROM stream_changes WHERE stream = $1 AND outlet_id IN ('', $2) AND position > $3 AND position <= $4 ORDER BY position LIMIT $5
     ) ahead`,
    [stream, outletId, after, horizon, bound],
  );
  const counted = rows[0]!.n;
  return counted < bound ? counted : Math.max(counted, horizon - after);
}
