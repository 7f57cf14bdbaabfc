/**
 * Signing in to the back office and the sessions it makes. A session is a random token (the
 * cookie) stored as its SHA-256, with a CSRF token the browser repeats on every change. A name
 * with LOCKOUT_FAILURES failed attempts in the last LOCKOUT_WINDOW_MS is locked until the oldest
 * of them leaves the window, whatever password comes next; every attempt is recorded.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { Database, Queryable } from '../db/database';
import { DECOY_HASH, verifyPassword } from './passwords';

export const SESSION_HOURS = 12;
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;

export type SignIn =
  | { ok: true; token: string; session: BackofficeSession }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export async function signIn(db: Database, name: string, password: string, clientAddress: string): Promise<SignIn> {
  const locked = await lockedFor(db, name);
  if (locked > 0) return { ok: false, reason: 'locked', retryAfterSeconds: locked };
  const { rows } = await db.query<{
    role: BackofficeSession['user']['role'];
    outlet_id: string | null;
    password_hash: string;
  }>('SELECT role, outlet_id, password_hash FROM backoffice_users WHERE name = $1 AND disabled_at IS NULL', [name]);
  const user = rows[0];
  // An unknown or disabled name costs a hash too, so timing does not tell which names exist.
  const matches = await verifyPassword(password, user?.password_hash ?? DECOY_HASH);
  const succeeded = user !== undefined && matches;
  await db.query('INSERT INTO backoffice_login_attempts (user_name, client_address, succeeded) VALUES ($1, $2, $3)', [
    name,
    clientAddress,
    succeeded,
  ]);
  if (!succeeded) return { ok: false, reason: 'wrong' };
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO backoffice_sessions (token_hash, user_name, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [hashToken(token), name, csrfToken, SESSION_HOURS],
  );
  return { ok: true, token, session: { user: { name, role: user.role, outletId: user.outlet_id }, csrfToken } };
}

/** Seconds until the name may try again, or 0. */
async function lockedFor(db: Queryable, name: string): Promise<number> {
  const { rows } = await db.query<{ failures: number; oldest: Date | null }>(
    `SELECT count(*)::int AS failures, min(at) AS oldest FROM (
       SELECT at FROM backoffice_login_attempts
       WHERE user_name = $1 AND NOT succeeded AND at > now() - make_interval(secs => $2)
         AND at > coalesce((SELECT max(at) FROM backoffice_login_attempts WHERE user_name = $1 AND succeeded), '-infinity')
       ORDER BY at DESC LIMIT $3) recent`,
    [name, LOCKOUT_WINDOW_MS / 1000, LOCKOUT_FAILURES],
  );
  const { failures, oldest } = rows[0]!;
  if (failures < LOCKOUT_FAILURES || oldest === null) return 0;
  return Math.max(1, Math.ceil((oldest.getTime() + LOCKOUT_WINDOW_MS - Date.now()) / 1000));
}

/** The session a cookie's token opens: unexpired, of a user still enabled. */
export async function sessionForToken(db: Queryable, token: string): Promise<BackofficeSession | null> {
  const { rows } = await db.query<{
    name: string;
    role: BackofficeSession['user']['role'];
    outlet_id: string | null;
    csrf_token: string;
  }>(
    `SELECT u.name, u.role, u.outlet_id, s.csrf_token FROM backoffice_sessions s
     JOIN backoffice_users u ON u.name = s.user_name
     WHERE s.token_hash = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [hashToken(token)],
  );
  const row = rows[0];
  return row ? { user: { name: row.name, role: row.role, outletId: row.outlet_id }, csrfToken: row.csrf_token } : null;
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM backoffice_sessions WHERE token_hash = $1', [hashToken(token)]);
}

/** Sign-out everywhere: every browser the user is signed in on. */
export async function endAllSessions(db: Queryable, userName: string): Promise<number> {
  const { rows } = await db.query('DELETE FROM backoffice_sessions WHERE user_name = $1 RETURNING 1', [userName]);
  return rows.length;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
