/**
 * 'stock.transfer-sent' and 'stock.transfer-received': a transfer (mutasi) between two outlets,
 * each half from its own outlet's terminal, in either order, kept in stock_transfers and
 * stock_transfer_lines (sent and received per line: goods in transit are sent but not yet
 * received). The sending half takes 'transfer-out' movements from the sender's stock (earliest
 * expiry first) and keeps the expiries its terminal says left (sent_batches, for the destination's
 * terminals); the receiving half puts what arrived in as 'transfer-in' (differences stay visible
 * as sent ≠ received), and into stock_batches at the destination, a batch per expiry that arrived
 * (the sent expiries less a shortage, as the receiving terminal says). Quarantined instead:
 * training transfers, a transfer to the sending outlet (domain/stock/stock-checks.ts), to an outlet
 * the province does not know, a half recorded twice, a half naming other outlets than the other
 * half, and products the province has never heard of.
 * Each half marks the transfer changed in the destination's transfers-in stream
 * (streams/transfers-in.ts): its terminals learn of it, then that it was received.
 */
import { checkTransfer } from '#domain/stock/stock-checks';
import { stockDelta } from '#domain/stock/stock-reason';
import type { TransferBatch } from '#sync/protocol/stock';
import type { Queryable } from '../db/database';
import type { Insertable } from '../db/insert-rows';
import { onceOnly, storedIds } from './documents';
import type { EventHandler } from './handler';
import { duplicateReason, stockDocumentRow, knownProducts, unknownProductReason } from './stock-documents';
import { recordMovements } from './stock-ledger';
import { trainingReason } from './training';

interface StoredTransfer {
  id: string;
  from_outlet_id: string;
  to_outlet_id: string;
  sent: boolean;
  received: boolean;
}

async function storedTransfers(tx: Queryable, ids: readonly string[]): Promise<Map<string, StoredTransfer>> {
  const { rows } = await tx.query<StoredTransfer>(
    `SELECT t.id::text, t.from_outlet_id, t.to_outlet_id, t.sent_event_id IS NOT NULL AS sent, t.received_event_id IS NOT NULL AS received
     FROM unnest($1::uuid[]) AS k (id) JOIN stock_transfers t USING (id)`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

async function knownOutlets(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM outlets WHERE id = ANY($1::text[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

/** Reasons shared by both halves: the outlets it names, against each other and the other half. */
function routeProblems(
  half: { fromOutletId: string; toOutletId: string; lines: readonly { productId: string; lineNo: number }[] },
  stored: StoredTransfer | undefined,
  outlets: Set<string>,
  products: Map<string, unknown>,
): string[] {
  const reasons: string[] = [];
  const route = checkTransfer({ fromOutletId: half.fromOutletId, toOutletId: half.toOutletId, lines: [] });
  if (!route.ok && route.error.code === 'transfer-to-self') reasons.push(route.error.message);
  for (const outlet of [half.fromOutletId, half.toOutletId])
    if (!outlets.has(outlet)) reasons.push(`outlet ${outlet} is not known to the province`);
  if (stored && (stored.from_outlet_id !== half.fromOutletId || stored.to_outlet_id !== half.toOutletId))
    reasons.push(
      `the other half of transfer ${stored.id} goes from ${stored.from_outlet_id} to ${stored.to_outlet_id}`,
    );
  for (const line of half.lines)
    if (!products.has(line.productId)) reasons.push(unknownProductReason(line.lineNo, line.productId));
  return reasons;
}

/** Writes one half: the transfer's row (made by whichever half comes first) and its lines' side. */
async function upsertTransfer(
  tx: Queryable,
  transfer: Record<string, unknown>,
  lines: {
    transfer_id: string;
    line_no: number;
    product_id: string;
    name: string | null;
    sent: number | null;
    received: number | null;
    sent_batches: TransferBatch[] | null;
  }[],
  half: 'sent' | 'received',
): Promise<void> {
  const columns =
    half === 'sent'
      ? ['sent_event_id', 'sent_at', 'sent_date', 'sent_by_name']
      : ['received_event_id', 'received_at', 'received_date'];
  await tx.query(
    `INSERT INTO stock_transfers (id, from_outlet_id, to_outlet_id, ${columns.join(', ')})
     SELECT id, from_outlet_id, to_outlet_id, ${columns.join(', ')} FROM json_populate_record(NULL::stock_transfers, $1)
     ON CONFLICT (id) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
    [JSON.stringify(transfer)],
  );
  await tx.query(
    `INSERT INTO stock_transfer_lines SELECT * FROM json_populate_recordset(NULL::stock_transfer_lines, $1)
     ON CONFLICT (transfer_id, line_no) DO UPDATE SET ${half} = excluded.${half}${half === 'sent' ? ', name = excluded.name, sent_batches = excluded.sent_batches' : ''}`,
    [JSON.stringify(lines)],
  );
}

export const transferSent: EventHandler<'stock.transfer-sent'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ sentAt: event.payload.sentAt }),
  shiftId: () => null,

  async problems(tx, events) {
    const sent = events.map((e) => e.payload);
    const stored = await storedTransfers(
      tx,
      sent.map((t) => t.id),
    );
    const outlets = await knownOutlets(
      tx,
      sent.map((t) => t.toOutletId),
    );
    const products = await knownProducts(
      tx,
      sent.flatMap((t) => t.lines.map((l) => l.productId)),
    );
    const recorded = new Set([...stored.values()].filter((t) => t.sent).map((t) => t.id));
    return sent.map((t) => {
      const reasons = t.training ? [trainingReason('transfer')] : [];
      outlets.add(t.outletId);
      reasons.push(...routeProblems({ ...t, fromOutletId: t.outletId }, stored.get(t.id), outlets, products));
      return onceOnly(reasons, recorded, t.id, `transfer ${t.id} was already sent by another event`);
    });
  },

  derivedRows: () => ({}),

  async afterStored(tx, events) {
    for (const { id, payload: t } of events) {
      await upsertTransfer(
        tx,
        {
          id: t.id,
          from_outlet_id: t.outletId,
          to_outlet_id: t.toOutletId,
          sent_event_id: id,
          sent_at: t.sentAt,
          sent_date: t.businessDate,
          sent_by_name: t.sentBy.name,
        },
        t.lines.map((l) => ({
          transfer_id: t.id,
          line_no: l.lineNo,
          product_id: l.productId,
          name: l.name,
          sent: l.quantity,
          received: null,
          sent_batches: l.batches ?? null,
        })),
        'sent',
      );
      tx.changed('transfers-in', t.toOutletId, [t.id]);
    }
    await recordMovements(
      tx,
      events.flatMap(({ id, payload: t }) =>
        t.lines.map((l) => ({
          eventId: id,
          outletId: t.outletId,
          productId: l.productId,
          reason: 'transfer-out' as const,
          documentId: t.id,
          lineNo: l.lineNo,
          quantity: stockDelta('transfer-out', l.quantity),
          businessDate: t.businessDate,
        })),
      ),
    );
  },
};

export const transferReceived: EventHandler<'stock.transfer-received'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ receivedAt: event.payload.receivedAt }),
  shiftId: () => null,

  async problems(tx, events) {
    const received = events.map((e) => e.payload);
    const stored = await storedTransfers(
      tx,
      received.map((r) => r.transferId),
    );
    const outlets = await knownOutlets(
      tx,
      received.map((r) => r.fromOutletId),
    );
    const products = await knownProducts(
      tx,
      received.flatMap((r) => r.lines.map((l) => l.productId)),
    );
    const documents = await storedIds(
      tx,
      'stock_documents',
      received.map((r) => r.id),
    );
    const transfers = new Set([...stored.values()].filter((t) => t.received).map((t) => t.id));
    return received.map((r) => {
      const reasons = r.training ? [trainingReason('transfer')] : [];
      outlets.add(r.outletId);
      reasons.push(...routeProblems({ ...r, toOutletId: r.outletId }, stored.get(r.transferId), outlets, products));
      onceOnly(reasons, transfers, r.transferId, `transfer ${r.transferId} was already received by another event`);
      return onceOnly(reasons, documents, r.id, duplicateReason(r.id));
    });
  },

  derivedRows: (events) => ({
    stock_documents: events.map(({ id, payload: r }) => stockDocumentRow(id, 'transfer-received', r, r.receivedBy)),
    // Keyed by the receiving's own document; a line from a terminal that sent no expiries joins no batch.
    stock_batches: events.flatMap(({ payload: r }) =>
      r.lines.flatMap((l) =>
        (l.batches ?? []).map((b, batchNo): Insertable<'stock_batches'> => ({
          document_id: r.id,
          line_no: l.lineNo,
          batch_no: batchNo,
          outlet_id: r.outletId,
          product_id: l.productId,
          expiry: b.expiry,
          received: b.quantity,
          remaining: b.quantity,
          unit_cost: null,
        })),
      ),
    ),
  }),

  async afterStored(tx, events) {
    for (const { id, payload: r } of events) {
      await upsertTransfer(
        tx,
        {
          id: r.transferId,
          from_outlet_id: r.fromOutletId,
          to_outlet_id: r.outletId,
          received_event_id: id,
          received_at: r.receivedAt,
          received_date: r.businessDate,
        },
        r.lines.map((l) => ({
          transfer_id: r.transferId,
          line_no: l.lineNo,
          product_id: l.productId,
          name: null,
          sent: l.sent,
          received: l.received,
          sent_batches: null,
        })),
        'received',
      );
      tx.changed('transfers-in', r.outletId, [r.transferId]);
    }
    await recordMovements(
      tx,
      events.flatMap(({ id, payload: r }) =>
        r.lines.map((l) => ({
          eventId: id,
          outletId: r.outletId,
          productId: l.productId,
          reason: 'transfer-in' as const,
          documentId: r.transferId,
          lineNo: l.lineNo,
          quantity: stockDelta('transfer-in', l.received),
          businessDate: r.businessDate,
        })),
      ),
    );
  },
};
