/**
 * Receiving a transfer (terima mutasi), by a manager: what arrived of each line sent (0 up to what
 * was sent; the difference stays on record) goes on the shelf as 'transfer-in' movements, in
 * batches with the expiries the sender's terminal sent (a shortage off the latest-expiring). The
 * receiving, its movements, the stock.transfer-received event and the transfer leaving the list of
 * those to receive go in one commit (outbox/commit). A transfer is received once: a second try is
 * refused, before the commit and, from another window at the same moment, by the unique index.
 */
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import { checkQuantity } from '#domain/stock/quantity';
import { arrivedExpiries } from '#domain/stock/transfer-batches';
import { transferReceivedSchema, type TransferReceived } from '#sync/protocol/stock';
import type { PosDatabase } from '../db/database';
import type { IncomingTransferRow } from '../db/rows';
import { commitDocuments } from '../outbox/commit';
import { transferReceivedMovements, unitsOf } from './document-movements';
import { LEDGER_STORES, ledgerWrites } from './ledger-writes';
import { checkDocument, documentHead } from './stock-document';

export interface ReceiveTransferInput {
  identity: TerminalIdentity;
  receivedBy: StaffRef;
  transfer: IncomingTransferRow;
  /** What arrived of each line, by line number. */
  arrived: ReadonlyMap<number, number>;
  now: Date;
}

const ALREADY = 'Mutasi ini sudah diterima sebelumnya: stok tidak ditambah lagi.';

export async function receiveTransfer(db: PosDatabase, input: ReceiveTransferInput): Promise<Result<TransferReceived>> {
  const { transfer } = input;
  if ((await db.transfersReceived.where('transferId').equals(transfer.id).count()) > 0)
    return problem('already-received', ALREADY);
  for (const line of transfer.lines) {
    const arrived = input.arrived.get(line.lineNo) ?? Number.NaN;
    // Nothing arrived is an answer; more than was sent is not.
    const quantity = checkQuantity(arrived, { allowZero: true });
    if (!quantity.ok) return problem(quantity.error.code, `${line.name}: ${quantity.error.message}`);
    if (arrived > line.quantity)
      return problem(
        'more-than-sent',
        `${line.name}: diterima ${arrived}, lebih dari yang dikirim (${line.quantity}). Periksa lagi jumlahnya.`,
      );
  }
  const receivedAt = input.now.toISOString();
  const checked = checkDocument(
    transferReceivedSchema,
    {
      ...documentHead(input.identity, input.now),
      transferId: transfer.id,
      fromOutletId: transfer.fromOutletId,
      receivedAt,
      receivedBy: input.receivedBy,
      lines: transfer.lines.map((l) => {
        const received = input.arrived.get(l.lineNo)!;
        return {
          lineNo: l.lineNo,
          productId: l.productId,
          sent: l.quantity,
          received,
          ...(l.batches && { batches: arrivedExpiries(l.batches, received) }),
        };
      }),
    } satisfies TransferReceived,
    'invalid-transfer',
    'Penerimaan mutasi belum bisa disimpan',
  );
  if (!checked.ok) return checked;
  const receiving = checked.value;
  const movements = transferReceivedMovements(
    receiving,
    unitsOf(await db.products.bulkGet(transfer.lines.map((l) => l.productId))),
  );
  try {
    await commitDocuments(db, {
      receiptDate: null,
      stores: ['transfersReceived', 'incomingTransfers', ...LEDGER_STORES],
      plan: () => ({
        writes: [
          { op: 'add', store: 'transfersReceived', value: receiving },
          { op: 'delete', store: 'incomingTransfers', key: transfer.id },
          ...ledgerWrites(movements),
        ],
        events: [{ type: 'stock.transfer-received', occurredAt: receivedAt, payload: receiving }],
        result: null,
      }),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'ConstraintError') return problem('already-received', ALREADY);
    throw error;
  }
  return ok(receiving);
}
