/**
 * GET /v1/admin/reports/supplier/SUPPLIER/MONTH (JSON) and …/MONTH.csv: a supplier's statement
 * (reports/supplier-statement.ts); GET /v1/admin/reports/payables/MONTH: what is owed to suppliers
 * at the month's end, the longest-waiting first. For provincial staff with an admin token; the
 * supplier is its id, NIB or name.
 */
import type { BusinessMonth } from '#domain/wita';
import { businessMonthSchema } from '#sync/protocol/primitives';
import { authenticateAdmin, type Route } from '../http/context';
import { HttpError } from '../http/http-error';
import { statementCsv } from '../reports/supplier-statement-csv';
import { findSupplier, payables, supplierStatement } from '../reports/supplier-statement';

function monthParam(month: string | undefined): BusinessMonth {
  if (!businessMonthSchema.safeParse(month).success)
    throw new HttpError(400, 'invalid-query', `month "${month}" must be YYYY-MM, e.g. 2026-12`);
  return month!;
}

export const supplierReportRoute: Route = async (ctx) => {
  await authenticateAdmin(ctx);
  const [key, month, csv] = ctx.params;
  const supplier = await findSupplier(ctx.app.db, decodeURIComponent(key!));
  if (!supplier) throw new HttpError(404, 'not-found', `supplier "${decodeURIComponent(key!)}" is not known`);
  const statement = await supplierStatement(ctx.app.db, supplier, monthParam(month));
  if (!csv) return { status: 200, body: statement };
  return {
    status: 200,
    text: statementCsv(statement),
    contentType: 'text/csv; charset=utf-8',
    headers: { 'Content-Disposition': `attachment; filename="rekap-pemasok-${supplier.id}-${month}.csv"` },
  };
};

export const payablesRoute: Route = async (ctx) => {
  await authenticateAdmin(ctx);
  return { status: 200, body: { payables: await payables(ctx.app.db, monthParam(ctx.params[0])) } };
};
