/**
 * The Log audit screen: GET /v1/backoffice/audit[?user=NAME] — the back office's audit entries
 * (backoffice/audit.ts), newest first, and the names that have entries, for the filter. Role
 * provinsi sees everyone's; any other user only their own (another name is 403).
 */
import type { AuditEntryRow } from '#sync/protocol/backoffice-manage';
import { requireSession } from '../http/backoffice-auth';
import type { Route } from '../http/context';
import { HttpError } from '../http/http-error';

const PAGE = 300;

export const auditRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false });
  const asked = ctx.url.searchParams.get('user') || null;
  if (user.role !== 'provinsi' && asked !== null && asked !== user.name)
    throw new HttpError(403, 'forbidden', "only role provinsi reads other users' entries");
  const name = user.role === 'provinsi' ? asked : user.name;
  const { rows } = await ctx.app.db.query<Omit<AuditEntryRow, 'at'> & { at: Date }>(
    `SELECT id, at, user_name AS "userName", action, subject, before, after FROM backoffice_audit
     WHERE $1::text IS NULL OR user_name = $1 ORDER BY at DESC, id DESC LIMIT ${PAGE}`,
    [name],
  );
  const { rows: users } = await ctx.app.db.query<{ user_name: string }>(
    'SELECT DISTINCT user_name FROM backoffice_audit WHERE $1::text IS NULL OR user_name = $1 ORDER BY user_name',
    [user.role === 'provinsi' ? null : user.name],
  );
  return {
    status: 200,
    body: {
      entries: rows.map((r) => ({ ...r, id: Number(r.id), at: r.at.toISOString() })),
      users: users.map((u) => u.user_name),
    },
  };
};
