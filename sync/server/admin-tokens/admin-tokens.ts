/**
 * Tokens for the admin HTTP endpoints (reports), one per named person or system, made and revoked
 * with `npm run admin -- admin-token …`. Only their SHA-256 is stored; the token is shown once.
 */
import type { Queryable } from '../db/database';
import { hashSecret, looksLikeAdminToken, newAdminToken } from '../terminals/secrets';

export interface AdminTokenRow {
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A new token under `name`; an earlier one of that name stops working. */
export async function createAdminToken(db: Queryable, name: string): Promise<string> {
  const token = newAdminToken();
  await db.query(
    `INSERT INTO admin_tokens (name, token_hash) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, created_at = now(), revoked_at = NULL`,
    [name, hashSecret(token)],
  );
  return token;
}

/** false when there is no token of that name; revoking twice keeps the first time. */
export async function revokeAdminToken(db: Queryable, name: string): Promise<boolean> {
  const { rows } = await db.query(
    'UPDATE admin_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE name = $1 RETURNING name',
    [name],
  );
  return rows.length > 0;
}

export async function listAdminTokens(db: Queryable): Promise<AdminTokenRow[]> {
  const { rows } = await db.query<AdminTokenRow>(
    'SELECT name, created_at AS "createdAt", revoked_at AS "revokedAt" FROM admin_tokens ORDER BY name',
  );
  return rows;
}

/** The name behind a token; null for a malformed, unknown or revoked one. */
export async function adminForToken(db: Queryable, token: string): Promise<string | null> {
  if (!looksLikeAdminToken(token)) return null;
  const { rows } = await db.query<{ name: string }>(
    'SELECT name FROM admin_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashSecret(token)],
  );
  return rows[0]?.name ?? null;
}
