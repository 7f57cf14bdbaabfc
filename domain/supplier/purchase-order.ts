/**
 * Purchase orders (pesanan) to a UMKM: their lines and totals, the outlet's monthly purchase budget
 * they must stay within, how far a receiving against one has come (ordered vs received per line),
 * and the order as plain text for WhatsApp. Quantities are stock quantities: whole units, or grams
 * for weighed goods (priced per kilogram), as on a receiving.
 */
import type { SoldBy } from '../catalog/product';
import { formatRupiah, rupiah, subtract, sum, type Rupiah } from '../money';
import { ok, problem, type Result } from '../result';
import { checkQuantity, stockValue } from '../stock/quantity';
import type { SupplyKind } from './terms';
import { formatBusinessDate, formatBusinessMonth, type BusinessDate, type BusinessMonth } from '../wita';

export const PURCHASE_ORDER_STATUSES = ['open', 'partial', 'received'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

export interface PurchaseOrderLine {
  productId: string;
  name: string;
  /** The product's unit (pcs, bungkus…); grams are printed for weighed goods. */
  unit: string;
  soldBy: SoldBy;
  quantity: number;
  /** Per unit, or per kilogram for weighed goods: the beli-putus cost, or the consignment supplier price (0 when on commission). */
  unitCost: Rupiah;
  /** How the product is supplied: only outright purchases (beli putus) spend the purchase budget. */
  kind: SupplyKind;
}

/** An order as the outlet holds it (the purchase-orders stream's item): ordered and received per line. */
export interface PurchaseOrder {
  id: string;
  number: string;
  supplierName: string;
  date: BusinessDate;
  raisedBy: string;
  status: PurchaseOrderStatus;
  lines: (PurchaseOrderLine & { lineNo: number; received: number })[];
}

export interface PurchaseOrderTotals {
  /** What the lines are worth at their unit costs. */
  total: Rupiah;
  /** The outright purchases among them: what the order takes from the outlet's budget. */
  outright: Rupiah;
}

/** Every line's quantity whole and above zero, each product once; the message names the line. */
export function checkOrderLines(lines: readonly PurchaseOrderLine[]): Result<readonly PurchaseOrderLine[]> {
  if (lines.length === 0) return problem('empty-order', 'Pesanan belum punya baris: tambahkan produk dan jumlahnya.');
  const seen = new Set<string>();
  for (const line of lines) {
    const quantity = checkQuantity(line.quantity);
    if (!quantity.ok) return problem('invalid-quantity', `${line.name}: ${quantity.error.message}`);
    if (seen.has(line.productId))
      return problem('duplicate-line', `${line.name} tertulis dua kali: satukan jumlahnya dalam satu baris.`);
    seen.add(line.productId);
  }
  return ok(lines);
}

export function lineValue(line: PurchaseOrderLine): Rupiah {
  return stockValue(line.quantity, line.unitCost, line.soldBy);
}

export function orderTotals(lines: readonly PurchaseOrderLine[]): PurchaseOrderTotals {
  return {
    total: sum(lines.map(lineValue)),
    outright: sum(lines.filter((l) => l.kind === 'beli-putus').map(lineValue)),
  };
}

export interface BudgetCheck {
  outletName: string;
  month: BusinessMonth;
  /** The province's budget for the outlet and month; null when none was set. */
  budget: Rupiah | null;
  /** Outright purchases already ordered for the outlet this month. */
  committed: Rupiah;
  /** This order's outright purchases. */
  order: Rupiah;
}

/** The order fits the month's budget: the budget left after it; else why not, with what is left. */
export function checkBudget({ outletName, month, budget, committed, order }: BudgetCheck): Result<Rupiah> {
  const period = formatBusinessMonth(month);
  if (budget === null)
    return problem(
      'no-budget',
      `Anggaran pembelian ${outletName} untuk ${period} belum ditetapkan provinsi: pesanan tidak bisa dibuat.`,
    );
  const left = subtract(budget, committed);
  if (order > left)
    return problem(
      'over-budget',
      `Pesanan ${formatRupiah(order)} melebihi sisa anggaran pembelian ${outletName} untuk ${period}: ` +
        `sisa ${formatRupiah(rupiah(Math.max(0, left)))} (anggaran ${formatRupiah(budget)}, sudah dipesan ${formatRupiah(committed)}).`,
    );
  return ok(subtract(left, order));
}

/** Ordered and received so far of one line of an order. */
export interface ReceivedLine {
  quantity: number;
  received: number;
}

/** Open until anything arrives, received once every line has all it ordered, partial between. */
export function orderStatus(lines: readonly ReceivedLine[]): PurchaseOrderStatus {
  if (lines.every((l) => l.received >= l.quantity)) return 'received';
  return lines.some((l) => l.received > 0) ? 'partial' : 'open';
}

export const STATUS_LABELS: Record<PurchaseOrderStatus, string> = {
  open: 'dipesan',
  partial: 'diterima sebagian',
  received: 'diterima lengkap',
};

/** What a receiving line says against its order line: short of it, as ordered, or more (allowed, flagged). */
export function receivedAgainstOrder(ordered: number, received: number): string | null {
  if (received > ordered) return `Lebih ${received - ordered} dari pesanan (${ordered})`;
  if (received < ordered) return `Kurang ${ordered - received} dari pesanan (${ordered})`;
  return null;
}

export interface PurchaseOrderDocument {
  number: string;
  outletName: string;
  supplierName: string;
  date: BusinessDate;
  raisedBy: string;
  lines: readonly PurchaseOrderLine[];
}

/** A line's quantity as the supplier reads it: "12 pcs", or "1.500 gram". */
export function orderQuantity(line: Pick<PurchaseOrderLine, 'quantity' | 'unit' | 'soldBy'>): string {
  return line.soldBy === 'weight'
    ? `${line.quantity.toLocaleString('id-ID')} gram`
    : `${line.quantity} ${line.unit || 'pcs'}`;
}

/** The order as plain text for a WhatsApp message to the supplier (*bold* as WhatsApp shows it). */
export function purchaseOrderText(order: PurchaseOrderDocument): string {
  const { total } = orderTotals(order.lines);
  return [
    `*PESANAN ${order.number}*`,
    order.outletName,
    `Kepada: ${order.supplierName}`,
    `Tanggal: ${formatBusinessDate(order.date)}`,
    '',
    ...order.lines.map(
      (l, i) =>
        `${i + 1}. ${l.name} — ${orderQuantity(l)}` +
        (l.unitCost > 0 ? ` × ${formatRupiah(l.unitCost)}${l.soldBy === 'weight' ? '/kg' : ''}` : ' (konsinyasi)'),
    ),
    '',
    `*Total: ${formatRupiah(total)}*`,
    `Dipesan oleh: ${order.raisedBy}`,
    'Mohon konfirmasi tanggal kirim. Terima kasih.',
  ].join('\n');
}
