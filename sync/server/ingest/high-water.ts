/**
 * A terminal's seq state (./seq-gaps.ts) in the database: read with the terminal's row locked, so
 * pushes of one terminal and the province's skips take turns, and written back in two small
 * statements whatever the terminal's history.
 */
import type { Queryable } from '../db/database';
import { highWaterOf, type SeqState } from './seq-gaps';

/** Locks the terminal's row until the transaction ends; null when there is no such terminal. */
export async function lockSeqState(tx: Queryable, terminalId: string): Promise<SeqState | null> {
  const { rows } = await tx.query<{ max_seq: number; gaps: [number, number][] }>(
    `SELECT t.max_seq,
       (SELECT coalesce(json_agg(json_build_array(g.from_seq, g.to_seq) ORDER BY g.from_seq), '[]') FROM seq_gaps g WHERE g.terminal_id = t.id) AS gaps
     FROM terminals t WHERE t.id = $1 FOR UPDATE`,
    [terminalId],
  );
  const row = rows[0];
  return row
    ? { maxSeq: row.max_seq, gaps: row.gaps.map(([from, to]) => ({ from: Number(from), to: Number(to) })) }
    : null;
}

/** A push from the terminal: when it arrived, and the largest seq it carried (push-order.ts). */
export interface PushSeen {
  at: Date;
  lastSeq: number;
}

/** Stores `next` (read as `before`); returns the high water. `push` is null for the province's own changes. */
export async function saveSeqState(
  tx: Queryable,
  terminalId: string,
  before: SeqState,
  next: SeqState,
  push: PushSeen | null,
): Promise<number> {
  if (JSON.stringify(before.gaps) !== JSON.stringify(next.gaps)) {
    await tx.query('DELETE FROM seq_gaps WHERE terminal_id = $1', [terminalId]);
    await tx.query(
      'INSERT INTO seq_gaps (terminal_id, from_seq, to_seq) SELECT $1, * FROM unnest($2::bigint[], $3::bigint[])',
      [terminalId, next.gaps.map((g) => g.from), next.gaps.map((g) => g.to)],
    );
  }
  const highWater = highWaterOf(next);
  await tx.query(
    `UPDATE terminals SET max_seq = $2, high_water_seq = $3, last_seen_at = coalesce($4, last_seen_at),
       pushed_seq = greatest(pushed_seq, coalesce($5, 0)) WHERE id = $1`,
    [terminalId, next.maxSeq, highWater, push?.at ?? null, push?.lastSeq ?? null],
  );
  return highWater;
}
