/**
 * What a back-office user may touch, checked on the server for every management request: role
 * provinsi every outlet, role outlet its own only (another outlet's id is 403), bkd reads only.
 * A refused change is 422 `change-refused` with the reason in Bahasa Indonesia, shown to the user.
 */
import type { BackofficeSession } from '#sync/protocol/backoffice';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/http-error';

type User = BackofficeSession['user'];

export function refused(message: string): HttpError {
  return new HttpError(422, 'change-refused', message);
}

/** The outlets the user sees: null for all (provinsi, bkd), else the one. */
export function visibleOutlet(user: User): string | null {
  return user.role === 'outlet' ? user.outletId : null;
}

/** 403 when an outlet user names another outlet, 404 when the outlet does not exist; else its name. */
export async function outletInScope(db: Queryable, user: User, outletId: string): Promise<string> {
  const own = visibleOutlet(user);
  if (own !== null && own !== outletId)
    throw new HttpError(403, 'forbidden', 'an outlet user manages only their own outlet');
  const { rows } = await db.query<{ name: string }>('SELECT name FROM outlets WHERE id = $1', [outletId]);
  if (!rows[0]) throw new HttpError(404, 'not-found', `no outlet ${outletId}`);
  return rows[0].name;
}

/** The record's outlet must be the user's (403), and the record must exist (404, `what` names it). */
export function requireInScope(user: User, found: { outletId: string } | undefined, what: string): void {
  if (!found) throw new HttpError(404, 'not-found', `no ${what}`);
  const own = visibleOutlet(user);
  if (own !== null && own !== found.outletId)
    throw new HttpError(403, 'forbidden', 'an outlet user manages only their own outlet');
}
