/**
 * Purchase orders (pesanan) from the province: `po budget` (an outlet's monthly purchase budget),
 * `po raise` (an order to a UMKM for an outlet, pre-filled from the replenishment suggestion of the
 * products it supplies less what is already on order, within the budget), `po list` and `po show` (ordered vs received per line,
 * and the order as text for WhatsApp). Raising an order moves it into the outlet's purchase-orders
 * stream, so its terminals can receive against it.
 */
import { v7 as uuidv7 } from 'uuid';
import { formatRupiah, parseRupiah, rupiah } from '#domain/money';
import { DEFAULT_LEAD_TIME_DAYS, replenishment } from '#domain/stock/replenishment';
import {
  checkBudget,
  checkOrderLines,
  orderQuantity,
  orderTotals,
  purchaseOrderText,
  receivedAgainstOrder,
  STATUS_LABELS,
  type PurchaseOrderLine,
} from '#domain/supplier/purchase-order';
import { businessDate, formatBusinessDate, formatBusinessMonth, type BusinessDate } from '#domain/wita';
import type { Database, Queryable } from '../server/db/database';
import {
  findPurchaseOrder,
  listPurchaseOrders,
  monthBudget,
  onOrder,
  purchaseOrderNumber,
} from '../server/reports/purchase-orders';
import { stockReport } from '../server/reports/stock-report';
import { writeTransaction } from '../server/streams/change-log';
import { AdminError, requireOutlet, table } from './output';
import { requireMonth, requireSupplier } from './supplier-money';

export async function purchaseBudget(
  db: Database,
  outletId: string,
  month: string,
  amount: string | undefined,
): Promise<string> {
  const outletName = await requireOutlet(db, outletId);
  requireMonth(month);
  if (amount !== undefined) {
    const value = parseRupiah(amount);
    if (value === null || value < 0)
      throw new AdminError(`Anggaran "${amount}" harus Rupiah bulat, nol atau lebih, misalnya 15000000.`);
    await db.query(
      `INSERT INTO purchase_budgets (outlet_id, month, amount) VALUES ($1, $2, $3)
       ON CONFLICT (outlet_id, month) DO UPDATE SET amount = excluded.amount, updated_at = now()`,
      [outletId, month, value],
    );
  }
  const { budget, committed } = await monthBudget(db, outletId, month);
  const period = `${outletName} ${formatBusinessMonth(month)}`;
  if (budget === null) return `Anggaran pembelian ${period} belum ditetapkan.`;
  return `Anggaran pembelian ${period}: ${formatRupiah(budget)}; sudah dipesan ${formatRupiah(committed)}; sisa ${formatRupiah(rupiah(budget - committed))}.`;
}

/** The products a supplier supplies (the terms in force name it), with how each is supplied and its minimum here. */
interface SuppliedProduct {
  id: string;
  name: string;
  unit: string;
  sold_by: 'unit' | 'weight';
  kind: 'beli-putus' | 'konsinyasi';
  cost: string;
  minimum: number | null;
}

async function suppliedProducts(
  db: Queryable,
  outletId: string,
  supplierId: number,
  asOf: BusinessDate,
): Promise<SuppliedProduct[]> {
  const { rows } = await db.query<SuppliedProduct & { supplier_id: string }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (t.product_id) t.product_id AS id, t.supplier_id::text, p.name, p.unit, p.sold_by, t.kind,
              coalesce(t.unit_cost, t.supplier_price, 0)::text AS cost, coalesce(om.minimum, p.minimum_stock) AS minimum
       FROM supply_terms t
         JOIN products p ON p.id = t.product_id
         LEFT JOIN outlet_stock_minimums om ON om.product_id = t.product_id AND om.outlet_id = $1
       WHERE t.valid_from <= $2
       ORDER BY t.product_id, t.valid_from DESC) terms
     WHERE supplier_id = $3::text ORDER BY name`,
    [outletId, asOf, String(supplierId)],
  );
  return rows;
}

export interface RaiseInput {
  /** PRODUCT=QUANTITY (id, barcode or PLU): replaces the suggestion. */
  line?: string[] | undefined;
  by?: string | undefined;
}

export async function raisePurchaseOrder(
  db: Database,
  outletId: string,
  supplierKey: string,
  input: RaiseInput,
  today = businessDate(new Date()),
): Promise<string> {
  const outletName = await requireOutlet(db, outletId);
  const supplier = await requireSupplier(db, supplierKey);
  const supplied = await suppliedProducts(db, outletId, supplier.id, today);
  const lines = input.line?.length
    ? await typedLines(db, supplied, input.line, supplier.name)
    : await suggested(db, outletId, supplied, today);
  if (lines.length === 0)
    throw new AdminError(
      `Tidak ada saran pesan untuk ${supplier.name} di ${outletName}: stok produknya cukup, atau UMKM ini belum punya syarat pasok ` +
        `(npm run admin -- supplier terms). Tulis barisnya sendiri: --line PRODUK=JUMLAH.`,
    );
  const checked = checkOrderLines(lines);
  if (!checked.ok) throw new AdminError(checked.error.message);
  const totals = orderTotals(lines);
  const month = today.slice(0, 7);
  const raisedBy = input.by?.trim() || 'provinsi';
  const id = uuidv7();
  const { serial, left } = await writeTransaction(db, async (tx) => {
    const { budget, committed } = await monthBudget(tx, outletId, month, true);
    const fits = checkBudget({ outletName, month, budget, committed, order: totals.outright });
    if (!fits.ok) throw new AdminError(fits.error.message);
    const { rows } = await tx.query<{ serial: string }>(
      `INSERT INTO purchase_orders (id, outlet_id, supplier_id, business_date, raised_by, total, outright)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING serial::text`,
      [id, outletId, supplier.id, today, raisedBy, totals.total, totals.outright],
    );
    await tx.query(
      `INSERT INTO purchase_order_lines (order_id, line_no, product_id, name, unit, sold_by, kind, quantity, unit_cost)
       SELECT $1, n, product_id, name, unit, sold_by, kind, quantity, unit_cost FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[])
         WITH ORDINALITY AS l (product_id, name, unit, sold_by, kind, quantity, unit_cost, n)`,
      [
        id,
        lines.map((l) => l.productId),
        lines.map((l) => l.name),
        lines.map((l) => l.unit),
        lines.map((l) => l.soldBy),
        lines.map((l) => l.kind),
        lines.map((l) => l.quantity),
        lines.map((l) => l.unitCost),
      ],
    );
    tx.changed('purchase-orders', outletId, [id]);
    return { serial: rows[0]!.serial, left: fits.value };
  });
  const number = purchaseOrderNumber(serial);
  return [
    `Pesanan ${number} untuk ${supplier.name} (${outletName}) dibuat: ${lines.length} baris, ${formatRupiah(totals.total)}.`,
    `Sisa anggaran pembelian ${formatBusinessMonth(month)}: ${formatRupiah(left)}.`,
    `Terminal outlet menerimanya saat sinkron berikutnya (Penerimaan barang → pilih pesanan).`,
    '',
    'Teks untuk WhatsApp:',
    purchaseOrderText({ number, outletName, supplierName: supplier.name, date: today, raisedBy, lines }),
  ].join('\n');
}

/**
 * The suggestion: what replenishment says to order of each supplied product, less what is still to
 * arrive on the outlet's open orders, those above zero.
 */
async function suggested(
  db: Queryable,
  outletId: string,
  supplied: SuppliedProduct[],
  today: BusinessDate,
): Promise<PurchaseOrderLine[]> {
  const [report, ordered] = await Promise.all([stockReport(db, outletId, today), onOrder(db, outletId)]);
  const suggestion = new Map(report.rows.map((r) => [r.productId, r.suggestedOrder]));
  return supplied
    .map((p) => {
      const wanted =
        suggestion.get(p.id) ??
        replenishment({ onHand: 0, soldInWindow: 0, leadTimeDays: DEFAULT_LEAD_TIME_DAYS, minimum: p.minimum });
      return orderLine(p, Math.max(0, wanted - (ordered.get(p.id) ?? 0)));
    })
    .filter((l) => l.quantity > 0);
}

async function typedLines(
  db: Queryable,
  supplied: SuppliedProduct[],
  typed: readonly string[],
  supplierName: string,
): Promise<PurchaseOrderLine[]> {
  const lines: PurchaseOrderLine[] = [];
  for (const text of typed) {
    const match = /^(.+)=(-?\d+(?:[.,]\d+)?)$/.exec(text.trim());
    if (!match)
      throw new AdminError(`Baris "${text}" harus berbentuk PRODUK=JUMLAH, misalnya --line 8991234567895=12.`);
    const [, key, amount] = match;
    const { rows } = await db.query<{ id: string }>(
      'SELECT id FROM products WHERE id = $1 OR barcode = $1 OR plu = $1 ORDER BY id = $1 DESC LIMIT 1',
      [key],
    );
    if (!rows[0]) throw new AdminError(`Produk "${key}" tidak dikenal (ID, barcode atau PLU).`);
    const product = supplied.find((p) => p.id === rows[0]!.id);
    if (!product)
      throw new AdminError(
        `Produk "${key}" tidak dipasok ${supplierName}: tetapkan dulu syarat pasoknya (npm run admin -- supplier terms).`,
      );
    lines.push(orderLine(product, Number(amount!.replace(',', '.'))));
  }
  return lines;
}

function orderLine(p: SuppliedProduct, quantity: number): PurchaseOrderLine {
  return {
    productId: p.id,
    name: p.name,
    unit: p.unit,
    soldBy: p.sold_by,
    quantity,
    unitCost: rupiah(Number(p.cost)),
    kind: p.kind,
  };
}

export async function listOrders(db: Queryable, outletId: string | undefined): Promise<string> {
  if (outletId !== undefined) await requireOutlet(db, outletId);
  const orders = await listPurchaseOrders(db, outletId ?? null);
  if (orders.length === 0) return 'Belum ada pesanan.';
  return table(
    ['NOMOR', 'TANGGAL', 'OUTLET', 'UMKM', 'TOTAL', 'STATUS'],
    orders.map((o) => [
      o.number,
      formatBusinessDate(o.date),
      o.outletId,
      o.supplierName,
      formatRupiah(o.total),
      STATUS_LABELS[o.status],
    ]),
  );
}

export async function showOrder(db: Queryable, key: string): Promise<string> {
  const order = await findPurchaseOrder(db, key);
  if (!order) throw new AdminError(`Pesanan "${key}" tidak dikenal. Lihat daftarnya: npm run admin -- po list`);
  return [
    `Pesanan ${order.number} — ${order.supplierName} untuk ${order.outletName}, ${formatBusinessDate(order.date)} (${order.raisedBy})`,
    `Status: ${STATUS_LABELS[order.status]}; total ${formatRupiah(order.total)}`,
    '',
    table(
      ['PRODUK', 'DIPESAN', 'DITERIMA', 'CATATAN'],
      order.lines.map((l) => [
        l.name,
        orderQuantity(l),
        orderQuantity({ ...l, quantity: l.received }),
        l.received === 0 ? '' : (receivedAgainstOrder(l.quantity, l.received) ?? 'lengkap'),
      ]),
    ),
    '',
    'Teks untuk WhatsApp:',
    purchaseOrderText(order),
  ].join('\n');
}
