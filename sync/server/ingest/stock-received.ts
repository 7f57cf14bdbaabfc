/**
 * 'stock.received': a receiving (penerimaan barang) in stock_documents, each line a batch with its
 * expiry (stock_batches) and a 'received' movement (./stock-ledger.ts); a product the province
 * does not know yet, proposed on the line, waits in proposed_products. Quarantined instead:
 * training receivings, a receiving the domain refuses (domain/stock/stock-checks.ts: no supplier, a
 * quantity that is not whole and positive, an expiry before the business date, a perishable
 * product without one), a line for a product neither in the catalog nor proposed, a total that is
 * not the sum of the lines' cost, a purchase order that is not the outlet's, a document id recorded
 * before, and a new product whose in-store code (prefix 21) is outside the till's own block or already
 * another product's (tillCodeProblems). A receiving against a purchase order adds what arrived to the
 * order's lines (more than ordered is kept as it came) and sets its status
 * (domain/supplier/purchase-order.ts), and the order moves in the outlet's purchase-orders stream.
 */
import { tillCodeBlock, tillOfArticleCode } from '#domain/catalog/barcode';
import { sum } from '#domain/money';
import { stockValue } from '#domain/stock/quantity';
import { checkReceiving } from '#domain/stock/stock-checks';
import { stockDelta } from '#domain/stock/stock-reason';
import type { SoldBy } from '#domain/catalog/product';
import type { SyncEventOf } from '#sync/protocol/events';
import { orderStatus, type ReceivedLine } from '#domain/supplier/purchase-order';
import type { Queryable } from '../db/database';
import type { WriteTx } from '../streams/change-log';
import type { Insertable } from '../db/insert-rows';
import type { EventHandler } from './handler';
import { onceOnly, storedIds } from './documents';
import { duplicateReason, stockDocumentRow, knownProducts, unknownProductReason } from './stock-documents';
import { recordMovements } from './stock-ledger';
import { trainingReason } from './training';

export const stockReceived: EventHandler<'stock.received'> = {
  owner: (event) => ({ outletId: event.payload.outletId, terminalId: event.payload.terminalId }),
  datedAt: (event) => ({ receivedAt: event.payload.receivedAt }),
  shiftId: () => null,

  async problems(tx, events) {
    const receivings = events.map((e) => e.payload);
    const products = await knownProducts(
      tx,
      receivings.flatMap((r) => r.lines.map((l) => l.productId)),
    );
    const orders = await purchaseOrderOutlets(
      tx,
      receivings.flatMap((r) => (r.purchaseOrderId ? [r.purchaseOrderId] : [])),
    );
    const recorded = await storedIds(
      tx,
      'stock_documents',
      receivings.map((r) => r.id),
    );
    const codeProblems = await tillCodeProblems(tx, receivings);
    return receivings.map((receiving) => {
      const reasons: string[] = [];
      if (receiving.training) reasons.push(trainingReason('receiving'));
      if (receiving.purchaseOrderId && orders.get(receiving.purchaseOrderId) !== receiving.outletId)
        reasons.push(`purchase order ${receiving.purchaseOrderId} is not one of outlet ${receiving.outletId}'s`);
      const soldBy = new Map<string, SoldBy>();
      for (const line of receiving.lines) {
        const known = products.get(line.productId);
        if (known === undefined && line.newProduct === null)
          reasons.push(unknownProductReason(line.lineNo, line.productId));
        soldBy.set(line.productId, known?.soldBy ?? line.newProduct?.soldBy ?? 'unit');
      }
      const checked = checkReceiving({
        supplier: receiving.supplier,
        businessDate: receiving.businessDate,
        lines: receiving.lines.map((l) => ({
          name: l.name,
          quantity: l.quantity,
          unitCost: l.unitCost,
          expiry: l.expiry,
          perishable: products.get(l.productId)?.perishable ?? false,
        })),
      });
      if (!checked.ok) reasons.push(checked.error.message);
      const total = sum(receiving.lines.map((l) => stockValue(l.quantity, l.unitCost, soldBy.get(l.productId)!)));
      if (receiving.total !== total) reasons.push(`total ${receiving.total} should be ${total}, the sum of the lines`);
      reasons.push(...(codeProblems.get(receiving.id) ?? []));
      return onceOnly(reasons, recorded, receiving.id, duplicateReason(receiving.id));
    });
  },

  derivedRows: (events) => ({
    stock_documents: events.map(({ id, payload: r }) =>
      stockDocumentRow(id, 'received', r, r.receivedBy, {
        supplier: r.supplier,
        delivery_note: r.deliveryNote,
        total: r.total,
        purchase_order_id: r.purchaseOrderId ?? null,
      }),
    ),
    stock_batches: events.flatMap(({ payload: r }) =>
      r.lines.map((l): Insertable<'stock_batches'> => ({
        document_id: r.id,
        line_no: l.lineNo,
        outlet_id: r.outletId,
        product_id: l.productId,
        expiry: l.expiry,
        received: l.quantity,
        remaining: l.quantity,
        unit_cost: l.unitCost,
      })),
    ),
  }),

  async afterStored(tx, events) {
    await proposeProducts(tx, events);
    await receiveAgainstOrders(tx, events);
    await recordMovements(
      tx,
      events.flatMap(({ id, payload: r }) =>
        r.lines.map((l) => ({
          eventId: id,
          outletId: r.outletId,
          productId: l.productId,
          reason: 'received' as const,
          documentId: r.id,
          lineNo: l.lineNo,
          quantity: stockDelta('received', l.quantity),
          businessDate: r.businessDate,
        })),
      ),
    );
  },
};

async function purchaseOrderOutlets(tx: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; outlet_id: string }>(
    'SELECT id::text, outlet_id FROM purchase_orders WHERE id = ANY($1::uuid[])',
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.outlet_id]));
}

/** What arrived of each ordered product goes onto its order line; each order's status follows. */
async function receiveAgainstOrders(tx: WriteTx, events: readonly SyncEventOf<'stock.received'>[]): Promise<void> {
  const received = events.flatMap(({ payload: r }) =>
    r.purchaseOrderId
      ? r.lines.map((l) => ({ order: r.purchaseOrderId!, product: l.productId, quantity: l.quantity }))
      : [],
  );
  if (received.length === 0) return;
  await tx.query(
    `UPDATE purchase_order_lines l SET received = l.received + r.quantity
     FROM (SELECT order_id, product_id, sum(quantity) AS quantity
           FROM unnest($1::uuid[], $2::text[], $3::bigint[]) AS r (order_id, product_id, quantity)
           GROUP BY order_id, product_id) r
     WHERE l.order_id = r.order_id AND l.product_id = r.product_id`,
    [received.map((r) => r.order), received.map((r) => r.product), received.map((r) => r.quantity)],
  );
  const orders = [...new Set(received.map((r) => r.order))];
  const { rows } = await tx.query<{ id: string; outlet_id: string; lines: ReceivedLine[] }>(
    `SELECT o.id::text, o.outlet_id, json_agg(json_build_object('quantity', l.quantity, 'received', l.received)) AS lines
     FROM purchase_orders o JOIN purchase_order_lines l ON l.order_id = o.id
     WHERE o.id = ANY($1::uuid[]) GROUP BY o.id`,
    [orders],
  );
  for (const order of rows) {
    await tx.query('UPDATE purchase_orders SET status = $2 WHERE id = $1', [order.id, orderStatus(order.lines)]);
    tx.changed('purchase-orders', order.outlet_id, [order.id]);
  }
}

/** New products received at an outlet, kept once each (the first receiving names them) for the province. */
async function proposeProducts(tx: Queryable, events: readonly SyncEventOf<'stock.received'>[]): Promise<void> {
  const rows = events.flatMap(({ payload: r }) =>
    r.lines.flatMap(({ productId, newProduct: p }): Insertable<'proposed_products'>[] =>
      p === null
        ? []
        : [
            {
              id: productId,
              outlet_id: r.outletId,
              document_id: r.id,
              barcode: p.barcode,
              name: p.name,
              proposed_price: p.proposedPrice,
              sold_by: p.soldBy,
              category: p.category,
              unit: p.unit,
            },
          ],
    ),
  );
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO proposed_products SELECT * FROM json_populate_recordset(NULL::proposed_products, $1) ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/**
 * In-store codes (prefix 21) a till minted for new products: each must be of the till's own block
 * (its outlet's code_block, its number) and no other product's, in the catalog or proposed — so
 * two tills never hand one code to two products (domain/catalog/barcode.ts, TillCodeBlock).
 */
async function tillCodeProblems(
  tx: Queryable,
  receivings: readonly SyncEventOf<'stock.received'>['payload'][],
): Promise<Map<string, string[]>> {
  const minted = receivings.flatMap((r) =>
    r.lines.flatMap((l) =>
      l.newProduct?.barcode && tillOfArticleCode(l.newProduct.barcode)
        ? [{ receiving: r, line: l, code: l.newProduct.barcode }]
        : [],
    ),
  );
  const problems = new Map<string, string[]>();
  if (minted.length === 0) return problems;
  const { rows: blocks } = await tx.query<{ id: string; code_block: number }>(
    'SELECT id, code_block FROM outlets WHERE id = ANY($1::text[])',
    [[...new Set(minted.map((m) => m.receiving.outletId))]],
  );
  const outletBlock = new Map(blocks.map((b) => [b.id, b.code_block]));
  const { rows: holders } = await tx.query<{ id: string; barcode: string }>(
    `SELECT id, barcode FROM products WHERE barcode = ANY($1::text[])
     UNION ALL SELECT id, barcode FROM proposed_products WHERE barcode = ANY($1::text[])`,
    [minted.map((m) => m.code)],
  );
  const mintedBy = new Map<string, string>();
  for (const { receiving, line, code } of minted) {
    const reasons: string[] = [];
    const own = tillCodeBlock(outletBlock.get(receiving.outletId), receiving.terminalId);
    const block = tillOfArticleCode(code)!;
    if (own === null || own.outlet !== block.outlet || own.till !== block.till)
      reasons.push(`line ${line.lineNo}: in-store code ${code} is not of terminal ${receiving.terminalId}'s own block`);
    const holder = holders.find((h) => h.barcode === code && h.id !== line.productId)?.id ?? mintedBy.get(code);
    if (holder !== undefined && holder !== line.productId)
      reasons.push(`line ${line.lineNo}: in-store code ${code} is already product ${holder}'s`);
    mintedBy.set(code, line.productId);
    if (reasons.length > 0) problems.set(receiving.id, [...(problems.get(receiving.id) ?? []), ...reasons]);
  }
  return problems;
}
