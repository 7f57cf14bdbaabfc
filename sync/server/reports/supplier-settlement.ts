/**
 * The figures behind the settlement with suppliers (domain/supplier/settlement.ts), margins and
 * payables. Terms are resolved by date here, not stored on each movement at ingest: supply_terms
 * rows are never changed and new ones never start in the past (domain/supplier/terms.ts), so the
 * row in force on a movement's business date is the one in force when it happened. A sale takes
 * the terms of its day; a refund those of the sale it takes back, and counts in the period it was
 * made. Each line meets the terms by a hash join on the product (a few rows per product), then the
 * lines are summed per terms, outlet, product and month: few groups, so PostgreSQL aggregates them
 * in memory instead of sorting the month's lines.
 */
import { rupiah, type Rupiah } from '#domain/money';
import type { SoldBy } from '#domain/catalog/product';
import { costOfSales, type StatementLine } from '#domain/supplier/settlement';
import { termsLabel, type SupplyTerms } from '#domain/supplier/terms';
import { stockValue } from '#domain/stock/quantity';
import type { BusinessDate, BusinessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';

export interface Period {
  from: BusinessDate;
  to: BusinessDate;
  outletId?: string | undefined;
  supplierId?: number | undefined;
}

/** A statement line with its supplier and the month it counts in. */
export interface SettledLine extends StatementLine {
  supplierId: number;
  month: BusinessMonth;
}

/** Goods sold (net of refunds) per outlet, product, month and terms; terms null where none were in force. */
export interface SoldGroup {
  supplierId: number | null;
  outletId: string;
  productId: string;
  name: string;
  soldBy: SoldBy;
  month: BusinessMonth;
  terms: SupplyTerms | null;
  quantity: number;
  sales: Rupiah;
}

export interface TermsColumns {
  kind: 'beli-putus' | 'konsinyasi' | null;
  unit_cost: string | null;
  supplier_price: string | null;
  commission_bp: number | null;
}

const TERMS_IN_FORCE = `terms AS (
  SELECT t.*, lead(t.valid_from) OVER (PARTITION BY t.product_id ORDER BY t.valid_from) AS valid_to FROM supply_terms t
)`;
const IN_FORCE_ON = (day: string) =>
  `t.product_id = m.product_id AND t.valid_from <= ${day} AND (t.valid_to IS NULL OR ${day} < t.valid_to)`;

export async function soldGroups(db: Queryable, period: Period): Promise<SoldGroup[]> {
  const { rows } = await db.query<
    TermsColumns & {
      supplier_id: string | null;
      outlet_id: string;
      product_id: string;
      name: string;
      sold_by: SoldBy;
      month: string;
      quantity: string;
      sales: string;
    }
  >(
    `WITH ${TERMS_IN_FORCE},
     moved AS (
       SELECT s.outlet_id, l.product_id, s.business_date AS terms_date, s.business_date AS day,
         l.quantity * coalesce(l.weight_grams, 1) AS quantity, l.total AS sales
       FROM sales s JOIN sale_lines l ON l.sale_id = s.id
       WHERE s.business_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR s.outlet_id = $3)
         AND ($4::bigint IS NULL OR l.product_id IN (SELECT product_id FROM supply_terms WHERE supplier_id = $4))
       UNION ALL
       SELECT r.outlet_id, rl.product_id, o.business_date, r.business_date,
         -(rl.quantity * coalesce(ol.weight_grams, 1)), -rl.amount
       FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id
         JOIN sales o ON o.id = r.original_sale_id
         JOIN sale_lines ol ON ol.sale_id = r.original_sale_id AND ol.line_no = rl.line_no
       WHERE r.business_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR r.outlet_id = $3)
         AND ($4::bigint IS NULL OR rl.product_id IN (SELECT product_id FROM supply_terms WHERE supplier_id = $4))
     ),
     grouped AS (
       SELECT t.id AS terms_id, m.outlet_id, m.product_id, date_trunc('month', m.day) AS month,
         sum(m.quantity) AS quantity, sum(m.sales) AS sales
       FROM moved m LEFT JOIN terms t ON ${IN_FORCE_ON('m.terms_date')}
       WHERE $4::bigint IS NULL OR t.supplier_id = $4
       GROUP BY t.id, m.outlet_id, m.product_id, date_trunc('month', m.day)
     )
     SELECT t.supplier_id::text, g.outlet_id, g.product_id, p.name, p.sold_by, to_char(g.month, 'YYYY-MM') AS month,
       t.kind, t.unit_cost::text, t.supplier_price::text, t.commission_bp, g.quantity::text, g.sales::text
     FROM grouped g JOIN products p ON p.id = g.product_id LEFT JOIN supply_terms t ON t.id = g.terms_id
     ORDER BY g.outlet_id, p.name, g.month, t.id`,
    [period.from, period.to, period.outletId ?? null, period.supplierId ?? null],
  );
  return rows.map((r) => ({
    supplierId: r.supplier_id === null ? null : Number(r.supplier_id),
    outletId: r.outlet_id,
    productId: r.product_id,
    name: r.name,
    soldBy: r.sold_by,
    month: r.month,
    terms: termsOf(r),
    quantity: Number(r.quantity),
    sales: rupiah(Number(r.sales)),
  }));
}

/** A supply_terms row's kind and amounts as domain terms; null for none. */
export function termsOf(r: TermsColumns): SupplyTerms | null {
  if (r.kind === null) return null;
  if (r.kind === 'beli-putus') return { kind: 'beli-putus', unitCost: rupiah(Number(r.unit_cost)) };
  if (r.supplier_price !== null) return { kind: 'konsinyasi', supplierPrice: rupiah(Number(r.supplier_price)) };
  return { kind: 'konsinyasi', commissionBp: r.commission_bp! };
}

/**
 * Goods received from registered suppliers (the receiving names the supplier) that were not on
 * consignment terms that day: owed at the receiving's unit cost, per outlet, product, month and cost.
 */
export async function receivedOutright(db: Queryable, period: Period): Promise<SettledLine[]> {
  const { rows } = await db.query<{
    supplier_id: string;
    outlet_id: string;
    product_id: string;
    name: string;
    sold_by: SoldBy;
    month: string;
    unit_cost: string;
    quantity: string;
  }>(
    `WITH ${TERMS_IN_FORCE}
     SELECT sp.id::text AS supplier_id, m.outlet_id, m.product_id, coalesce(p.name, pp.name) AS name,
       coalesce(p.sold_by, pp.sold_by) AS sold_by, to_char(d.business_date, 'YYYY-MM') AS month,
       m.unit_cost::text, sum(m.received)::text AS quantity
     FROM stock_documents d
       JOIN suppliers sp ON lower(sp.name) = lower(d.supplier)
       JOIN stock_batches m ON m.document_id = d.id
       LEFT JOIN products p ON p.id = m.product_id
       LEFT JOIN proposed_products pp ON pp.id = m.product_id
       LEFT JOIN terms t ON ${IN_FORCE_ON('d.business_date')}
     WHERE d.kind = 'received' AND d.business_date BETWEEN $1 AND $2 AND ($3::text IS NULL OR d.outlet_id = $3)
       AND ($4::bigint IS NULL OR sp.id = $4) AND m.unit_cost IS NOT NULL AND (t.kind IS NULL OR t.kind = 'beli-putus')
     GROUP BY sp.id, m.outlet_id, m.product_id, 4, 5, 6, m.unit_cost
     ORDER BY m.outlet_id, 4, 6`,
    [period.from, period.to, period.outletId ?? null, period.supplierId ?? null],
  );
  return rows.map((r) => {
    const quantity = Number(r.quantity);
    const unitCost = rupiah(Number(r.unit_cost));
    return {
      supplierId: Number(r.supplier_id),
      outletId: r.outlet_id,
      productId: r.product_id,
      name: r.name,
      kind: 'beli-putus',
      terms: termsLabel({ kind: 'beli-putus', unitCost }),
      quantity,
      sales: rupiah(0),
      owed: stockValue(quantity, unitCost, r.sold_by),
      month: r.month,
    };
  });
}

/** Everything owed to suppliers in a period: consigned goods sold, and goods bought outright received. */
export async function settledLines(db: Queryable, period: Period): Promise<SettledLine[]> {
  const consigned = (await soldGroups(db, period)).flatMap((g): SettledLine[] =>
    g.terms?.kind === 'konsinyasi' && g.supplierId !== null
      ? [
          {
            supplierId: g.supplierId,
            outletId: g.outletId,
            productId: g.productId,
            name: g.name,
            kind: 'konsinyasi',
            terms: termsLabel(g.terms),
            quantity: g.quantity,
            sales: g.sales,
            owed: costOfSales(g.terms, g.quantity, g.sales, g.soldBy),
            month: g.month,
          },
        ]
      : [],
  );
  return [...consigned, ...(await receivedOutright(db, period))];
}
