/**
 * Beranda, the back office's dashboard, for one WITA month and one scope (the province, or one
 * outlet for an outlet user), read fresh from the database on every request: the per-outlet sales
 * from the month rollups `report MONTH` reads (month-figures.ts), days and ASN shares from the day
 * rollup (ingest/month-sales.ts), refunds from their rows by date, the panels from
 * dashboard-panels.ts.
 */
import { rupiah } from '#domain/money';
import { businessDate, previousBusinessMonth, type BusinessDate, type BusinessMonth } from '#domain/wita';
import { SPARKLINE_DAYS, TARGET_RANGE, type Dashboard } from '#sync/protocol/backoffice';
import type { Database, Queryable } from '../db/database';
import { opdCompliance, sparklines, stockPanels, terminalHealth, topSales } from './dashboard-panels';
import { asnMonthFigures, outletMonthSales } from './month-figures';

export interface DashboardScope {
  /** One outlet's figures only, or null for the province. */
  outletId: string | null;
  /** Role bkd reads the ASN figures only. */
  asnOnly: boolean;
  /** ASN compliance per OPD: roles bkd and provinsi, not outlet. */
  compliance: boolean;
}

export async function dashboard(db: Database, month: BusinessMonth, scope: DashboardScope): Promise<Dashboard> {
  const now = new Date();
  const today = businessDate(now);
  const asn = await asnMonthFigures(db, month);
  const base = {
    month,
    previousMonth: previousBusinessMonth(month),
    asOf: now.toISOString(),
    asn: {
      roster: asn.roster,
      monthlyMinimum: asn.minimum,
      floor: asn.roster * asn.minimum,
      buyers: asn.buyers,
      reached: asn.reached,
    },
    compliance: scope.compliance ? await opdCompliance(db, month, rupiah(asn.minimum)) : null,
  };
  if (scope.asnOnly) return { ...base, sales: null, stock: null, top: null, terminals: null };
  const provinceTarget = await readSalesTarget(db);
  const targets = await outletTargets(db, provinceTarget);
  const outlets = await outletMonthSales(db, month, scope.outletId);
  const asnSales = await amountsByOutlet(
    db,
    `SELECT outlet_id, sum(asn_total)::bigint AS amount FROM terminal_day_sales
     WHERE business_date >= ($1 || '-01')::date AND business_date < ($1 || '-01')::date + interval '1 month'
       AND ($2::text IS NULL OR outlet_id = $2) GROUP BY outlet_id`,
    month,
    scope.outletId,
  );
  const refunds = await amountsByOutlet(
    db,
    `SELECT outlet_id, sum(total)::bigint AS amount FROM refunds
     WHERE business_date >= ($1 || '-01')::date AND business_date < ($1 || '-01')::date + interval '1 month'
       AND ($2::text IS NULL OR outlet_id = $2) GROUP BY outlet_id`,
    month,
    scope.outletId,
  );
  const lines = await sparklines(db, scope.outletId, today);
  const figures = outlets.map((o) => ({
    id: o.id,
    name: o.name,
    sales: o.total,
    target: targets.of(o.id),
    transactions: o.sales,
    averageBasket: o.sales === 0 ? 0 : Math.round(o.total / o.sales),
    asnSales: asnSales.get(o.id) ?? 0,
    refunds: refunds.get(o.id) ?? 0,
    sparkline: lines.get(o.id) ?? Array<number>(SPARKLINE_DAYS).fill(0),
  }));
  const total = (pick: (o: (typeof figures)[number]) => number) => figures.reduce((a, o) => a + pick(o), 0);
  return {
    ...base,
    sales: {
      total: total((o) => o.sales),
      target: scope.outletId === null ? provinceTarget : targets.of(scope.outletId),
      provinceTarget,
      transactions: total((o) => o.transactions),
      refunds: total((o) => o.refunds),
      daily: await dailySales(db, month, scope.outletId),
      previousDaily: await dailySales(db, base.previousMonth, scope.outletId),
      outlets: figures,
    },
    stock: await stockPanels(db, scope.outletId, today),
    top: await topSales(db, month, scope.outletId),
    terminals: await terminalHealth(db, scope.outletId, now),
  };
}

/** The province's monthly target; the low end of the program's range until someone sets it. */
export async function readSalesTarget(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ monthly_amount: number }>('SELECT monthly_amount FROM sales_target');
  return rows[0]?.monthly_amount ?? TARGET_RANGE.low;
}

/**
 * Each outlet's monthly target: its own (`outlet_sales_targets`, set in Kelola → Pengaturan), else
 * an even share of the province's (`share`).
 */
export async function outletTargets(
  db: Queryable,
  provinceTarget: number,
): Promise<{ share: number; own: Map<string, number>; of: (outletId: string) => number }> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outlets');
  const share = Math.round(provinceTarget / Math.max(1, rows[0]!.n));
  const set = await db.query<{ outlet_id: string; monthly_amount: number }>(
    'SELECT outlet_id, monthly_amount FROM outlet_sales_targets',
  );
  const own = new Map(set.rows.map((r) => [r.outlet_id, r.monthly_amount]));
  return { share, own, of: (outletId) => own.get(outletId) ?? share };
}

async function amountsByOutlet(
  db: Queryable,
  sql: string,
  month: BusinessMonth,
  outletId: string | null,
): Promise<Map<string, number>> {
  const { rows } = await db.query<{ outlet_id: string; amount: number }>(sql, [month, outletId]);
  return new Map(rows.map((r) => [r.outlet_id, r.amount]));
}

async function dailySales(db: Queryable, month: BusinessMonth, outletId: string | null) {
  const { rows } = await db.query<{ date: BusinessDate; total: number }>(
    `SELECT business_date AS date, sum(total)::bigint AS total FROM terminal_day_sales
     WHERE business_date >= ($1 || '-01')::date AND business_date < ($1 || '-01')::date + interval '1 month'
       AND ($2::text IS NULL OR outlet_id = $2)
     GROUP BY business_date ORDER BY business_date`,
    [month, outletId],
  );
  return rows;
}
