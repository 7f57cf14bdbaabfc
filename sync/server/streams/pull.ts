/** One page of a stream for a terminal's outlet: changed items after the cursor, in commit order. */
import { ok, type Result } from '#domain/result';
import type { PullQuery, StreamName } from '#sync/protocol/messages';
import type { StreamItem } from '#sync/protocol/streams';
import type { Database, Queryable } from '../db/database';
import { readChanges } from './change-log';
import { decodeCursor, encodeCursor, type CursorProblem } from './cursor';
import { STREAM_LOADERS } from './index';

export type PullPage<S extends StreamName> = Result<
  { items: StreamItem<S>[]; cursor: string; hasMore: boolean; remaining: number },
  CursorProblem
>;

export async function pullStream<S extends StreamName>(
  db: Database,
  serverId: string,
  outletId: string,
  stream: S,
  query: PullQuery,
): Promise<PullPage<S>> {
  const cursor = decodeCursor(query.cursor, serverId, stream);
  if (!cursor.ok) return cursor;
  const page = await readChanges(db, stream, outletId, cursor.value, query.limit);
  const load = STREAM_LOADERS[stream] as (
    db: Queryable,
    outletId: string,
    keys: readonly string[],
  ) => Promise<StreamItem<S>[]>;
  const items = page.keys.length === 0 ? [] : await load(db, outletId, page.keys);
  return ok({
    items,
    cursor: encodeCursor({ serverId, stream, position: page.last }),
    hasMore: page.hasMore,
    remaining: page.remaining,
  });
}

export async function loadServerId(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ id: string }>('SELECT id FROM server_identity');
  return rows[0]!.id;
}
