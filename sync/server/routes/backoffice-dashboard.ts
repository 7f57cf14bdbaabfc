/**
 * GET /v1/backoffice/dashboard?month=YYYY-MM[&outlet=ID]: Beranda for a signed-in user, in the
 * user's scope — an outlet user gets that outlet only (another outlet's id is 403), bkd the ASN
 * figures only. POST /v1/backoffice/target sets the province's monthly target (provinsi, audited).
 */
import { businessMonth } from '#domain/wita';
import { targetBodySchema } from '#sync/protocol/backoffice';
import { businessMonthSchema } from '#sync/protocol/primitives';
import { recordAudit } from '../backoffice/audit';
import { requireSession } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { dashboard, readSalesTarget } from '../reports/dashboard';
import { SMALL_BODY } from './backoffice-session';

export const dashboardRoute: Route = async (ctx) => {
  const { user } = await requireSession(ctx, { change: false });
  const month = ctx.url.searchParams.get('month') ?? businessMonth(Date.now());
  if (!businessMonthSchema.safeParse(month).success)
    throw new HttpError(400, 'invalid-query', `month "${month}" must be YYYY-MM, e.g. 2026-12`);
  const asked = ctx.url.searchParams.get('outlet');
  if (user.role === 'outlet' && asked !== null && asked !== user.outletId)
    throw new HttpError(403, 'forbidden', 'an outlet user sees only their own outlet');
  const outletId = user.role === 'outlet' ? user.outletId : asked;
  if (outletId !== null) {
    const { rows } = await ctx.app.db.query('SELECT 1 FROM outlets WHERE id = $1', [outletId]);
    if (rows.length === 0) throw new HttpError(404, 'not-found', `no outlet ${outletId}`);
  }
  return { status: 200, body: await dashboard(ctx.app.db, month, { outletId, asnOnly: user.role === 'bkd' }) };
};

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
