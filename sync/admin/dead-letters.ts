/**
 * `dead-letter list [TERMINAL]` and `dead-letter skip TERMINAL SEQ --reason TEXT`: the seqs a
 * terminal's high water waits for (an event the server rejected and has not had again), and
 * giving one up. A skip is recorded with its reason; the terminal may still send a corrected
 * event with that seq later, and it is stored like any other.
 */
import { formatWita } from '#domain/wita';
import type { Database } from '../server/db/database';
import { lockSeqState, saveSeqState } from '../server/ingest/high-water';
import { highWaterOf, isMissing, withSeqs } from '../server/ingest/seq-gaps';
import { AdminError, table } from './output';

export async function listDeadLetters(db: Database, terminalId?: string): Promise<string> {
  const { rows } = await db.query<{
    terminal_id: string;
    from_seq: number;
    to_seq: number;
    reason: string | null;
    received_at: Date | null;
  }>(
    `SELECT g.terminal_id, g.from_seq, g.to_seq, r.reason, r.received_at
     FROM seq_gaps g LEFT JOIN LATERAL (
       SELECT reason, received_at FROM rejected_events r WHERE r.terminal_id = g.terminal_id AND r.seq BETWEEN g.from_seq AND g.to_seq ORDER BY r.id DESC LIMIT 1
     ) r ON true
     WHERE $1::text IS NULL OR g.terminal_id = $1
     ORDER BY g.terminal_id, g.from_seq`,
    [terminalId ?? null],
  );
  if (rows.length === 0)
    return terminalId ? `Terminal ${terminalId} tidak menunggu seq apa pun.` : 'Tidak ada terminal yang menunggu seq.';
  return table(
    ['TERMINAL', 'SEQ', 'DITOLAK TERAKHIR (WITA)', 'ALASAN'],
    rows.map((g) => [
      g.terminal_id,
      g.from_seq === g.to_seq ? g.from_seq : `${g.from_seq}-${g.to_seq}`,
      g.received_at ? formatWita(g.received_at) : '-',
      g.reason ?? '(tidak pernah diterima)',
    ]),
  );
}

export async function skipDeadLetter(
  db: Database,
  terminalId: string,
  seqText: string,
  reason: string | undefined,
): Promise<string> {
  const seq = Number(seqText);
  if (!Number.isSafeInteger(seq) || seq < 1) throw new AdminError(`Seq "${seqText}" harus bilangan bulat positif.`);
  if (!reason?.trim())
    throw new AdminError('dead-letter skip butuh --reason: mengapa event ini tidak akan pernah diterima.');
  return db.transaction(async (tx) => {
    const state = await lockSeqState(tx, terminalId);
    if (!state)
      throw new AdminError(`Terminal "${terminalId}" tidak dikenal. Lihat daftarnya: npm run admin -- terminals`);
    if (!isMissing(state, seq))
      throw new AdminError(
        `Seq ${seq} terminal ${terminalId} tidak sedang ditunggu (lihat: npm run admin -- dead-letter list ${terminalId}).`,
      );
    await tx.query('INSERT INTO skipped_seqs (terminal_id, seq, reason) VALUES ($1, $2, $3)', [
      terminalId,
      seq,
      reason.trim(),
    ]);
    const next = withSeqs(state, [seq]);
    await saveSeqState(tx, terminalId, state, next, null);
    return `Seq ${seq} terminal ${terminalId} dilewati ("${reason.trim()}"). Seq tertinggi tanpa celah: ${highWaterOf(state)} → ${highWaterOf(next)}.`;
  });
}
