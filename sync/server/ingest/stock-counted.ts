/**
 * 'stock.counted': an approved stock-take (stok opname) in stock_documents, each line whose count
 * differs from what the terminal's ledger expected a 'counted' movement of counted − expected (the
 * terminal's expected already holds the sales made during the count, so none is counted twice).
 * Quarantined instead: training counts, a stock-take approved twice (its id recorded before), a
 * product counted on two lines, and a product the province has never heard of.
 */
import { stockDelta } from '#domain/stock/stock-reason';
import { onceOnly, storedIds } from './documents';
import type { EventHandler } from './handler';
import { duplicateReason, stockDocumentRow, knownProducts, unknownProductReason } from './stock-documents';
import { recordMovements } from './stock-ledger';
import { trainingReason } from './training';

export const stockCounted: EventHandler<'stock.counted'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ startedAt: event.payload.startedAt, approvedAt: event.payload.approvedAt }),
  shiftId: () => null,

  async problems(tx, events) {
    const counts = events.map((e) => e.payload);
    const products = await knownProducts(
      tx,
      counts.flatMap((c) => c.lines.map((l) => l.productId)),
    );
    const recorded = await storedIds(
      tx,
      'stock_documents',
      counts.map((c) => c.id),
    );
    return counts.map((count) => {
      const reasons: string[] = [];
      if (count.training) reasons.push(trainingReason('stock-take'));
      const seen = new Set<string>();
      count.lines.forEach((line, index) => {
        if (!products.has(line.productId)) reasons.push(unknownProductReason(index + 1, line.productId));
        if (seen.has(line.productId)) reasons.push(`line ${index + 1}: product ${line.productId} is counted twice`);
        seen.add(line.productId);
      });
      if (count.approvedAt < count.startedAt) reasons.push('the stock-take was approved before it started');
      return onceOnly(reasons, recorded, count.id, duplicateReason(count.id));
    });
  },

  derivedRows: (events) => ({
    stock_documents: events.map(({ id, payload: c }) =>
      stockDocumentRow(id, 'counted', c, c.approvedBy, { category: c.category }),
    ),
  }),

  afterStored: (tx, events) =>
    recordMovements(
      tx,
      events.flatMap(({ id, payload: c }) =>
        c.lines.map((l, index) => ({
          eventId: id,
          outletId: c.outletId,
          productId: l.productId,
          reason: 'counted' as const,
          documentId: c.id,
          // Lines of a count have no numbers of their own: their place in the document.
          lineNo: index + 1,
          quantity: stockDelta('counted', l.counted - l.expected),
          businessDate: c.businessDate,
        })),
      ),
    ),
};
