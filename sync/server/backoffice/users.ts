/**
 * Back-office accounts: added, listed, disabled and given a new password by `npm run admin -- user …`
 * (sync/admin/users.ts), each change audited. Disabling or resetting ends the user's sessions.
 * Refusals are UserError with a reason in Bahasa Indonesia.
 */
import { passwordProblem } from '#domain/backoffice/password-policy';
import { backofficeRoleSchema, userNameSchema, type BackofficeRole } from '#sync/protocol/backoffice';
import type { Database, Queryable } from '../db/database';
import { recordAudit } from './audit';
import { hashPassword } from './passwords';

export class UserError extends Error {}

export interface BackofficeUser {
  name: string;
  role: BackofficeRole;
  outletId: string | null;
  disabled: boolean;
}

/** Who made a change: a back-office user, or the console (`npm run admin`). */
export const CONSOLE_ACTOR = 'console';

export interface NewUser {
  name: string;
  role: string;
  outletId?: string | undefined;
  password: string;
}

export async function addUser(db: Database, user: NewUser, actor = CONSOLE_ACTOR): Promise<BackofficeUser> {
  const name = checkedName(user.name);
  const role = backofficeRoleSchema.safeParse(user.role);
  if (!role.success) throw new UserError('Peran harus provinsi, bkd atau outlet.');
  const outletId = user.outletId ?? null;
  if ((role.data === 'outlet') !== (outletId !== null))
    throw new UserError(
      role.data === 'outlet' ? 'Peran outlet butuh --outlet OUTLET.' : '--outlet hanya untuk peran outlet.',
    );
  const passwordHash = await checkedHash(user.password, name);
  return db.transaction(async (tx) => {
    if (outletId !== null) {
      const { rows } = await tx.query('SELECT 1 FROM outlets WHERE id = $1', [outletId]);
      if (rows.length === 0) throw new UserError(`Outlet "${outletId}" tidak ada (lihat: npm run admin -- outlets).`);
    }
    const { rows } = await tx.query(
      `INSERT INTO backoffice_users (name, role, outlet_id, password_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (name) DO NOTHING RETURNING name`,
      [name, role.data, outletId, passwordHash],
    );
    if (rows.length === 0) throw new UserError(`Pengguna "${name}" sudah ada.`);
    const added: BackofficeUser = { name, role: role.data, outletId, disabled: false };
    await recordAudit(tx, { userName: actor, action: 'user.add', subject: name, before: null, after: added });
    return added;
  });
}

export async function listUsers(db: Queryable): Promise<BackofficeUser[]> {
  const { rows } = await db.query<{ name: string; role: BackofficeRole; outlet_id: string | null; disabled: boolean }>(
    'SELECT name, role, outlet_id, disabled_at IS NOT NULL AS disabled FROM backoffice_users ORDER BY name',
  );
  return rows.map((r) => ({ name: r.name, role: r.role, outletId: r.outlet_id, disabled: r.disabled }));
}

export async function disableUser(db: Database, name: string, actor = CONSOLE_ACTOR): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query(
      'UPDATE backoffice_users SET disabled_at = now() WHERE name = $1 AND disabled_at IS NULL RETURNING name',
      [name],
    );
    if (rows.length === 0) throw new UserError(`Pengguna "${name}" tidak ada atau sudah dinonaktifkan.`);
    await tx.query('DELETE FROM backoffice_sessions WHERE user_name = $1', [name]);
    await recordAudit(tx, {
      userName: actor,
      action: 'user.disable',
      subject: name,
      before: { disabled: false },
      after: { disabled: true },
    });
  });
}

/** A new password, which also lifts a lockout (its failures are forgotten) and ends every session. */
export async function resetPassword(
  db: Database,
  name: string,
  password: string,
  actor = CONSOLE_ACTOR,
): Promise<void> {
  const passwordHash = await checkedHash(password, name);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query('UPDATE backoffice_users SET password_hash = $2 WHERE name = $1 RETURNING name', [
      name,
      passwordHash,
    ]);
    if (rows.length === 0) throw new UserError(`Pengguna "${name}" tidak ada.`);
    await tx.query('DELETE FROM backoffice_sessions WHERE user_name = $1', [name]);
    await tx.query('DELETE FROM backoffice_login_attempts WHERE user_name = $1 AND NOT succeeded', [name]);
    // The hashes are not audited: the entry says that the password changed, never what to.
    await recordAudit(tx, { userName: actor, action: 'user.reset-password', subject: name, before: null, after: null });
  });
}

function checkedName(name: string): string {
  const parsed = userNameSchema.safeParse(name);
  if (!parsed.success) throw new UserError(`Nama pengguna "${name}" tidak sah: ${parsed.error.issues[0]!.message}.`);
  return parsed.data;
}

async function checkedHash(password: string, name: string): Promise<string> {
  const problem = passwordProblem(password, name);
  if (problem) throw new UserError(problem);
  return hashPassword(password);
}
