/**
 * Refunds at the terminal: finding the original sale by the QR code on its receipt (which carries
 * the sale id) or by its receipt number, and recording the refund as a new document (the sale is
 * never edited) with its own receipt number from the sales' sequence, the goods back in stock (those
 * marked damaged recorded with a movement of 0), its outbox event, its refund receipt's print job and
 * the manager's approval in the audit log, in one commit.
 */
import { v7 as uuidv7 } from 'uuid';
import { formatReceiptNo } from '#domain/checkout/receipt-number';
import {
  payBack,
  refundAsn,
  refundLine,
  refundPicksProblem,
  refundProblems,
  refundStatus,
  type Refund,
  type RefundMethod,
  type RefundStatus,
} from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import { sum } from '#domain/money';
import type { StaffRef } from '#domain/staff/staff';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { businessDate } from '#domain/wita';
import { refundSchema } from '#sync/protocol/refund';
import { auditEntry, auditWrites } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { refundMovements } from '../stock/document-movements';
import { LEDGER_STORES, ledgerWrites } from '../stock/ledger-writes';
import { failed, ok, problem, type Result } from '#domain/result';
import { commitDocuments } from '../outbox/commit';
import { newPrintJob, outletInfo } from '../print/print-queue';
import type { ShiftId } from '#domain/shift/shift';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A receipt's QR code carries its document's id (a UUID), never a product barcode. */
export function isReceiptQr(code: string): boolean {
  return UUID.test(code.trim());
}

export interface RefundSubject {
  sale: Sale;
  /** The sale's refunds so far: what is left to refund follows from them. */
  earlier: Refund[];
}

/** The sale a scanned receipt QR (its id) or a typed receipt number points at, with its refunds; null when this terminal has no such receipt. */
export async function findSaleToRefund(db: PosDatabase, code: string): Promise<Result<RefundSubject | null>> {
  const text = code.trim();
  if (text === '') return problem('no-receipt', 'Pindai QR struk atau ketik nomor struk.');
  const byId = isReceiptQr(text);
  const sale = byId
    ? await db.sales.get(text.toLowerCase())
    : await db.sales.where('receiptNo').equals(text.toUpperCase()).first();
  if (!sale) {
    const refund = byId
      ? await db.refunds.get(text.toLowerCase())
      : await db.refunds.where('receiptNo').equals(text.toUpperCase()).first();
    if (refund)
      return problem(
        'refund-receipt',
        `${refund.receiptNo} adalah struk refund. Pindai struk penjualan aslinya (${refund.originalReceiptNo}).`,
      );
    // Perhaps another till of the outlet sold it: refunds/outlet-sale asks the server.
    return ok(null);
  }
  const earlier = await db.refunds.where('originalSaleId').equals(sale.id).toArray();
  if (refundStatus(sale, earlier) === 'full')
    return problem('refunded', `Struk ${sale.receiptNo} sudah direfund penuh: tidak ada lagi yang bisa dikembalikan.`);
  return ok({ sale, earlier });
}

/** One row of the sales history: a sale with how much of it came back, or a refund. */
export type HistoryRow =
  { kind: 'sale'; at: string; sale: Sale; refunded: RefundStatus } | { kind: 'refund'; at: string; refund: Refund };

/** The latest sales and refunds of this terminal, newest first (refund ids are UUIDv7: id order is time order); each sale marked refunded fully or partly. */
export async function salesHistory(db: PosDatabase, limit: number): Promise<HistoryRow[]> {
  const [sales, refunds] = await Promise.all([
    db.sales.orderBy('completedAt').reverse().limit(limit).toArray(),
    db.refunds.reverse().limit(limit).toArray(),
  ]);
  const refundsOf = await db.refunds
    .where('originalSaleId')
    .anyOf(sales.map((s) => s.id))
    .toArray();
  const rows: HistoryRow[] = [
    ...sales.map((sale): HistoryRow => ({
      kind: 'sale',
      at: sale.completedAt,
      sale,
      refunded: refundStatus(
        sale,
        refundsOf.filter((r) => r.originalSaleId === sale.id),
      ),
    })),
    ...refunds.map((refund): HistoryRow => ({ kind: 'refund', at: refund.refundedAt, refund })),
  ];
  return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}

export interface RefundRequest {
  subject: RefundSubject;
  /** [line number, quantity] of the goods coming back. */
  picks: ReadonlyArray<readonly [number, number]>;
  method: RefundMethod;
  reason: string;
  /** The line numbers coming back damaged (rusak): not back to stock. */
  damaged?: ReadonlySet<number>;
  cashier: StaffRef;
  shiftId: ShiftId;
  approvedBy: StaffRef;
}

/** The refund as it would be recorded (receipt number still to come), for the screen to show. */
export function draftRefund(identity: TerminalIdentity, request: RefundRequest, now: Date): Refund {
  const { sale, earlier } = request.subject;
  const lines = request.picks.map(([lineNo, quantity]) => {
    const line = refundLine(sale, lineNo, quantity, earlier);
    // Only set when damaged, so a refund of sound goods is the document it always was.
    return request.damaged?.has(lineNo) ? { ...line, damaged: true } : line;
  });
  const total = sum(lines.map((l) => l.amount));
  return {
    id: uuidv7(),
    receiptNo: 'pending',
    originalSaleId: sale.id,
    originalReceiptNo: sale.receiptNo,
    outletId: identity.outletId,
    terminalId: identity.terminalId,
    shiftId: request.shiftId,
    cashier: request.cashier,
    approvedBy: request.approvedBy,
    training: identity.training,
    refundedAt: now.toISOString(),
    businessDate: businessDate(now),
    reason: request.reason.trim(),
    lines,
    total,
    payments: payBack(sale, earlier, total, request.method),
    asn: refundAsn(sale),
  };
}

export async function completeRefund(
  db: PosDatabase,
  identity: TerminalIdentity,
  request: RefundRequest,
  now: Date,
): Promise<Result<Refund>> {
  if (request.picks.length === 0) return problem('no-picks', 'Pilih barang yang dikembalikan.');
  if (request.reason.trim() === '') return problem('no-reason', 'Alasan refund wajib diisi.');
  const wrongPick = refundPicksProblem(request.subject.sale, request.picks, request.subject.earlier);
  if (wrongPick) return failed(wrongPick);
  const draft = draftRefund(identity, request, now);
  const problems = refundProblems(draft, request.subject.sale, request.subject.earlier);
  if (problems.length > 0) return problem('invalid-refund', problems.join(' '));
  const audit = auditWrites(
    auditEntry(
      identity,
      now,
      request.cashier,
      { kind: 'approved', action: { kind: 'refund', originalReceiptNo: draft.originalReceiptNo, total: draft.total } },
      request.approvedBy,
    ),
  );
  const refund = await commitDocuments(db, {
    receiptDate: draft.businessDate,
    stores: ['refunds', ...LEDGER_STORES, 'printQueue', 'audit'],
    plan(sequence) {
      const refund = refundSchema.parse({
        ...draft,
        receiptNo: formatReceiptNo({
          outletCode: identity.outletCode,
          terminalCode: identity.terminalCode,
          businessDate: draft.businessDate,
          sequence: sequence!,
        }),
      });
      return {
        writes: [
          { op: 'add', store: 'refunds', value: refund },
          ...ledgerWrites(refundMovements(refund, request.subject.sale)),
          {
            op: 'add',
            store: 'printQueue',
            value: newPrintJob(
              { kind: 'refund-receipt', refund, outlet: outletInfo(identity), reprint: false },
              refund.refundedAt,
            ),
          },
          ...audit.writes,
        ],
        events: [{ type: 'sale.refunded', occurredAt: refund.refundedAt, payload: refund }, ...audit.events],
        result: refund,
      };
    },
  });
  return { ok: true, value: refund };
}
