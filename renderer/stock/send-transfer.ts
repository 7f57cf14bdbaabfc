/**
 * Sending a transfer (kirim mutasi), by a manager: the goods leave this outlet's stock as
 * 'transfer-out' movements (earliest expiry first), in transit to the destination until it
 * receives them. The transfer, its movements, the stock.transfer-sent event and the transfer
 * slip's print job go in one commit (outbox/commit), as a goods receiving does.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Product } from '#domain/catalog/product';
import type { OutletId, TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import { checkTransfer } from '#domain/stock/stock-checks';
import { businessDate } from '#domain/wita';
import { transferSentSchema, type TransferSent } from '#sync/protocol/stock';
import type { PosDatabase } from '../db/database';
import { commitDocuments } from '../outbox/commit';
import { newPrintJob, outletInfo } from '../print/print-queue';
import { transferSentMovements, unitsOf } from './document-movements';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';

export interface TransferLineInput {
  product: Product;
  /** Whole units, or grams for weighed goods. */
  quantity: number;
}

export interface SendTransferInput {
  identity: TerminalIdentity;
  sentBy: StaffRef;
  /** The destination outlet as the province's list names it; null when none was chosen. */
  to: { id: OutletId; name: string } | null;
  lines: readonly TransferLineInput[];
  now: Date;
}

/** The lines of a transfer whose quantity is grams, for the slip. */
export function weighedLinesOf(lines: readonly TransferLineInput[]): number[] {
  return lines.flatMap((l, i) => (l.product.soldBy === 'weight' ? [i + 1] : []));
}

export async function sendTransfer(db: PosDatabase, input: SendTransferInput): Promise<Result<TransferSent>> {
  if (input.to === null) return problem('missing-destination', 'Pilih outlet tujuan mutasi.');
  const checked = checkTransfer({
    fromOutletId: input.identity.outletId,
    toOutletId: input.to.id,
    lines: input.lines.map((l) => ({ name: l.product.name, quantity: l.quantity })),
  });
  if (!checked.ok) return checked;
  const sentAt = input.now.toISOString();
  const transfer: TransferSent = {
    id: uuidv7(),
    outletId: input.identity.outletId,
    terminalId: input.identity.terminalId,
    training: input.identity.training,
    toOutletId: input.to.id,
    sentAt,
    businessDate: businessDate(input.now),
    sentBy: input.sentBy,
    lines: input.lines.map((l, i) => ({
      lineNo: i + 1,
      productId: l.product.id,
      name: l.product.name,
      quantity: l.quantity,
    })),
  };
  const parsed = transferSentSchema.safeParse(transfer);
  if (!parsed.success)
    return problem('invalid-transfer', `Mutasi belum bisa disimpan: ${parsed.error.issues[0]!.message}`);
  const movements = transferSentMovements(transfer, unitsOf(input.lines.map((l) => l.product)));
  await commitDocuments(db, {
    receiptDate: null,
    stores: ['transfersSent', ...LEDGER_STORES, 'printQueue'],
    plan: () => ({
      writes: [
        { op: 'add', store: 'transfersSent', value: transfer },
        ...ledgerWrites(movements),
        {
          op: 'add',
          store: 'printQueue',
          value: newPrintJob(
            {
              kind: 'transfer-slip',
              transfer,
              toOutletName: input.to!.name,
              outlet: outletInfo(input.identity),
              weighedLines: weighedLinesOf(input.lines),
            },
            sentAt,
          ),
        },
      ],
      events: [{ type: 'stock.transfer-sent', occurredAt: sentAt, payload: transfer }],
      result: null,
    }),
  });
  return ok(transfer);
}
