/**
 * Sending a transfer (kirim mutasi), by a manager: the goods leave this outlet's stock as
 * 'transfer-out' movements (earliest expiry first), in transit to the destination until it
 * receives them. The transfer, its movements, the stock.transfer-sent event and the transfer
 * slip's print job go in one commit (outbox/commit), as a goods receiving does.
 */
import type { OutletId, TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import { checkTransfer } from '#domain/stock/stock-checks';
import { transferSentSchema, type TransferSent } from '#sync/protocol/stock';
import type { PosDatabase } from '../db/database';
import { outletInfo } from '../print/print-queue';
import { transferSentMovements, unitsOf } from './document-movements';
import {
  checkDocument,
  commitStockDocument,
  documentHead,
  numberedLines,
  weighedLinesOf,
  type StockLineInput,
} from './stock-document';

export interface SendTransferInput {
  identity: TerminalIdentity;
  sentBy: StaffRef;
  /** The destination outlet as the province's list names it; null when none was chosen. */
  to: { id: OutletId; name: string } | null;
  lines: readonly StockLineInput[];
  now: Date;
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
  const checkedTransfer = checkDocument(
    transferSentSchema,
    {
      ...documentHead(input.identity, input.now),
      toOutletId: input.to.id,
      sentAt,
      sentBy: input.sentBy,
      lines: numberedLines(input.lines),
    } satisfies TransferSent,
    'invalid-transfer',
    'Mutasi belum bisa disimpan',
  );
  if (!checkedTransfer.ok) return checkedTransfer;
  const transfer = checkedTransfer.value;
  await commitStockDocument(db, {
    store: 'transfersSent',
    document: transfer,
    movements: transferSentMovements(transfer, unitsOf(input.lines.map((l) => l.product))),
    print: {
      kind: 'transfer-slip',
      transfer,
      toOutletName: input.to.name,
      outlet: outletInfo(input.identity),
      weighedLines: weighedLinesOf(input.lines),
    },
    event: { type: 'stock.transfer-sent', occurredAt: sentAt, payload: transfer },
  });
  return ok(transfer);
}
