/**
 * Enrolment: provincial staff make a one-time code for an outlet (admin CLI), a manager types it
 * on the new terminal, and the terminal trades it for its id and bearer token. A code works once
 * and only until it expires.
 */
import { failed, ok, type Problem, type Result } from '#domain/result';
import type { Database, Queryable } from '../db/database';
import { loadAsnKey } from '../streams/asn-key';
import { hashSecret, keyedHash, newEnrolmentCode, newToken, normalizeEnrolmentCode } from './secrets';

/** Codes made before migration 004 were stored as plain SHA-256, marked with this prefix. */
const LEGACY_PREFIX = 'sha256:';

/** The HMAC of a code with this server's enrolment key (server_identity, made by migration 004). */
async function codeHash(db: Queryable, code: string): Promise<string> {
  const { rows } = await db.query<{ enrolment_key: string }>('SELECT enrolment_key FROM server_identity');
  return keyedHash(rows[0]!.enrolment_key, code);
}

export const DEFAULT_CODE_HOURS = 24;

export async function createEnrolmentCode(
  db: Queryable,
  outletId: string,
  options: { hours?: number; now?: Date; replaces?: string } = {},
): Promise<{ code: string; expiresAt: Date } | null> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (options.hours ?? DEFAULT_CODE_HOURS) * 3_600_000);
  const code = newEnrolmentCode();
  // A replacement code names a terminal of the same outlet (null otherwise: nothing inserted).
  const { rows } = await db.query(
    `INSERT INTO enrolment_codes (code_hash, outlet_id, created_at, expires_at, replaces_terminal_id)
     SELECT $1, o.id, $3, $4, t.id FROM outlets o LEFT JOIN terminals t ON t.id = $5 AND t.outlet_id = o.id
     WHERE o.id = $2 AND ($5::text IS NULL OR t.id IS NOT NULL) RETURNING outlet_id`,
    [await codeHash(db, code), outletId, now, expiresAt, options.replaces ?? null],
  );
  return rows.length === 0 ? null : { code, expiresAt };
}

/** A refused code, with the reason the server logs and the words the enrol route answers with. */
export type EnrolmentRefusal = Problem & { code: 'enrolment-refused'; reason: keyof typeof REFUSALS };

export type Enrolment = Result<
  { terminalId: string; outletId: string; token: string; asnKey: string },
  EnrolmentRefusal
>;

const REFUSALS = {
  unknown: 'the enrolment code is wrong',
  used: 'the enrolment code was used already; ask the province for a new one',
  expired: 'the enrolment code has expired; ask the province for a new one',
} as const;

function refused(reason: keyof typeof REFUSALS): { ok: false; error: EnrolmentRefusal } {
  return failed({ code: 'enrolment-refused', message: REFUSALS[reason], reason });
}

export async function redeemEnrolmentCode(
  db: Database,
  typedCode: string,
  terminalName: string,
  now = new Date(),
): Promise<Enrolment> {
  return db.transaction(async (tx) => {
    const typed = normalizeEnrolmentCode(typedCode);
    const { rows } = await tx.query<{
      code_hash: string;
      outlet_id: string;
      expires_at: Date;
      used_at: Date | null;
      replaces_terminal_id: string | null;
    }>(
      'SELECT code_hash, outlet_id, expires_at, used_at, replaces_terminal_id FROM enrolment_codes WHERE code_hash = ANY ($1::text[]) FOR UPDATE',
      [[await codeHash(tx, typed), LEGACY_PREFIX + hashSecret(typed)]],
    );
    const code = rows[0];
    if (!code) return refused('unknown');
    if (code.used_at) return refused('used');
    if (code.expires_at.getTime() <= now.getTime()) return refused('expired');
    const token = newToken();
    if (code.replaces_terminal_id !== null) {
      // The same terminal on a new PC: a new token, the old one refused from now on.
      await tx.query(
        'UPDATE terminals SET name = $2, token_hash = $3, enrolled_at = $4, revoked_at = NULL WHERE id = $1',
        [code.replaces_terminal_id, terminalName, hashSecret(token), now],
      );
      await tx.query('UPDATE enrolment_codes SET used_at = $2, terminal_id = $3 WHERE code_hash = $1', [
        code.code_hash,
        now,
        code.replaces_terminal_id,
      ]);
      return ok({
        terminalId: code.replaces_terminal_id,
        outletId: code.outlet_id,
        token,
        asnKey: await loadAsnKey(tx),
      });
    }
    const { rows: counted } = await tx.query<{ terminal_count: number }>(
      'UPDATE outlets SET terminal_count = terminal_count + 1 WHERE id = $1 RETURNING terminal_count',
      [code.outlet_id],
    );
    const terminalId = `${code.outlet_id}-t${String(counted[0]!.terminal_count).padStart(2, '0')}`;
    await tx.query('INSERT INTO terminals (id, outlet_id, name, token_hash, enrolled_at) VALUES ($1, $2, $3, $4, $5)', [
      terminalId,
      code.outlet_id,
      terminalName,
      hashSecret(token),
      now,
    ]);
    await tx.query('UPDATE enrolment_codes SET used_at = $2, terminal_id = $3 WHERE code_hash = $1', [
      code.code_hash,
      now,
      terminalId,
    ]);
    return ok({ terminalId, outletId: code.outlet_id, token, asnKey: await loadAsnKey(tx) });
  });
}
