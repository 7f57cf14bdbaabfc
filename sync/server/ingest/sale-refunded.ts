/**
 * 'sale.refunded': the refund's rows in refunds, refund_lines and refund_payments, and its amount
 * taken off the original buyer's ASN month; the goods go back to the outlet's stock ('refunded',
 * ./stock-ledger.ts; a weighed line comes back whole, its grams as sold), except lines marked damaged
 * ('refund-damaged', nothing back on hand). Quarantined instead: training refunds, refunds of a
 * sale the province has not recorded (or of another outlet), refunds that fail the terminal's own
 * check against the sale and its earlier refunds (domain/checkout/refund.ts refundProblems: never more than
 * was sold, by a method the buyer paid with or cash), a refund id or receipt number used before, and
 * a shift of another terminal (checks/shift-owner.ts), an original receipt number that is not the
 * sale's, and a reason naming another outlet's sale (checks/receipt-references.ts). A refund of a closed shift re-checks that
 * shift's Z report (checks/z-report.ts).
 */
import { refundTaxFigures } from '#domain/tax/sale-tax';
import { refundProblems, type Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import { lineStockQuantity } from '#domain/stock/quantity';
import { stockDelta } from '#domain/stock/stock-reason';
import type { SyncEventOf } from '#sync/protocol/events';
import type { Queryable } from '../db/database';
import { payloadColumns, readPayload, type StoredPayload } from '../db/event-payload';
import { foreignReceiptProblems } from './checks/receipt-references';
import { foreignShiftProblems } from './checks/shift-owner';
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { recheckClosedShifts } from './shift-closed';
import { addShiftTotals } from './shift-totals';
import { recordMovements, type Movement } from './stock-ledger';
import { trainingReason } from './training';
import { documentColumns, taxColumns } from './documents';

export const saleRefunded: EventHandler<'sale.refunded'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ refundedAt: event.payload.refundedAt }),
  shiftId: (event) => event.payload.shiftId,

  async problems(tx, events, { terminal }) {
    const refunds = events.map((e) => e.payload);
    const saleIds = [...new Set(refunds.map((r) => r.originalSaleId))];
    // The original sales and their earlier sound refunds, as the terminals sent them.
    const { rows: stored } = await tx.query<{ kind: 'sale' | 'refund'; id: string } & StoredPayload<Sale | Refund>>(
      `SELECT 'sale' AS kind, s.id::text, ${payloadColumns('e')} FROM unnest($1::uuid[]) AS k (id) JOIN sales s USING (id) JOIN events e ON e.id = s.event_id
       UNION ALL
       SELECT 'refund', r.id::text, ${payloadColumns('e')} FROM unnest($1::uuid[]) AS k (id) JOIN refunds r ON r.original_sale_id = k.id JOIN events e ON e.id = r.event_id`,
      [saleIds],
    );
    const rows = stored.map((r) => ({ kind: r.kind, id: r.id, payload: readPayload(r) }));
    const originals = new Map(rows.filter((r) => r.kind === 'sale').map((r) => [r.id, r.payload as Sale]));
    const earlier = rows.filter((r) => r.kind === 'refund').map((r) => r.payload as Refund);
    // Documents already holding one of these ids or receipt numbers.
    const { rows: taken } = await tx.query<{ id: string; receipt_no: string }>(
      `SELECT id::text, receipt_no FROM refunds WHERE id = ANY($1::uuid[]) OR (terminal_id = $2 AND receipt_no = ANY($3::text[]))
       UNION ALL
       SELECT id::text, receipt_no FROM sales WHERE terminal_id = $2 AND receipt_no = ANY($3::text[])`,
      [refunds.map((r) => r.id), terminal.id, refunds.map((r) => r.receiptNo)],
    );
    const ids = new Set(taken.map((t) => t.id));
    const receiptNos = new Set(taken.map((t) => t.receipt_no));
    const foreignShifts = await foreignShiftProblems(
      tx,
      refunds.map((r) => r.shiftId),
      terminal.id,
    );
    const foreignReasons = await foreignReceiptProblems(
      tx,
      refunds.map((r) => r.reason),
      terminal.outletId,
    );
    return refunds.map((refund, index) => {
      const reasons: string[] = [];
      if (refund.training) reasons.push(trainingReason('refund'));
      const original = originals.get(refund.originalSaleId);
      if (original === undefined)
        reasons.push(
          `original sale ${refund.originalReceiptNo} (${refund.originalSaleId}) is not recorded by the province`,
        );
      else if (original.outletId !== refund.outletId)
        reasons.push(`original sale ${original.receiptNo} was sold at outlet ${original.outletId}`);
      else if (original.receiptNo !== refund.originalReceiptNo)
        reasons.push(
          `the refund names receipt ${refund.originalReceiptNo}, but sale ${original.id} is receipt ${original.receiptNo}`,
        );
      else reasons.push(...refundProblems(refund, original, earlier));
      if (foreignReasons[index]) reasons.push(`the refund's reason ${foreignReasons[index]}`);
      if (ids.has(refund.id)) reasons.push(`refund ${refund.id} was already recorded by another event`);
      if (receiptNos.has(refund.receiptNo))
        reasons.push(`receipt number ${refund.receiptNo} was already used on this terminal`);
      if (foreignShifts[index]) reasons.push(foreignShifts[index]);
      if (reasons.length === 0) {
        // Later refunds of the same batch are checked against this one.
        earlier.push(refund);
        ids.add(refund.id);
        receiptNos.add(refund.receiptNo);
      }
      return reasons;
    });
  },

  derivedRows(events, { receivedAt }) {
    return {
      refunds: events.map(({ id, payload: r }): Insertable<'refunds'> => ({
        ...documentColumns(id, r),
        receipt_no: r.receiptNo,
        original_sale_id: r.originalSaleId,
        shift_id: r.shiftId,
        cashier_id: r.cashier?.id ?? null,
        cashier_name: r.cashier?.name ?? null,
        approved_by_id: r.approvedBy?.id ?? null,
        approved_by_name: r.approvedBy?.name ?? null,
        refunded_at: r.refundedAt,
        received_at: receivedAt,
        business_date: r.businessDate,
        reason: r.reason,
        total: r.total,
        asn_nip: r.asn?.nip ?? null,
        asn_month: r.asn?.month ?? null,
        ...taxColumns(refundTaxFigures(r)),
      })),
      refund_lines: events.flatMap(({ payload: r }) =>
        r.lines.map((l): Insertable<'refund_lines'> => ({
          refund_id: r.id,
          line_no: l.lineNo,
          product_id: l.productId,
          name: l.name,
          category: l.category,
          supplier: l.supplier,
          quantity: l.quantity,
          amount: l.amount,
        })),
      ),
      refund_payments: events.flatMap(({ payload: r }) =>
        r.payments.map((p, i): Insertable<'refund_payments'> => ({
          refund_id: r.id,
          payment_no: i + 1,
          method: p.method,
          amount: p.amount,
        })),
      ),
    };
  },

  asnSpending: (events) =>
    events.flatMap(({ payload: r }) =>
      r.asn ? [{ nip: r.asn.nip, month: r.asn.month, amount: -r.total, sales: 0 }] : [],
    ),

  async afterStored(tx, events) {
    await recordMovements(tx, await refundMovements(tx, events));
    await addShiftTotals(tx, { refunds: events.map((e) => e.payload) });
    await recheckClosedShifts(
      tx,
      events.map((e) => e.payload.shiftId),
    );
  },
};

/**
 * What refunds bring back to stock: a weighed line's sold grams, read from the original sale's line.
 * A line marked damaged comes back to no shelf: a 'refund-damaged' row of 0.
 */
async function refundMovements(tx: Queryable, events: readonly SyncEventOf<'sale.refunded'>[]): Promise<Movement[]> {
  const lines = events.flatMap(({ payload: r }) =>
    r.lines.map((l) => ({ saleId: r.originalSaleId, lineNo: l.lineNo })),
  );
  const { rows } = await tx.query<{ sale_id: string; line_no: number; weight_grams: number | null }>(
    `SELECT l.sale_id::text, l.line_no, l.weight_grams
     FROM unnest($1::uuid[], $2::integer[]) AS k (sale_id, line_no) JOIN sale_lines l USING (sale_id, line_no)`,
    [lines.map((l) => l.saleId), lines.map((l) => l.lineNo)],
  );
  const grams = new Map(rows.map((r) => [`${r.sale_id} ${r.line_no}`, r.weight_grams]));
  return events.flatMap(({ id, payload: r }) =>
    r.lines.map((l) => {
      const reason = l.damaged ? 'refund-damaged' : 'refunded';
      return {
        eventId: id,
        outletId: r.outletId,
        productId: l.productId,
        reason,
        documentId: r.id,
        lineNo: l.lineNo,
        quantity: stockDelta(
          reason,
          lineStockQuantity(l.quantity, grams.get(`${r.originalSaleId} ${l.lineNo}`) ?? null),
        ),
        businessDate: r.businessDate,
      };
    }),
  );
}
