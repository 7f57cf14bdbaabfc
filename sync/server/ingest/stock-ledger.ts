/**
 * The province's kartu stok: every sound document's movements go into stock_movements, their sum
 * per outlet and product into stock_levels, and what leaves the shelf out of the received batches,
 * earliest expiry first (domain/stock/fefo.ts). A take no batch holds is left to the ledger, which
 * goes negative: a sale is never refused for stock. Goods coming back (refunds, a count's surplus)
 * join no batch: batches hold what a receiving dated and what a transfer brought with the expiries
 * its sender's terminal sent (./stock-transfers.ts).
 *
 * Several terminals of an outlet push at once, and a batch mixes runs of sales with other events,
 * so the levels and batches (rows those terminals share) are written once per batch, at its end, in
 * key order (settleStock): a run at a time, two batches would lock the same products in different
 * orders and deadlock over and over.
 */
import { takeFefo, type StockBatch } from '#domain/stock/fefo';
import type { StockReason } from '#domain/stock/stock-reason';
import type { Queryable } from '../db/database';
import { insertRows, type Insertable } from '../db/insert-rows';
import type { WriteTx } from '../streams/change-log';

export interface Movement {
  eventId: string;
  outletId: string;
  productId: string;
  reason: StockReason;
  documentId: string;
  lineNo: number;
  /** Signed: negative when goods leave (domain/stock/stock-reason.ts stockDelta). */
  quantity: number;
  businessDate: string;
}

/** The movements of the batch in each open transaction, for its end. */
const unsettled = new WeakMap<Queryable, Movement[]>();

/**
 * Adds the movements to the ledger; their levels and batches follow at the batch's end (settleStock).
 * A movement of nothing is left out, except goods refunded damaged: their row of 0 is the record.
 */
export async function recordMovements(tx: Queryable, movements: readonly Movement[]): Promise<void> {
  const recorded = movements.filter((m) => m.quantity !== 0 || m.reason === 'refund-damaged');
  if (recorded.length === 0) return;
  await insertRows(tx, {
    stock_movements: recorded.map((m): Insertable<'stock_movements'> => ({
      event_id: m.eventId,
      outlet_id: m.outletId,
      product_id: m.productId,
      reason: m.reason,
      document_id: m.documentId,
      line_no: m.lineNo,
      quantity: m.quantity,
      business_date: m.businessDate,
    })),
  });
  unsettled.set(tx, [...(unsettled.get(tx) ?? []), ...recorded.filter((m) => m.quantity !== 0)]);
}

/** At the end of a batch: the levels and batches of every movement it recorded, in key order. */
export async function settleStock(tx: WriteTx): Promise<void> {
  const moved = unsettled.get(tx) ?? [];
  unsettled.delete(tx);
  if (moved.length === 0) return;
  await addLevels(tx, moved);
  await takeFromBatches(
    tx,
    moved.filter((m) => m.quantity < 0),
  );
}

const keyOf = (m: { outletId: string; productId: string }) => `${m.outletId}\u0000${m.productId}`;

/** The levels, and each outlet's changed products for its tills' outlet-stock stream. */
async function addLevels(tx: WriteTx, movements: readonly Movement[]): Promise<void> {
  const sums = new Map<string, { outletId: string; productId: string; quantity: number }>();
  for (const m of movements) {
    const key = keyOf(m);
    const sum = sums.get(key) ?? { outletId: m.outletId, productId: m.productId, quantity: 0 };
    sum.quantity += m.quantity;
    sums.set(key, sum);
  }
  const sorted = [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, s]) => s);
  await tx.query(
    `INSERT INTO stock_levels (outlet_id, product_id, on_hand)
     SELECT o, p, q FROM unnest($1::text[], $2::text[], $3::bigint[]) WITH ORDINALITY AS k (o, p, q, n) ORDER BY n
     ON CONFLICT (outlet_id, product_id) DO UPDATE SET on_hand = stock_levels.on_hand + excluded.on_hand`,
    [sorted.map((s) => s.outletId), sorted.map((s) => s.productId), sorted.map((s) => s.quantity)],
  );
  for (const s of sorted) tx.changed('outlet-stock', s.outletId, [s.productId]);
}

interface BatchRow {
  document_id: string;
  line_no: number;
  batch_no: number;
  outlet_id: string;
  product_id: string;
  expiry: string | null;
  remaining: string;
}

async function takeFromBatches(tx: Queryable, leaving: readonly Movement[]): Promise<void> {
  if (leaving.length === 0) return;
  const keys = [...new Set(leaving.map(keyOf))].sort();
  const { rows } = await tx.query<BatchRow>(
    `SELECT b.document_id::text, b.line_no, b.batch_no, b.outlet_id, b.product_id, to_char(b.expiry, 'YYYY-MM-DD') AS expiry, b.remaining::text
     FROM unnest($1::text[], $2::text[]) AS k (outlet_id, product_id)
     JOIN stock_batches b ON b.outlet_id = k.outlet_id AND b.product_id = k.product_id AND b.remaining > 0
     ORDER BY b.outlet_id, b.product_id, b.document_id, b.line_no, b.batch_no
     FOR UPDATE OF b`,
    [keys.map((k) => k.split('\u0000')[0]), keys.map((k) => k.split('\u0000')[1])],
  );
  const batches = new Map<string, StockBatch<BatchRow>[]>();
  for (const row of rows) {
    const key = keyOf({ outletId: row.outlet_id, productId: row.product_id });
    const list = batches.get(key) ?? [];
    list.push({ key: row, expiry: row.expiry as StockBatch<BatchRow>['expiry'], remaining: Number(row.remaining) });
    batches.set(key, list);
  }
  const changed = new Set<StockBatch<BatchRow>>();
  for (const m of leaving) {
    const list = batches.get(keyOf(m)) ?? [];
    for (const take of takeFefo(list, -m.quantity).takes) {
      const batch = list.find((b) => b.key === take.key)!;
      batch.remaining -= take.quantity;
      changed.add(batch);
    }
  }
  if (changed.size === 0) return;
  const updates = [...changed];
  await tx.query(
    `UPDATE stock_batches b SET remaining = u.remaining
     FROM unnest($1::uuid[], $2::integer[], $3::integer[], $4::bigint[]) AS u (document_id, line_no, batch_no, remaining)
     WHERE b.document_id = u.document_id AND b.line_no = u.line_no AND b.batch_no = u.batch_no`,
    [
      updates.map((b) => b.key.document_id),
      updates.map((b) => b.key.line_no),
      updates.map((b) => b.key.batch_no),
      updates.map((b) => b.remaining),
    ],
  );
}
