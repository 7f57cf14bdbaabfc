/**
 * Enrolment: provincial staff make a one-time code for an outlet (admin CLI), a manager types it
 * on the new terminal, and the terminal trades it for its id and bearer token. A code works once
 * and only until it expires.
 */
import type { Database } from '../db/database';
import { hashSecret, newEnrolmentCode, newToken, normalizeEnrolmentCode } from './secrets';

export const DEFAULT_CODE_HOURS = 24;

export async function createEnrolmentCode(db: Database, outletId: string, options: { hours?: number; now?: Date } = {}): Promise<{ code: string; expiresAt: Date } | null> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.hours ?? DEFAULT_CODE_HOURS) * 3_600_000);
  const code = newEnrolmentCode();
  const { rows } = await db.query(
    `INSERT INTO enrolment_codes (code_hash, outlet_id, created_at, expires_at)
     SELECT $1, id, $3, $4 FROM outlets WHERE id = $2 RETURNING outlet_id`,
    [hashSecret(code), outletId, now, expiresAt],
  );
  return rows.length === 0 ? null : { code, expiresAt };
}

export type Enrolment =
  | { ok: true; terminalId: string; outletId: string; token: string }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export async function redeemEnrolmentCode(db: Database, typedCode: string, terminalName: string, now = new Date()): Promise<Enrolment> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ outlet_id: string; expires_at: Date; used_at: Date | null }>(
      'SELECT outlet_id, expires_at, used_at FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE',
      [hashSecret(normalizeEnrolmentCode(typedCode))],
    );
    const code = rows[0];
    if (!code) return { ok: false, reason: 'unknown' };
    if (code.used_at) return { ok: false, reason: 'used' };
    if (code.expires_at.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
    const { rows: counted } = await tx.query<{ terminal_count: number }>(
      'UPDATE outlets SET terminal_count = terminal_count + 1 WHERE id = $1 RETURNING terminal_count',
      [code.outlet_id],
    );
    const terminalId = `${code.outlet_id}-t${String(counted[0]!.terminal_count).padStart(2, '0')}`;
    const token = newToken();
    await tx.query('INSERT INTO terminals (id, outlet_id, name, token_hash, enrolled_at) VALUES ($1, $2, $3, $4, $5)', [
      terminalId, code.outlet_id, terminalName, hashSecret(token), now,
    ]);
    await tx.query('UPDATE enrolment_codes SET used_at = $2, terminal_id = $3 WHERE code_hash = $1', [
      hashSecret(normalizeEnrolmentCode(typedCode)), now, terminalId,
    ]);
    return { ok: true, terminalId, outletId: code.outlet_id, token };
  });
}
