/**
 * The governor's monthly report: Beranda's figures for the month (reports/dashboard.ts: sales per
 * outlet against target, the ASN floor and compliance per OPD), the stock-outs `report stock-outs`
 * counts (reports/stock-outs.ts), and every UMKM producer's sales from the rollup kept at ingest.
 * For the province, or one outlet (without the compliance, which is per OPD province-wide).
 */
import type { BusinessMonth } from '#domain/wita';
import type { GovernorReport } from '#sync/protocol/backoffice-report';
import type { Database } from '../db/database';
import { dashboard } from './dashboard';
import { topSales } from './dashboard-panels';
import { stockOuts } from './stock-outs';

export const PROVINCE_NAME = 'Provinsi Nusa Tenggara Timur';
/** Producers listed at most: far above the province's UMKM count, a bound on the page. */
const MAX_PRODUCERS = 5_000;

export async function governorReport(
  db: Database,
  month: BusinessMonth,
  outlet: { id: string; name: string } | null,
): Promise<GovernorReport> {
  const outletId = outlet?.id ?? null;
  const beranda = await dashboard(db, month, { outletId, asnOnly: false, compliance: outlet === null });
  const sales = beranda.sales!;
  const outs = await stockOuts(db, month);
  return {
    month,
    asOf: beranda.asOf,
    scope: outlet?.name ?? PROVINCE_NAME,
    sales: {
      total: sales.total,
      target: sales.target,
      transactions: sales.transactions,
      refunds: sales.refunds,
      outlets: sales.outlets.map(({ id, name, sales, target, transactions, refunds }) => ({
        id,
        name,
        sales,
        target,
        transactions,
        refunds,
      })),
    },
    asn: beranda.asn,
    compliance: beranda.compliance,
    stockOuts: outs
      .filter((o) => outletId === null || o.outletId === outletId)
      .map(({ outletId, outletName, products, outProducts, outDays }) => ({
        outletId,
        outletName,
        products,
        outProducts,
        outDays,
      })),
    umkm: (await topSales(db, month, outletId, MAX_PRODUCERS)).producers,
  };
}
