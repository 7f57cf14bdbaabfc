/**
 * 'sale.completed': the sale's rows in sales, sale_lines and payments, its amount added to the
 * buyer's ASN month and to the terminal's month (for `report MONTH`), its lines taken from the
 * outlet's stock (./stock-ledger.ts, 'sold'). Quarantined instead: training sales, sales whose totals do not add up
 * (domain/checkout/sale.ts), an ASN NIP that is not well-formed (domain/asn/nip.ts, judged at the sale's own
 * time), lines for products the province does not know, a sale id or receipt number recorded
 * before, a shift of another terminal (checks/shift-owner.ts), and a unit price other than the
 * outlet's price in force without a manager's approval (checks/prices.ts). A sale of a closed shift
 * re-checks that shift's Z report (checks/z-report.ts). A well-formed NIP missing from the roster is counted like any other (the terminal flags
 * it unverified; `report asn` lists it apart).
 */
import { saleTaxFigures } from '#domain/tax/sale-tax';
import { rupiah } from '#domain/money';
import { parseNip } from '#domain/asn/nip';
import { saleProblems, type Sale } from '#domain/checkout/sale';
import { lineStockQuantity } from '#domain/stock/quantity';
import { stockDelta } from '#domain/stock/stock-reason';
import { businessMonth } from '#domain/wita';
import type { SyncEventOf } from '#sync/protocol/events';
import { priceProblems } from './checks/prices';
import { foreignShiftProblems } from './checks/shift-owner';
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { addMonthSales } from './month-sales';
import { recheckClosedShifts } from './shift-closed';
import { addShiftTotals } from './shift-totals';
import { recordMovements, type Movement } from './stock-ledger';
import { trainingReason } from './training';
import { documentColumns, taxColumns } from './documents';

/**
 * Rp 1.000.000.000.000 is far beyond any real sale; the cap keeps month sums of many sales far
 * from PostgreSQL's int8 limit.
 */
const MAX_SALE_TOTAL = rupiah(1_000_000_000_000);

export const saleCompleted: EventHandler<'sale.completed'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ completedAt: event.payload.completedAt }),
  shiftId: (event) => event.payload.shiftId,

  async problems(tx, events, { terminal }) {
    const sales = events.map((e) => e.payload);
    const productIds = [...new Set(sales.flatMap((s) => s.lines.map((l) => l.productId)))];
    // One round trip for both checks; joins with unnest rather than = ANY(array), so a hash join
    // instead of a scan per array element.
    const { rows: found } = await tx.query<{ kind: 'product' | 'sale'; id: string; receipt_no: string | null }>(
      `SELECT 'product' AS kind, p.id, NULL AS receipt_no FROM unnest($1::text[]) AS k (id) JOIN products p USING (id)
       UNION ALL
       SELECT 'sale', s.id::text, s.receipt_no FROM unnest($2::uuid[]) AS k (id) JOIN sales s USING (id)
       UNION ALL
       SELECT 'sale', s.id::text, s.receipt_no FROM unnest($4::text[]) AS k (receipt_no) JOIN sales s ON s.terminal_id = $3 AND s.receipt_no = k.receipt_no`,
      [productIds, sales.map((s) => s.id), terminal.id, sales.map((s) => s.receiptNo)],
    );
    const knownProducts = new Set(found.filter((f) => f.kind === 'product').map((f) => f.id));
    const recorded = found.filter((f) => f.kind === 'sale');
    const saleIds = new Set(recorded.map((r) => r.id));
    const receiptNos = new Set(recorded.map((r) => r.receipt_no));
    const foreignShifts = await foreignShiftProblems(
      tx,
      sales.map((s) => s.shiftId),
      terminal.id,
    );
    const prices = await priceProblems(
      tx,
      events.map((e) => ({ seq: e.seq, sale: e.payload })),
      terminal,
    );
    return sales.map((sale, index) => {
      const reasons: string[] = [];
      if (sale.training) reasons.push(trainingReason('sale'));
      const figures = checkedSaleProblems(sale);
      reasons.push(...figures);
      const nip = sale.asn && parseNip(sale.asn.nip, sale.completedAt);
      // The part, never the number: reasons are shown on terminals and may be copied anywhere.
      if (nip && !nip.ok) reasons.push(`asn.nip is not a well-formed NIP: ${nip.error.part} is wrong`);
      for (const line of sale.lines) {
        if (!knownProducts.has(line.productId))
          reasons.push(`line ${line.lineNo}: product ${line.productId} is not in the province catalog`);
      }
      if (saleIds.has(sale.id)) reasons.push(`sale ${sale.id} was already recorded by another event`);
      if (receiptNos.has(sale.receiptNo))
        reasons.push(`receipt number ${sale.receiptNo} was already used by another sale of this terminal`);
      if (foreignShifts[index]) reasons.push(foreignShifts[index]);
      // Prices are judged only on a sale whose figures add up: otherwise they say nothing more.
      if (figures.length === 0) reasons.push(...prices[index]!);
      if (reasons.length === 0) {
        saleIds.add(sale.id);
        receiptNos.add(sale.receiptNo);
      }
      return reasons;
    });
  },

  derivedRows(events, { receivedAt }) {
    const rows = events.map((e) => saleRows(e.id, e.payload, receivedAt));
    return {
      sales: rows.map((r) => r.sale),
      sale_lines: rows.flatMap((r) => r.lines),
      payments: rows.flatMap((r) => r.payments),
    };
  },

  async afterStored(tx, events) {
    await recordMovements(tx, events.flatMap(saleMovements));
    await addMonthSales(
      tx,
      events.map((e) => e.payload),
    );
    await addShiftTotals(tx, { sales: events.map((e) => e.payload) });
    await recheckClosedShifts(
      tx,
      events.map((e) => e.payload.shiftId),
    );
  },

  asnSpending: (events) =>
    events.flatMap(({ payload: s }) =>
      s.asn ? [{ nip: s.asn.nip, month: businessMonth(s.completedAt), amount: s.total, sales: 1 }] : [],
    ),
};

/** The rows a sale becomes in sales, sale_lines and payments. */
export function saleRows(
  eventId: string,
  s: Sale,
  receivedAt: Date,
): { sale: Insertable<'sales'>; lines: Insertable<'sale_lines'>[]; payments: Insertable<'payments'>[] } {
  return {
    sale: {
      ...documentColumns(eventId, s),
      receipt_no: s.receiptNo,
      shift_id: s.shiftId,
      cashier_id: s.cashier?.id ?? null,
      cashier_name: s.cashier?.name ?? null,
      completed_at: s.completedAt,
      received_at: receivedAt,
      business_date: s.businessDate,
      wita_month: businessMonth(s.completedAt),
      subtotal: s.subtotal,
      discount: s.discount,
      total: s.total,
      change: s.change,
      asn_nip: s.asn?.nip ?? null,
      asn_verified: s.asn?.verified ?? null,
      ...taxColumns(saleTaxFigures(s)),
      npwp: s.tax?.seller.npwp ?? null,
    },
    lines: s.lines.map((l): Insertable<'sale_lines'> => ({
      sale_id: s.id,
      line_no: l.lineNo,
      product_id: l.productId,
      barcode: l.barcode,
      name: l.name,
      supplier: l.supplier,
      category: l.category,
      unit: l.unit,
      quantity: l.quantity,
      weight_grams: l.weightGrams,
      unit_price: l.unitPrice,
      discount: l.discount,
      total: l.total,
    })),
    payments: s.payments.map((p, i): Insertable<'payments'> => ({
      sale_id: s.id,
      payment_no: i + 1,
      method: p.method,
      amount: p.amount,
      tendered: p.tendered,
      reference: p.reference,
    })),
  };
}

/** What a sale takes from its outlet's stock: each line's units, or its grams. */
function saleMovements({ id, payload: s }: SyncEventOf<'sale.completed'>): Movement[] {
  return s.lines.map((l) => ({
    eventId: id,
    outletId: s.outletId,
    productId: l.productId,
    reason: 'sold',
    documentId: s.id,
    lineNo: l.lineNo,
    quantity: stockDelta('sold', lineStockQuantity(l.quantity, l.weightGrams)),
    businessDate: s.businessDate,
  }));
}

/** saleProblems, plus amounts so large that summing them leaves the safe integers. */
function checkedSaleProblems(sale: Sale): string[] {
  try {
    const problems = saleProblems(sale);
    if (sale.total > MAX_SALE_TOTAL)
      problems.push(`total ${sale.total} exceeds ${MAX_SALE_TOTAL}: not a plausible sale`);
    return problems;
  } catch (error) {
    if (error instanceof RangeError) return [`amounts out of range: ${error.message}`];
    throw error;
  }
}
