/**
 * Sending a transfer (kirim mutasi), by a manager: the goods leave this outlet's stock as
 * 'transfer-out' movements (earliest expiry first), in transit to the destination until it
 * receives them. Each line tells the expiries it takes from the product's batches (FEFO, as the
 * movement takes them), so the destination's batches keep them. The transfer, its movements, the
 * stock.transfer-sent event and the transfer slip's print job go in one commit (outbox/commit), as
 * a goods receiving does.
 */
import type { OutletId, TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import type { StockBatch } from '#domain/stock/fefo';
import { checkTransfer } from '#domain/stock/stock-checks';
import { takeExpiries, type ExpiryQuantity } from '#domain/stock/transfer-batches';
import type { BusinessDate } from '#domain/wita';
import { transferSentSchema, type TransferSent } from '#sync/protocol/stock';
import type { PosDatabase } from '../db/database';
import type { StockLevel } from '../db/rows';
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

/** Each line with the expiries it takes, from what earlier lines of the same product left of its batches. */
function withExpiries<L extends { productId: string; quantity: number }>(
  lines: readonly L[],
  levels: readonly (StockLevel | undefined)[],
): (L & { batches: ExpiryQuantity[] })[] {
  const batchesOf = new Map<string, StockBatch<string>[]>();
  levels.forEach((level) => {
    if (level)
      batchesOf.set(
        level.productId,
        level.batches.map((b) => ({ key: b.id, expiry: b.expiry as BusinessDate | null, remaining: b.remaining })),
      );
  });
  return lines.map((line) => {
    const { taken, left } = takeExpiries(batchesOf.get(line.productId) ?? [], line.quantity);
    batchesOf.set(line.productId, left);
    return { ...line, batches: taken };
  });
}

export async function sendTransfer(db: PosDatabase, input: SendTransferInput): Promise<Result<TransferSent>> {
  if (input.to === null) return problem('missing-destination', 'Pilih outlet tujuan mutasi.');
  const checked = checkTransfer({
    fromOutletId: input.identity.outletId,
    toOutletId: input.to.id,
    lines: input.lines.map((l) => ({ name: l.product.name, quantity: l.quantity })),
  });
  if (!checked.ok) return checked;
  const levels = await db.stockLevels.bulkGet(input.lines.map((l) => l.product.id));
  const sentAt = input.now.toISOString();
  const checkedTransfer = checkDocument(
    transferSentSchema,
    {
      ...documentHead(input.identity, input.now),
      toOutletId: input.to.id,
      sentAt,
      sentBy: input.sentBy,
      lines: withExpiries(numberedLines(input.lines), levels),
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
