/**
 * Gross margin for a WITA month per outlet and product (and so per supplier): net sales less the
 * cost of what was sold. The cost comes from the terms in force when each sale happened
 * (domain/supplier/settlement.ts costOfSales); a product without terms falls back on the unit cost
 * of its latest receiving at that outlet up to the month's end, and is left without a cost (and a
 * margin) when it has neither.
 */
import { rupiah, subtract, type Rupiah } from '#domain/money';
import { costOfSales } from '#domain/supplier/settlement';
import { stockValue } from '#domain/stock/quantity';
import type { BusinessMonth } from '#domain/wita';
import type { Queryable } from '../db/database';
import { soldGroups } from './supplier-settlement';
import { monthDays } from './supplier-statement';

export interface MarginRow {
  outletId: string;
  supplier: string;
  productId: string;
  name: string;
  quantity: number;
  sales: Rupiah;
  /** Null when neither terms nor a receiving give a cost. */
  cost: Rupiah | null;
  margin: Rupiah | null;
  costFrom: 'syarat' | 'penerimaan' | null;
}

export async function monthMargins(db: Queryable, month: BusinessMonth): Promise<MarginRow[]> {
  const { from, to } = monthDays(month);
  const groups = await soldGroups(db, { from, to });
  const untermed = [...new Set(groups.filter((g) => g.terms === null).map((g) => g.productId))];
  const { rows: received } = await db.query<{ outlet_id: string; product_id: string; unit_cost: number }>(
    `SELECT DISTINCT ON (b.outlet_id, b.product_id) b.outlet_id, b.product_id, b.unit_cost
     FROM unnest($2::text[]) AS k (product_id) JOIN stock_batches b USING (product_id)
       JOIN stock_documents d ON d.id = b.document_id
     WHERE d.business_date <= $1 AND b.unit_cost IS NOT NULL
     ORDER BY b.outlet_id, b.product_id, d.business_date DESC, b.document_id DESC, b.line_no DESC`,
    [to, untermed],
  );
  const lastCost = new Map(received.map((r) => [`${r.outlet_id} ${r.product_id}`, rupiah(r.unit_cost)]));
  const { rows: names } = await db.query<{
    product_id: string;
    supplier: string | null;
    terms_supplier: string | null;
  }>(
    `SELECT p.id AS product_id, s.name AS supplier, ts.name AS terms_supplier
     FROM unnest($1::text[]) AS k (id) JOIN products p USING (id)
       LEFT JOIN suppliers s ON s.id = p.supplier_id
       LEFT JOIN LATERAL (SELECT supplier_id FROM supply_terms t WHERE t.product_id = p.id ORDER BY valid_from DESC LIMIT 1) t ON true
       LEFT JOIN suppliers ts ON ts.id = t.supplier_id`,
    [[...new Set(groups.map((g) => g.productId))]],
  );
  const supplierOf = new Map(names.map((n) => [n.product_id, n.terms_supplier ?? n.supplier ?? '(tanpa pemasok)']));
  const { rows: suppliers } = await db.query<{ id: number; name: string }>('SELECT id, name FROM suppliers');
  const supplierNames = new Map(suppliers.map((s) => [s.id, s.name]));
  const rows = new Map<string, MarginRow>();
  for (const g of groups) {
    const fallback = lastCost.get(`${g.outletId} ${g.productId}`);
    const cost = g.terms
      ? costOfSales(g.terms, g.quantity, g.sales, g.soldBy)
      : fallback === undefined
        ? null
        : stockValue(g.quantity, fallback, g.soldBy);
    const costFrom = g.terms ? 'syarat' : fallback === undefined ? null : 'penerimaan';
    const supplier = (g.supplierId !== null && supplierNames.get(g.supplierId)) || supplierOf.get(g.productId)!;
    const key = `${g.outletId} ${g.productId} ${supplier}`;
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        outletId: g.outletId,
        supplier,
        productId: g.productId,
        name: g.name,
        quantity: g.quantity,
        sales: g.sales,
        cost,
        margin: cost === null ? null : subtract(g.sales, cost),
        costFrom,
      });
      continue;
    }
    row.quantity += g.quantity;
    row.sales = rupiah(row.sales + g.sales);
    row.cost = row.cost === null || cost === null ? null : rupiah(row.cost + cost);
    row.margin = row.cost === null ? null : subtract(row.sales, row.cost);
    row.costFrom = row.costFrom === costFrom ? costFrom : row.cost === null ? null : 'syarat';
  }
  return [...rows.values()].sort((a, b) =>
    a.outletId !== b.outletId
      ? a.outletId < b.outletId
        ? -1
        : 1
      : a.supplier.localeCompare(b.supplier) || a.name.localeCompare(b.name),
  );
}
