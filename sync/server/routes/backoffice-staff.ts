/**
 * The Staf screen, per outlet: GET /v1/backoffice/staff?outlet=ID lists the outlet's cashiers and
 * managers; POST /v1/backoffice/staff adds one, POST …/staff/ID/pin gives a new PIN and POST
 * …/staff/ID/deactivate ends one's access. Role provinsi for any outlet, role outlet for its own
 * (another's is 403), bkd not at all. A PIN is made by the server and answered once, never kept
 * in clear nor audited. Writes go through the same staff records `npm run admin -- staff add`
 * uses (staff/staff-records.ts), so terminals get them on their next pull.
 */
import { staffAddSchema, type StaffMember } from '#sync/protocol/backoffice-manage';
import { recordAudit } from '../backoffice/audit';
import { outletInScope, refused, requireInScope } from '../backoffice/scope';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type RequestContext, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import {
  deactivateStaff,
  insertStaff,
  listStaff,
  lockStaff,
  newPin,
  setStaffPin,
  type StaffRecord,
} from '../staff/staff-records';
import { writeTransaction, type WriteTx } from '../streams/change-log';
import { SMALL_BODY } from './backoffice-session';

const MANAGERS = ['provinsi', 'outlet'] as const;

export const staffListRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false, roles: MANAGERS });
  const outletId = ctx.url.searchParams.get('outlet') ?? user.outletId;
  if (outletId === null) throw new HttpError(400, 'invalid-query', 'name the outlet: ?outlet=ID');
  await outletInScope(ctx.app.db, user, outletId);
  return { status: 200, body: { staff: (await listStaff(ctx.app.db, outletId)).map(shown) } };
};

export const staffAddRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: MANAGERS });
  const body = await jsonBody(ctx, staffAddSchema, SMALL_BODY);
  await outletInScope(ctx.app.db, user, body.outletId);
  const pin = newPin();
  const member = await writeTransaction(ctx.app.db, async (tx) => {
    const added = await insertStaff(tx, { ...body, pin });
    await recordAudit(tx, {
      userName: user.name,
      action: 'staff.add',
      subject: `${added.id} ${added.name}`,
      before: null,
      after: shown(added),
    });
    return added;
  });
  return { status: 200, body: { id: member.id, name: member.name, pin } };
};

export const staffPinRoute: Route = async (ctx) => {
  const pin = newPin();
  // A PIN change names no PIN: the entry says that it changed, never to what.
  const member = await changeStaff(ctx, 'staff.reset-pin', { before: null, after: null }, (tx, m) =>
    setStaffPin(tx, m, pin),
  );
  return { status: 200, body: { id: member.id, name: member.name, pin } };
};

export const staffDeactivateRoute: Route = async (ctx) => {
  const member = await changeStaff(
    ctx,
    'staff.deactivate',
    { before: { active: true }, after: { active: false } },
    deactivateStaff,
  );
  return { status: 200, body: shown({ ...member, active: false }) };
};

/** Locks an active member in the user's scope, changes it and audits the change, in one transaction. */
async function changeStaff(
  ctx: RequestContext,
  action: string,
  audited: { before: unknown; after: unknown },
  change: (tx: WriteTx, member: StaffRecord) => Promise<void>,
): Promise<StaffRecord> {
  const { user } = await requireSession(ctx, { change: true, roles: MANAGERS });
  const id = decodeURIComponent(ctx.params[0]!);
  return writeTransaction(ctx.app.db, async (tx) => {
    const member = await lockStaff(tx, id);
    requireInScope(user, member, `staff member ${id}`);
    if (!member!.active) throw refused(`${member!.name} sudah nonaktif.`);
    await change(tx, member!);
    await recordAudit(tx, {
      userName: user.name,
      action,
      subject: `${member!.id} ${member!.name}`,
      ...audited,
    });
    return member!;
  });
}

function shown(r: StaffRecord): StaffMember {
  return { ...r, createdAt: r.createdAt.toISOString() };
}
