/**
 * The Outlet & terminal screen: GET /v1/backoffice/outlets lists outlets with their terminals
 * (last contact, highest gap-free seq, revoked); POST …/outlets/ID/enrolment-code makes a one-time
 * code for a new terminal and POST …/terminals/ID/revoke ends a terminal's token — the same
 * functions `npm run admin -- enroll-code` and `revoke` use. Role provinsi for every outlet, role
 * outlet for its own, bkd reads. The code is answered once and never audited (only that one was made).
 */
import { enrolmentCodeBodySchema, type OutletList, type TerminalRow } from '#sync/protocol/backoffice-manage';
import { recordAudit } from '../backoffice/audit';
import { outletInScope, refused, requireInScope, visibleOutlet } from '../backoffice/scope';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { createEnrolmentCode } from '../terminals/enrolment';
import { revokeTerminal } from '../terminals/terminals';
import { SMALL_BODY } from './backoffice-session';

export const outletsRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false });
  const only = visibleOutlet(user);
  const { db } = ctx.app;
  const { rows: outlets } = await db.query<{ id: string; name: string; city: string }>(
    'SELECT id, name, city FROM outlets WHERE $1::text IS NULL OR id = $1 ORDER BY name',
    [only],
  );
  const { rows: terminals } = await db.query<{
    id: string;
    outlet_id: string;
    name: string;
    enrolled_at: Date;
    last_seen_at: Date | null;
    high_water_seq: number;
    revoked_at: Date | null;
  }>(
    `SELECT id, outlet_id, name, enrolled_at, last_seen_at, high_water_seq, revoked_at FROM terminals
     WHERE $1::text IS NULL OR outlet_id = $1 ORDER BY revoked_at IS NOT NULL, name, id`,
    [only],
  );
  const row = (t: (typeof terminals)[number]): TerminalRow => ({
    id: t.id,
    name: t.name,
    enrolledAt: t.enrolled_at.toISOString(),
    lastSeenAt: t.last_seen_at?.toISOString() ?? null,
    highWaterSeq: t.high_water_seq,
    revokedAt: t.revoked_at?.toISOString() ?? null,
  });
  const body: OutletList = {
    outlets: outlets.map((o) => ({ ...o, terminals: terminals.filter((t) => t.outlet_id === o.id).map(row) })),
  };
  return { status: 200, body };
};

export const enrolmentCodeRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi', 'outlet'] });
  const { hours } = await jsonBody(ctx, enrolmentCodeBodySchema, SMALL_BODY);
  const outletId = decodeURIComponent(ctx.params[0]!);
  const created = await ctx.app.db.transaction(async (tx) => {
    const name = await outletInScope(tx, user, outletId);
    const code = (await createEnrolmentCode(tx, outletId, { hours }))!;
    await recordAudit(tx, {
      userName: user.name,
      action: 'terminal.enrolment-code',
      subject: `${outletId} ${name}`,
      before: null,
      after: { expiresAt: code.expiresAt.toISOString() },
    });
    return code;
  });
  return { status: 200, body: { outletId, code: created.code, expiresAt: created.expiresAt.toISOString() } };
};

export const revokeRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi', 'outlet'] });
  const id = decodeURIComponent(ctx.params[0]!);
  const revokedAt = await ctx.app.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ outletId: string; name: string; revoked_at: Date | null }>(
      'SELECT outlet_id AS "outletId", name, revoked_at FROM terminals WHERE id = $1 FOR UPDATE',
      [id],
    );
    requireInScope(user, rows[0], `terminal ${id}`);
    if (rows[0]!.revoked_at) throw refused(`Terminal ${rows[0]!.name} sudah dicabut.`);
    const now = new Date();
    await revokeTerminal(tx, id, now);
    await recordAudit(tx, {
      userName: user.name,
      action: 'terminal.revoke',
      subject: `${id} ${rows[0]!.name}`,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString() },
    });
    return now;
  });
  return { status: 200, body: { id, revokedAt: revokedAt.toISOString() } };
};
