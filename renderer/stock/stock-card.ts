/**
 * The kartu stok of one product: every movement, newest first, a page at a time, with the document
 * it came from and the balance after it. The balance is counted back from the stock level (on hand
 * now): each page starts from where the newer page left off, so a page reads only its own
 * movements through the [productId+occurredAt] index (version 11), however long the ledger.
 * The 28 days' sales behind the replenishment suggestion are read through the same index.
 */
import Dexie from 'dexie';
import type { Product } from '#domain/catalog/product';
import { SALES_WINDOW_DAYS, daysOfCover, replenishment } from '#domain/stock/replenishment';
import { addDays, businessDate, businessDateRange } from '#domain/wita';
import type { PosDatabase } from '../db/database';
import type { StockMovement } from '../db/rows';
import { readOutlets } from './outlets';
import { minimumOf } from './stock-figure';

export const STOCK_CARD_PAGE = 50;

export const REASON_LABEL: Record<StockMovement['reason'], string> = {
  sale: 'Penjualan',
  refund: 'Refund',
  'refund-damaged': 'Refund rusak (tidak kembali ke stok)',
  'written-off': 'Stok terbuang',
  counted: 'Stok opname',
  received: 'Penerimaan barang',
  'transfer-out': 'Mutasi keluar',
  'transfer-in': 'Mutasi masuk',
};

export interface StockCardRow {
  id: string;
  occurredAt: string;
  reason: StockMovement['reason'];
  /** The document: receipt number, supplier and delivery note, the other outlet. */
  reference: string;
  /** Units or grams in; null for a movement out. */
  in: number | null;
  out: number | null;
  /** On hand right after this movement. */
  balance: number;
  /** A received batch's expiry date. */
  expiry: string | null;
}

/** Where the next (older) page starts: before this instant, past the movements at it already shown. */
export interface StockCardCursor {
  before: string;
  shown: string[];
  /** On hand after the next page's newest movement. */
  balance: number;
}

export interface StockCardPage {
  rows: StockCardRow[];
  /** null on the oldest page. */
  older: StockCardCursor | null;
}

/** The page after `cursor` (the newest page without one). */
export async function stockCardPage(
  db: PosDatabase,
  productId: string,
  cursor: StockCardCursor | null,
  size = STOCK_CARD_PAGE,
): Promise<StockCardPage> {
  const shown = new Set(cursor?.shown ?? []);
  const found = await db.stockMovements
    .where('[productId+occurredAt]')
    .between([productId, Dexie.minKey], [productId, cursor?.before ?? Dexie.maxKey], true, true)
    .reverse()
    .limit(size + shown.size + 1)
    .toArray();
  const fresh = found.filter((m) => !shown.has(m.id));
  const movements = fresh.slice(0, size);
  let balance = cursor ? cursor.balance : ((await db.stockLevels.get(productId))?.onHand ?? 0);
  const references = await referencesOf(db, movements);
  const rows = movements.map((m): StockCardRow => {
    const row: StockCardRow = {
      id: m.id,
      occurredAt: m.occurredAt,
      reason: m.reason,
      reference: references.get(m.id) ?? '',
      in: m.quantity > 0 ? m.quantity : null,
      out: m.quantity < 0 ? -m.quantity : null,
      balance,
      expiry: m.reason === 'received' ? m.expiry : null,
    };
    balance -= m.quantity;
    return row;
  });
  const last = movements.at(-1);
  if (fresh.length <= size || !last) return { rows, older: null };
  const sameInstant = movements.filter((m) => m.occurredAt === last.occurredAt).map((m) => m.id);
  return {
    rows,
    older: {
      before: last.occurredAt,
      shown: last.occurredAt === cursor?.before ? [...shown, ...sameInstant] : sameInstant,
      balance,
    },
  };
}

/** Each movement's document as the card names it, read a page at a time. */
async function referencesOf(db: PosDatabase, movements: readonly StockMovement[]): Promise<Map<string, string>> {
  const ids = (reason: StockMovement['reason']) => movements.filter((m) => m.reason === reason).map(documentOf);
  const [sales, refunds, receipts, sent, received, outlets] = await Promise.all([
    db.sales.bulkGet(ids('sale')),
    db.refunds.bulkGet(ids('refund')),
    db.stockReceipts.bulkGet(ids('received')),
    db.transfersSent.bulkGet(ids('transfer-out')),
    db.transfersReceived.where('transferId').anyOf(ids('transfer-in')).toArray(),
    readOutlets(db),
  ]);
  const outletName = (id: string) => outlets.find((o) => o.id === id)?.name ?? id;
  const byId = new Map<string, string>();
  for (const s of sales) if (s) byId.set(s.id, `Struk ${s.receiptNo}`);
  for (const r of refunds) if (r) byId.set(r.id, `${r.receiptNo} (struk ${r.originalReceiptNo})`);
  for (const r of receipts) if (r) byId.set(r.id, `${r.supplier} · surat jalan ${r.deliveryNote || '-'}`);
  for (const t of sent) if (t) byId.set(t.id, `ke ${outletName(t.toOutletId)}`);
  for (const t of received) byId.set(t.transferId, `dari ${outletName(t.fromOutletId)}`);
  return new Map(movements.map((m) => [m.id, byId.get(documentOf(m)) ?? '']));
}

/** The document a movement came from: the sale, the refund, the receiving or the transfer. */
function documentOf(m: StockMovement): string {
  if (m.reason === 'sale') return m.saleId;
  if (m.reason === 'refund' || m.reason === 'refund-damaged') return m.refundId;
  return m.documentId;
}

/**
 * Stock sold over the last 28 WITA business days, today included, net of refunds: the province's
 * report counts the same days (sync/server/reports/stock-report.ts).
 */
export async function soldInWindow(db: PosDatabase, productId: string, now: Date): Promise<number> {
  const since = businessDateRange(addDays(businessDate(now), 1 - SALES_WINDOW_DAYS)).start.toISOString();
  let sold = 0;
  await db.stockMovements
    .where('[productId+occurredAt]')
    .between([productId, since], [productId, Dexie.maxKey], true, true)
    .each((m) => {
      if (m.reason === 'sale' || m.reason === 'refund') sold -= m.quantity;
    });
  return sold;
}

export interface ReplenishmentFigures {
  onHand: number;
  minimum: number;
  /** Sold in the last 28 days, net of refunds. */
  sold: number;
  /** On its way here: transfers sent to this outlet, not received yet. */
  incoming: number;
  daysOfCover: number | null;
  suggested: number;
}

/** What the Stok screen and the kartu stok say of a product's replenishment (domain/stock/replenishment.ts). */
export async function replenishmentFigures(
  db: PosDatabase,
  product: Pick<Product, 'id' | 'minimumStock' | 'soldBy'>,
  leadTimeDays: number,
  now: Date,
): Promise<ReplenishmentFigures> {
  const [level, sold, transfers] = await Promise.all([
    db.stockLevels.get(product.id),
    soldInWindow(db, product.id, now),
    db.incomingTransfers.toArray(),
  ]);
  const onHand = level?.onHand ?? 0;
  const minimum = minimumOf(product);
  const incoming = transfers
    .flatMap((t) => t.lines)
    .filter((l) => l.productId === product.id)
    .reduce((n, l) => n + l.quantity, 0);
  return {
    onHand,
    minimum,
    sold,
    incoming,
    daysOfCover: daysOfCover(onHand, sold),
    suggested: replenishment({ onHand, soldInWindow: sold, leadTimeDays, minimum, incoming }),
  };
}
