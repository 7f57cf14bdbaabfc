/**
 * `report stock OUTLET` and GET /v1/admin/reports/stock/OUTLET: an outlet's stock on hand per
 * product (from stock_levels, kept at ingest), its minimum (the outlet's own, else the province's), the last 28 days' sales (net of
 * refunds), days of cover, a replenishment suggestion (less goods in transit to it) and the batches expiring within 30 days or
 * already expired (domain/stock/stock-status.ts, domain/stock/replenishment.ts).
 */
import Papa from 'papaparse';
import { DEFAULT_LEAD_TIME_DAYS, SALES_WINDOW_DAYS, daysOfCover, replenishment } from '#domain/stock/replenishment';
import { EXPIRY_WARNING_DAYS, isExpired, stockStatus, type StockStatus } from '#domain/stock/stock-status';
import { addDays, type BusinessDate } from '#domain/wita';
import type { Queryable } from '../db/database';
import { inTransit } from './in-transit';

export interface ExpiringBatch {
  expiry: BusinessDate;
  remaining: number;
  expired: boolean;
}

export interface StockReportRow {
  productId: string;
  name: string;
  category: string;
  unit: string;
  soldBy: 'unit' | 'weight';
  /** Whole units, or grams for weighed goods; negative when more left the shelf than the ledger knew of. */
  onHand: number;
  minimum: number | null;
  status: StockStatus;
  soldInWindow: number;
  daysOfCover: number | null;
  suggestedOrder: number;
  expiring: ExpiringBatch[];
}

export interface StockReport {
  outletId: string;
  asOf: BusinessDate;
  rows: StockReportRow[];
}

interface LevelRow {
  product_id: string;
  name: string;
  category: string;
  unit: string;
  sold_by: 'unit' | 'weight';
  on_hand: string;
  minimum: number | null;
  sold: string;
}

export async function stockReport(db: Queryable, outletId: string, asOf: BusinessDate): Promise<StockReport> {
  const windowStart = addDays(asOf, 1 - SALES_WINDOW_DAYS);
  const [{ rows: levels }, { rows: batches }, transit] = await Promise.all([
    db.query<LevelRow>(
      `WITH sold AS (
         SELECT product_id, -sum(quantity) AS sold FROM stock_movements
         WHERE outlet_id = $1 AND business_date BETWEEN $2 AND $3 AND reason IN ('sold', 'refunded')
         GROUP BY product_id)
       SELECT l.product_id, coalesce(p.name, pp.name, l.product_id) AS name, coalesce(p.category, pp.category, '') AS category,
              coalesce(p.unit, pp.unit, '') AS unit, coalesce(p.sold_by, pp.sold_by, 'unit') AS sold_by,
              l.on_hand::text, coalesce(om.minimum, p.minimum_stock) AS minimum, coalesce(s.sold, 0)::text AS sold
       FROM stock_levels l
       LEFT JOIN products p ON p.id = l.product_id
       LEFT JOIN proposed_products pp ON pp.id = l.product_id
       LEFT JOIN outlet_stock_minimums om ON om.product_id = l.product_id AND om.outlet_id = l.outlet_id
       LEFT JOIN sold s ON s.product_id = l.product_id
       WHERE l.outlet_id = $1
       ORDER BY name, l.product_id`,
      [outletId, windowStart, asOf],
    ),
    db.query<{ product_id: string; expiry: string; remaining: string }>(
      `SELECT product_id, to_char(expiry, 'YYYY-MM-DD') AS expiry, sum(remaining)::text AS remaining
       FROM stock_batches WHERE outlet_id = $1 AND remaining > 0 AND expiry <= $2
       GROUP BY product_id, expiry ORDER BY product_id, expiry`,
      [outletId, addDays(asOf, EXPIRY_WARNING_DAYS)],
    ),
    inTransit(db, outletId),
  ]);
  const incoming = new Map<string, number>();
  for (const line of transit)
    if (line.direction === 'in') incoming.set(line.productId, (incoming.get(line.productId) ?? 0) + line.quantity);
  const expiring = new Map<string, ExpiringBatch[]>();
  for (const b of batches) {
    const list = expiring.get(b.product_id) ?? [];
    const expiry = b.expiry as BusinessDate;
    list.push({ expiry, remaining: Number(b.remaining), expired: isExpired(expiry, asOf) });
    expiring.set(b.product_id, list);
  }
  return {
    outletId,
    asOf,
    rows: levels.map((l) => {
      const onHand = Number(l.on_hand);
      const soldInWindow = Number(l.sold);
      return {
        productId: l.product_id,
        name: l.name,
        category: l.category,
        unit: l.unit,
        soldBy: l.sold_by,
        onHand,
        minimum: l.minimum,
        status: stockStatus(onHand, l.minimum),
        soldInWindow,
        daysOfCover: daysOfCover(onHand, soldInWindow),
        suggestedOrder: replenishment({
          onHand,
          soldInWindow,
          leadTimeDays: DEFAULT_LEAD_TIME_DAYS,
          minimum: l.minimum,
          incoming: incoming.get(l.product_id) ?? 0,
        }),
        expiring: expiring.get(l.product_id) ?? [],
      };
    }),
  };
}

/** Only the products out of stock or at their minimum (`--low`). */
export function lowRows(report: StockReport): StockReportRow[] {
  return report.rows.filter((r) => r.status !== 'ok');
}

/** One line per product; expiring batches as "YYYY-MM-DD:remaining" separated by spaces. */
export function stockReportCsv(rows: readonly StockReportRow[]): string {
  return Papa.unparse(
    {
      fields: [
        'produk_id',
        'nama',
        'kategori',
        'satuan',
        'stok',
        'minimum',
        'status',
        'terjual_28_hari',
        'hari_cukup',
        'saran_pesan',
        'kedaluwarsa',
      ],
      data: rows.map((r) => [
        r.productId,
        r.name,
        r.category,
        r.soldBy === 'weight' ? 'gram' : r.unit,
        r.onHand,
        r.minimum ?? '',
        r.status,
        r.soldInWindow,
        r.daysOfCover ?? '',
        r.suggestedOrder,
        r.expiring.map((b) => `${b.expiry}:${b.remaining}`).join(' '),
      ]),
    },
    { escapeFormulae: true },
  );
}
