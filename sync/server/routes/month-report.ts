/**
 * GET /v1/admin/reports/KIND/MONTH (JSON) and …/MONTH.csv: a month's report for staff with an
 * admin token (or, with another `authorize`, for a back-office session). `authorize` answers the
 * outlet the caller is limited to (null: every outlet), and the report is built in that scope.
 */
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '#sync/protocol/primitives';
import type { Queryable } from '../db/database';
import { authenticateAdmin, type RequestContext, type Route } from '../http/context';
import { HttpError } from '../http/http-error';

export function monthReportRoute<D>(
  kind: string,
  load: (db: Queryable, month: BusinessMonth, outletId: string | null) => Promise<D>,
  json: (data: D) => unknown,
  csv: (data: D) => string,
  authorize: (ctx: RequestContext) => Promise<string | null> = async (ctx) => {
    await authenticateAdmin(ctx);
    return null;
  },
): Route {
  return async (ctx) => {
    const outletId = await authorize(ctx);
    const [month, asCsv] = ctx.params;
    if (!businessMonthSchema.safeParse(month).success)
      throw new HttpError(400, 'invalid-query', `month "${month}" must be YYYY-MM, e.g. 2026-12`);
    const data = await load(ctx.app.db, month as BusinessMonth, outletId);
    if (asCsv) {
      return {
        status: 200,
        text: csv(data),
        contentType: 'text/csv; charset=utf-8',
        headers: { 'Content-Disposition': `attachment; filename="${kind}-${month}.csv"` },
      };
    }
    return { status: 200, body: json(data) };
  };
}
