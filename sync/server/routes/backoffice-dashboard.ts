/**
 * GET /v1/backoffice/dashboard?month=YYYY-MM[&outlet=ID]: Beranda for a signed-in user, in the
 * user's scope — an outlet user gets that outlet only (another outlet's id is 403), bkd the ASN
 * figures only. GET /v1/backoffice/asn-opd drills down from an OPD's compliance. POST /v1/backoffice/target sets the province's monthly target (provinsi, audited).
 */
import { businessMonth, type BusinessMonth } from '#domain/wita';
import { targetBodySchema } from '#sync/protocol/backoffice';
import { businessMonthSchema } from '#sync/protocol/primitives';
import { recordAudit } from '../backoffice/audit';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { readAsnMinimum } from '../reports/asn-minimum';
import { dashboard, readSalesTarget } from '../reports/dashboard';
import { opdAsnList } from '../reports/dashboard-panels';
import { SMALL_BODY } from './backoffice-session';

export const dashboardRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false });
  const month = monthParam(ctx.url.searchParams);
  const asked = ctx.url.searchParams.get('outlet');
  if (user.role === 'outlet' && asked !== null && asked !== user.outletId)
    throw new HttpError(403, 'forbidden', 'an outlet user sees only their own outlet');
  const outletId = user.role === 'outlet' ? user.outletId : asked;
  if (outletId !== null) {
    const { rows } = await ctx.app.db.query('SELECT 1 FROM outlets WHERE id = $1', [outletId]);
    if (rows.length === 0) throw new HttpError(404, 'not-found', `no outlet ${outletId}`);
  }
  const scope = { outletId, asnOnly: user.role === 'bkd', compliance: user.role !== 'outlet' };
  return { status: 200, body: await dashboard(ctx.app.db, month, scope) };
};

/** GET /v1/backoffice/asn-opd?month=YYYY-MM&opd=NAME: one OPD's ASN (NIP masked), roles bkd and provinsi. */
export const asnOpdRoute: Route = async (ctx) => {
  await requireSession(ctx, { change: false, roles: ['provinsi', 'bkd'] });
  const month = monthParam(ctx.url.searchParams);
  const opd = ctx.url.searchParams.get('opd')?.trim() ?? '';
  if (opd === '') throw new HttpError(400, 'invalid-query', 'opd is required');
  const list = await opdAsnList(ctx.app.db, month, opd, await readAsnMinimum(ctx.app.db));
  if (list.asn.length === 0) throw new HttpError(404, 'not-found', `no ASN of OPD ${opd} on the roster`);
  return { status: 200, body: list };
};

/** `month=YYYY-MM`, this WITA month when absent. */
function monthParam(params: URLSearchParams): BusinessMonth {
  const month = params.get('month') ?? businessMonth(Date.now());
  if (!businessMonthSchema.safeParse(month).success)
    throw new HttpError(400, 'invalid-query', `month "${month}" must be YYYY-MM, e.g. 2026-12`);
  return month;
}

export const targetRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: true, roles: ['provinsi'] });
  const { monthlyAmount } = await jsonBody(ctx, targetBodySchema, SMALL_BODY);
  await ctx.app.db.transaction(async (tx) => {
    const before = await readSalesTarget(tx);
    await tx.query(
      `INSERT INTO sales_target (monthly_amount) VALUES ($1)
       ON CONFLICT (singleton) DO UPDATE SET monthly_amount = excluded.monthly_amount, updated_at = now()`,
      [monthlyAmount],
    );
    await recordAudit(tx, {
      userName: user.name,
      action: 'target.set',
      subject: 'sales_target',
      before: { monthlyAmount: before },
      after: { monthlyAmount },
    });
  });
  return { status: 200, body: { monthlyAmount } };
};
