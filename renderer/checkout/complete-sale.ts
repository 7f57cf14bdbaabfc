/**
 * Completing a sale: the sale document, its stock movements (and the levels they change), its outbox event and its receipt
 * print job are written in one transaction (outbox/commit), which also takes the receipt number.
 * Printing happens after commit from the print queue. For an ASN buyer the receipt carries their
 * month with this sale in it, read from the database before the transaction.
 */
import { v7 as uuidv7 } from 'uuid';
import { asnMonthOf, asnStanding, type AsnStanding } from '#domain/asn/asn-standing';
import { cartDiscount, cartSubtotal, cartTotal, toSaleLines, type Cart } from '#domain/checkout/cart';
import { formatReceiptNo } from '#domain/checkout/receipt-number';
import { changeOf, saleProblems, type Payment, type Sale } from '#domain/checkout/sale';
import type { StaffRef } from '#domain/staff/staff';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { businessDate } from '#domain/wita';
import { saleSchema } from '#sync/protocol/sale';
import type { PosDatabase } from '../db/database';
import { asnStandingInput } from '../asn/asn-standing-input';
import { bridgeNipKeyer, type NipKeyer } from '../asn/nip-key';
import type { CheckoutAsn } from '../asn/identify-asn';
import { asnReceiptBlock } from '../asn/receipt-block';
import { commitDocuments } from '../outbox/commit';
import { saleMovements } from '../stock/document-movements';
import { LEDGER_STORES, ledgerWrites } from '../stock/ledger-writes';
import { ACTIVE_CART_ID } from './open-carts';
import { withSaleTax } from './sale-tax';
import { newReceiptJob } from '../print/print-queue';
import type { ShiftId } from '#domain/shift/shift';
import { ok, problem, type Result } from '#domain/result';

/** User Timing name around the commit transaction, read by the checkout benchmark and the browser's profiler. */
export const COMMIT_MEASURE = 'pos:sale-commit';

export interface CheckoutInput {
  cart: Cart;
  payments: readonly Payment[];
  identity: TerminalIdentity;
  cashier: StaffRef;
  /** The terminal's open shift: no sale without one. */
  shiftId: ShiftId;
  /** The ASN the cashier identified by NIP, or null. */
  asn: CheckoutAsn | null;
  now: Date;
}

/** `asnStanding`: the buyer's month with this sale in it (null without an ASN). */
export type CompleteSaleResult = Result<{ sale: Sale; asnStanding: AsnStanding | null }>;

/** `keyer`: the NIP's key, to find the province's figure for the buyer's month (renderer/asn/nip-key.ts). */
export async function completeSale(
  db: PosDatabase,
  input: CheckoutInput,
  keyer: NipKeyer = bridgeNipKeyer,
): Promise<CompleteSaleResult> {
  const completedAt = input.now.toISOString();
  const date = businessDate(input.now);
  const lines = toSaleLines(input.cart);
  const untaxed: Sale = {
    id: uuidv7(),
    receiptNo: 'pending',
    outletId: input.identity.outletId,
    terminalId: input.identity.terminalId,
    shiftId: input.shiftId,
    cashier: input.cashier,
    training: input.identity.training,
    completedAt,
    businessDate: date,
    lines,
    subtotal: cartSubtotal(input.cart),
    discount: cartDiscount(input.cart),
    total: cartTotal(input.cart),
    payments: [...input.payments],
    change: changeOf(input.payments),
    asn: input.asn && { nip: input.asn.nip, name: input.asn.name, verified: input.asn.verified },
  };
  const draft = await withSaleTax(db, untaxed);
  const problems = saleProblems(draft);
  if (problems.length > 0) return problem('invalid-sale', `Penjualan belum bisa disimpan: ${problems.join('; ')}.`);
  const movements = saleMovements(draft);

  // Shape check and the ASN's month before the transaction, so nothing but IndexedDB work happens inside it.
  saleSchema.parse(draft);
  const { identity } = input;
  const asnMonth =
    input.asn && (await asnStandingInput(db, input.asn.nip, asnMonthOf(draft), identity.training, keyer));
  const result = await commitDocuments(db, {
    receiptDate: date,
    stores: ['sales', ...LEDGER_STORES, 'printQueue', 'openCarts'],
    measure: COMMIT_MEASURE,
    plan(sequence) {
      const sale: Sale = {
        ...draft,
        receiptNo: formatReceiptNo({
          outletCode: identity.outletCode,
          terminalCode: identity.terminalCode,
          businessDate: date,
          sequence: sequence!,
        }),
      };
      const standing = asnMonth && asnStanding({ ...asnMonth, unreportedSales: [...asnMonth.unreportedSales, sale] });
      return {
        writes: [
          { op: 'add', store: 'sales', value: sale },
          ...ledgerWrites(movements),
          { op: 'add', store: 'printQueue', value: newReceiptJob(sale, identity, asnReceiptBlock(sale, standing)) },
          // The paid cart is no longer open: it must not come back after a crash right after the sale.
          { op: 'delete', store: 'openCarts', key: ACTIVE_CART_ID },
        ],
        events: [{ type: 'sale.completed', occurredAt: completedAt, payload: sale }],
        result: { sale, asnStanding: standing },
      };
    },
  });
  return ok(result);
}
