/** Enrolled terminals: who a bearer token belongs to, the app version they run, and revoking one. */
import type { Queryable } from '../db/database';
import { hashSecret, looksLikeToken } from './secrets';

export interface AuthenticatedTerminal {
  id: string;
  outletId: string;
}

/** null for a malformed, unknown or revoked token. */
export async function terminalForToken(db: Queryable, token: string): Promise<AuthenticatedTerminal | null> {
  if (!looksLikeToken(token)) return null;
  const { rows } = await db.query<AuthenticatedTerminal>(
    'SELECT id, outlet_id AS "outletId" FROM terminals WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashSecret(token)],
  );
  return rows[0] ?? null;
}

/** false when there is no such terminal; revoking twice keeps the first time. */
export async function revokeTerminal(db: Queryable, terminalId: string, now = new Date()): Promise<boolean> {
  const { rows } = await db.query(
    'UPDATE terminals SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING id',
    [terminalId, now],
  );
  return rows.length > 0;
}

/** The app version a push named (X-App-Version); written only when it changed, so a push costs no write. */
export async function recordAppVersion(db: Queryable, terminalId: string, version: string): Promise<void> {
  await db.query('UPDATE terminals SET app_version = $2 WHERE id = $1 AND app_version IS DISTINCT FROM $2', [
    terminalId,
    version,
  ]);
}
