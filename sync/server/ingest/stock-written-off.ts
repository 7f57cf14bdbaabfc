/**
 * 'stock.written-off': a write-off (stok terbuang: rusak, kedaluwarsa, hilang) approved by a
 * manager, in stock_documents, each line a 'written-off' movement taken from the batches earliest
 * expiry first (./stock-ledger.ts). Quarantined instead: training write-offs, a line for a product
 * the province has never heard of, and a document id recorded before.
 */
import { stockDelta } from '#domain/stock/stock-reason';
import { onceOnly, storedIds } from './documents';
import type { EventHandler } from './handler';
import { duplicateReason, stockDocumentRow, knownProducts, unknownProductReason } from './stock-documents';
import { recordMovements } from './stock-ledger';
import { trainingReason } from './training';

export const stockWrittenOff: EventHandler<'stock.written-off'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ writtenOffAt: event.payload.writtenOffAt }),
  shiftId: () => null,

  async problems(tx, events) {
    const documents = events.map((e) => e.payload);
    const products = await knownProducts(
      tx,
      documents.flatMap((d) => d.lines.map((l) => l.productId)),
    );
    const recorded = await storedIds(
      tx,
      'stock_documents',
      documents.map((d) => d.id),
    );
    return documents.map((d) => {
      const reasons: string[] = [];
      if (d.training) reasons.push(trainingReason('write-off'));
      for (const line of d.lines)
        if (!products.has(line.productId)) reasons.push(unknownProductReason(line.lineNo, line.productId));
      return onceOnly(reasons, recorded, d.id, duplicateReason(d.id));
    });
  },

  derivedRows: (events) => ({
    stock_documents: events.map(({ id, payload: d }) =>
      stockDocumentRow(id, 'written-off', d, d.approvedBy, { write_off_reason: d.reason }),
    ),
  }),

  afterStored: (tx, events) =>
    recordMovements(
      tx,
      events.flatMap(({ id, payload: d }) =>
        d.lines.map((l) => ({
          eventId: id,
          outletId: d.outletId,
          productId: l.productId,
          reason: 'written-off' as const,
          documentId: d.id,
          lineNo: l.lineNo,
          quantity: stockDelta('written-off', l.quantity),
          businessDate: d.businessDate,
        })),
      ),
    ),
};
