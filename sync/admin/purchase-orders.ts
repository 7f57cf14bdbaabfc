/**
 * Purchase orders (pesanan) from the province: `po budget` (an outlet's monthly purchase budget),
 * `po raise` (an order to a UMKM for an outlet, pre-filled from the replenishment suggestion of the
 * products it supplies less what is already on order, within the budget), `po list` and `po show` (ordered vs received per line,
 * and the order as text for WhatsApp). Raising an order moves it into the outlet's purchase-orders
 * stream, so its terminals can receive against it.
 */
import { formatRupiah, parseRupiah, rupiah } from '#domain/money';
import { DEFAULT_LEAD_TIME_DAYS, replenishment } from '#domain/stock/replenishment';
import {
  orderQuantity,
  orderTotals,
  purchaseOrderText,
  receivedAgainstOrder,
  STATUS_LABELS,
  type PurchaseOrderLine,
} from '#domain/supplier/purchase-order';
import { businessDate, formatBusinessDate, formatBusinessMonth, type BusinessDate } from '#domain/wita';
import type { Database, Queryable } from '../server/db/database';
import { findPurchaseOrder, listPurchaseOrders, monthBudget, onOrder } from '../server/reports/purchase-orders';
import { stockReport } from '../server/reports/stock-report';
import { orderLine, raiseOrder, suppliedProducts, type SuppliedProduct } from '../server/purchasing/raise-order';
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
  const raisedBy = input.by?.trim() || 'provinsi';
  const raised = await raiseOrder(db, {
    outletId,
    outletName,
    supplierId: supplier.id,
    date: today,
    raisedBy,
    lines,
  });
  if (!raised.ok) throw new AdminError(raised.error.message);
  const { number, left } = raised.value;
  const { total } = orderTotals(lines);
  return [
    `Pesanan ${number} untuk ${supplier.name} (${outletName}) dibuat: ${lines.length} baris, ${formatRupiah(total)}.`,
    `Sisa anggaran pembelian ${formatBusinessMonth(today.slice(0, 7))}: ${formatRupiah(left)}.`,
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
