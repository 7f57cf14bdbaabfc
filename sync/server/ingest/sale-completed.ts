/**
 * 'sale.completed': the sale's rows in sales, sale_lines and payments, and its amount added to the
 * buyer's ASN month. Quarantined instead: training sales, sales whose totals do not add up
 * (domain/sale.ts), lines for products the province does not know, and a sale id or receipt
 * number recorded before.
 */
import { rupiah } from '../../../domain/money';
import { saleProblems, type Sale } from '../../../domain/sale';
import { businessMonth } from '../../../domain/wita';
import { insertRows } from '../db/insert-rows';
import { addAsnSpending } from './asn-monthly-totals';
import type { EventHandler } from './handler';

/**
 * Rp 1.000.000.000.000 is far beyond any real sale; the cap keeps month sums of many sales far
 * from PostgreSQL's int8 limit.
 */
const MAX_SALE_TOTAL = rupiah(1_000_000_000_000);

export const saleCompleted: EventHandler<'sale.completed'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),

  async problems(tx, events, { terminal }) {
    const sales = events.map((e) => e.payload);
    const productIds = [...new Set(sales.flatMap((s) => s.lines.map((l) => l.productId)))];
    const [{ rows: products }, { rows: recorded }] = await Promise.all([
      tx.query<{ id: string }>('SELECT id FROM products WHERE id = ANY($1::text[])', [productIds]),
      tx.query<{ id: string; receipt_no: string }>(
        'SELECT id, receipt_no FROM sales WHERE id = ANY($1::uuid[]) OR (terminal_id = $2 AND receipt_no = ANY($3::text[]))',
        [sales.map((s) => s.id), terminal.id, sales.map((s) => s.receiptNo)],
      ),
    ]);
    const knownProducts = new Set(products.map((p) => p.id));
    const saleIds = new Set(recorded.map((r) => r.id));
    const receiptNos = new Set(recorded.map((r) => r.receipt_no));
    return sales.map((sale) => {
      const reasons: string[] = [];
      if (sale.training) reasons.push('training sale (mode latihan): never counted by the province');
      reasons.push(...checkedSaleProblems(sale));
      for (const line of sale.lines) {
        if (!knownProducts.has(line.productId)) reasons.push(`line ${line.lineNo}: product ${line.productId} is not in the province catalog`);
      }
      if (saleIds.has(sale.id)) reasons.push(`sale ${sale.id} was already recorded by another event`);
      if (receiptNos.has(sale.receiptNo)) reasons.push(`receipt number ${sale.receiptNo} was already used by another sale of this terminal`);
      if (reasons.length === 0) {
        saleIds.add(sale.id);
        receiptNos.add(sale.receiptNo);
      }
      return reasons;
    });
  },

  async apply(tx, events, { receivedAt }) {
    const sales = events.map((e) => ({ eventId: e.id, sale: e.payload }));
    await insertRows(
      tx,
      'sales',
      ['id', 'event_id', 'receipt_no', 'outlet_id', 'terminal_id', 'shift_id', 'cashier_id', 'cashier_name', 'completed_at', 'received_at',
        'business_date', 'wita_month', 'subtotal', 'discount', 'total', 'change', 'asn_nip', 'asn_verified'],
      sales.map(({ eventId, sale: s }) => [s.id, eventId, s.receiptNo, s.outletId, s.terminalId, s.shiftId, s.cashier?.id ?? null, s.cashier?.name ?? null,
        s.completedAt, receivedAt, s.businessDate, businessMonth(s.completedAt), s.subtotal, s.discount, s.total, s.change, s.asn?.nip ?? null, s.asn?.verified ?? null]),
    );
    await insertRows(
      tx,
      'sale_lines',
      ['sale_id', 'line_no', 'product_id', 'barcode', 'name', 'supplier', 'category', 'unit', 'quantity', 'weight_grams', 'unit_price', 'discount', 'total'],
      sales.flatMap(({ sale: s }) => s.lines.map((l) => [s.id, l.lineNo, l.productId, l.barcode, l.name, l.supplier, l.category, l.unit, l.quantity, l.weightGrams, l.unitPrice, l.discount, l.total])),
    );
    await insertRows(
      tx,
      'payments',
      ['sale_id', 'payment_no', 'method', 'amount', 'tendered', 'reference'],
      sales.flatMap(({ sale: s }) => s.payments.map((p, i) => [s.id, i + 1, p.method, p.amount, p.tendered, p.reference])),
    );
    await addAsnSpending(
      tx,
      sales.flatMap(({ sale: s }) => (s.asn ? [{ nip: s.asn.nip, month: businessMonth(s.completedAt), amount: s.total, sales: 1 }] : [])),
    );
  },
};

/** saleProblems, plus amounts so large that summing them leaves the safe integers. */
function checkedSaleProblems(sale: Sale): string[] {
  try {
    const problems = saleProblems(sale);
    if (sale.total > MAX_SALE_TOTAL) problems.push(`total ${sale.total} exceeds ${MAX_SALE_TOTAL}: not a plausible sale`);
    return problems;
  } catch (error) {
    if (error instanceof RangeError) return [`amounts out of range: ${error.message}`];
    throw error;
  }
}
