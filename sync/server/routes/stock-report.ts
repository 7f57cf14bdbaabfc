/**
 * GET /v1/admin/reports/stock/OUTLET: the outlet's stock report (reports/stock-report.ts) as JSON,
 * for provincial staff with an admin token, with the goods in transit from or to it
 * (reports/in-transit.ts); `?low=1` keeps only products out of stock or at their minimum.
 */
import { businessDate } from '#domain/wita';
import { authenticateAdmin, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { inTransit } from '../reports/in-transit';
import { lowRows, stockReport } from '../reports/stock-report';

export const stockReportRoute: Route = async (ctx) => {
  await authenticateAdmin(ctx);
  const outletId = decodeURIComponent(ctx.params[0]!);
  const { rows } = await ctx.app.db.query('SELECT 1 FROM outlets WHERE id = $1', [outletId]);
  if (rows.length === 0) throw new HttpError(404, 'not-found', `outlet "${outletId}" is not known`);
  const report = await stockReport(ctx.app.db, outletId, businessDate(new Date()));
  const low = ctx.url.searchParams.get('low') === '1';
  const transit = await inTransit(ctx.app.db, outletId);
  return { status: 200, body: { ...report, rows: low ? lowRows(report) : report.rows, inTransit: transit } };
};
