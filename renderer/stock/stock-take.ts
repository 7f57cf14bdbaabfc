/**
 * Stok opname on the terminal: a count is started (the whole outlet or a category), products are
 * scanned or typed into it (each scan one keyed read of its line and one put: cheap with thousands
 * counted), paused and resumed (the take and its lines live in IndexedDB, so a restart loses
 * nothing), reviewed (domain/stock/stock-take reconciles the sales made while counting) and, with a
 * manager's approval, booked: the stock.counted document, its 'counted' movements with the stock
 * levels, the take marked approved, the event and the report's print job in one commit.
 */
import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { Product } from '#domain/catalog/product';
import { rupiah } from '#domain/money';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import { ok, problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import {
  checkApprovable,
  checkCountedQuantity,
  describeScope,
  inScope,
  reconcile,
  reviewStockTake,
  type SaleMovement,
  type StockTakeReview,
  type StockTakeScope,
} from '#domain/stock/stock-take';
import { MAX_STOCK_QUANTITY, stockCountedSchema, type StockCounted } from '#sync/protocol/stock';
import type { PosDatabase } from '../db/database';
import { outletInfo } from '../print/print-queue';
import { stockCountMovements, unitsOf } from './document-movements';
import { checkDocument, commitStockDocument, documentHead, weighedLinesOf } from './stock-document';
import type { StockTakeLineRow, StockTakeRow } from './stock-take-rows';

export const ALREADY_APPROVED = 'Stok opname ini sudah disetujui.';

/** The take being counted or paused, if any: one at a time. */
export function unfinishedStockTake(db: PosDatabase): Promise<StockTakeRow | undefined> {
  return db.stockTakes.where('status').anyOf('open', 'paused').first();
}

export async function startStockTake(
  db: PosDatabase,
  input: { by: StaffRef; scope: StockTakeScope; now: Date },
): Promise<Result<StockTakeRow>> {
  if (input.scope.kind === 'category' && input.scope.category.trim() === '')
    return problem('missing-category', 'Pilih kategori yang dihitung.');
  const take: StockTakeRow = {
    id: uuidv7(),
    status: 'open',
    scope: input.scope,
    startedAt: input.now.toISOString(),
    by: input.by,
  };
  return db.transaction('rw', db.stockTakes, async () => {
    const unfinished = await unfinishedStockTake(db);
    if (unfinished)
      return problem(
        'take-unfinished',
        `Stok opname ${describeScope(unfinished.scope).toLowerCase()} belum selesai: lanjutkan atau setujui dulu.`,
      );
    await db.stockTakes.add(take);
    return ok(take);
  });
}

/** The take's counted lines, in the key's order. */
export function stockTakeLines(db: PosDatabase, takeId: string): Promise<StockTakeLineRow[]> {
  return db.stockTakeLines
    .where('[takeId+productId]')
    .between([takeId, Dexie.minKey], [takeId, Dexie.maxKey])
    .toArray();
}

function notCounting(take: StockTakeRow | undefined): Result<never> | null {
  if (!take) return problem('no-take', 'Stok opname tidak ditemukan.');
  if (take.status === 'approved') return problem('already-approved', ALREADY_APPROVED);
  if (take.status === 'paused') return problem('take-paused', 'Stok opname sedang dijeda: lanjutkan dulu.');
  return null;
}

/** A product's line at its first count: what the ledger has on hand now is what the count expects. */
function firstCount(
  takeId: string,
  product: Pick<Product, 'id' | 'name' | 'soldBy'>,
  expected: number,
  counted: number,
  at: string,
): StockTakeLineRow {
  const { id: productId, name, soldBy } = product;
  return { takeId, productId, name, soldBy, expected, counted, firstCountedAt: at, lastCountedAt: at };
}

export interface CountInput {
  takeId: string;
  product: Pick<Product, 'id' | 'name' | 'soldBy' | 'category'>;
  /** Units, or grams for weighed goods. */
  quantity: number;
  /** 'add' for a scan (one more found), 'set' for a count typed over the line. */
  mode: 'add' | 'set';
  now: Date;
}

/**
 * One product counted: its line written whole. The first count of a product in this take records
 * the ledger's on hand as its expected quantity, in the same transaction, so a sale committed
 * around it falls on one side or the other.
 */
export async function countProduct(db: PosDatabase, input: CountInput): Promise<Result<StockTakeLineRow>> {
  const { product } = input;
  const quantity = checkCountedQuantity(input.quantity, product.soldBy);
  if (!quantity.ok)
    return { ok: false, error: { ...quantity.error, message: `${product.name}: ${quantity.error.message}` } };
  if (input.mode === 'add' && quantity.value === 0) return problem('invalid-quantity', 'Jumlah harus lebih dari nol.');
  const at = input.now.toISOString();
  return db.transaction('rw', [db.stockTakes, db.stockTakeLines, db.stockLevels], async () => {
    const take = await db.stockTakes.get(input.takeId);
    const refused = notCounting(take);
    if (refused) return refused;
    if (!inScope(product, take!.scope))
      return problem(
        'out-of-scope',
        `${product.name} (kategori ${product.category}) tidak termasuk ${describeScope(take!.scope).toLowerCase()}.`,
      );
    const line = await db.stockTakeLines.get([input.takeId, product.id]);
    const counted = input.mode === 'add' ? (line?.counted ?? 0) + quantity.value : quantity.value;
    if (counted > MAX_STOCK_QUANTITY) return problem('invalid-quantity', `${product.name}: jumlah terlalu besar.`);
    const next: StockTakeLineRow = line
      ? { ...line, counted, lastCountedAt: at }
      : firstCount(input.takeId, product, (await db.stockLevels.get(product.id))?.onHand ?? 0, counted, at);
    await db.stockTakeLines.put(next);
    return ok(next);
  });
}

/** Products nobody counted, marked as found nowhere: counted zero, expected their on hand now. */
export async function markNotCountedZero(
  db: PosDatabase,
  takeId: string,
  products: readonly Pick<Product, 'id' | 'name' | 'soldBy'>[],
  now: Date,
): Promise<Result<StockTakeLineRow[]>> {
  const at = now.toISOString();
  return db.transaction('rw', [db.stockTakes, db.stockTakeLines, db.stockLevels], async () => {
    const refused = notCounting(await db.stockTakes.get(takeId));
    if (refused) return refused;
    const levels = await db.stockLevels.bulkGet(products.map((p) => p.id));
    const lines = products.map((p, i) => firstCount(takeId, p, levels[i]?.onHand ?? 0, 0, at));
    await db.stockTakeLines.bulkPut(lines);
    return ok(lines);
  });
}

/** Pause (the register goes on; the count waits in the database) or resume. */
export async function setStockTakeStatus(
  db: PosDatabase,
  takeId: string,
  status: 'open' | 'paused',
): Promise<Result<StockTakeRow>> {
  return db.transaction('rw', db.stockTakes, async () => {
    const take = await db.stockTakes.get(takeId);
    if (!take) return problem('no-take', 'Stok opname tidak ditemukan.');
    if (take.status === 'approved') return problem('already-approved', ALREADY_APPROVED);
    const next = { ...take, status };
    await db.stockTakes.put(next);
    return ok(next);
  });
}

/** The smallest UUIDv7 of a millisecond: movements' ids are UUIDv7, so those since then are a key range. */
export function firstUuidAt(iso: string): string {
  const hex = Date.parse(iso).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8)}-7000-8000-000000000000`;
}

/** Sales and refunds of the counted products since the take started, by product: one key range read. */
async function salesSince(db: PosDatabase, startedAt: string, productIds: ReadonlySet<string>) {
  const byProduct = new Map<string, SaleMovement[]>();
  await db.stockMovements
    .where('id')
    .aboveOrEqual(firstUuidAt(startedAt))
    .each((m) => {
      if ((m.reason !== 'sale' && m.reason !== 'refund') || !productIds.has(m.productId)) return;
      const list = byProduct.get(m.productId) ?? [];
      list.push({ occurredAt: m.occurredAt, quantity: m.quantity });
      byProduct.set(m.productId, list);
    });
  return byProduct;
}

export interface LoadedReview {
  take: StockTakeRow;
  review: StockTakeReview;
}

/** The review of a take: each counted product reconciled, valued at its selling price, and what was not counted. */
export async function loadStockTakeReview(db: PosDatabase, takeId: string): Promise<Result<LoadedReview>> {
  const take = await db.stockTakes.get(takeId);
  if (!take) return problem('no-take', 'Stok opname tidak ditemukan.');
  const [lines, products] = await Promise.all([stockTakeLines(db, takeId), db.products.toArray()]);
  const byId = new Map(products.map((p) => [p.id, p]));
  const sales = await salesSince(db, take.startedAt, new Set(lines.map((l) => l.productId)));
  const reviewed = lines.map((line) => {
    const known = byId.get(line.productId);
    const product = {
      id: line.productId,
      name: line.name,
      soldBy: line.soldBy,
      unit: known?.unit ?? '',
      price: known?.price ?? rupiah(0),
    };
    return { product, ...reconcile(line, sales.get(line.productId) ?? []) };
  });
  const scoped = products.filter((p) => p.active && inScope(p, take.scope));
  return ok({ take, review: reviewStockTake(reviewed, scoped) });
}

export interface ApproveInput {
  identity: TerminalIdentity;
  takeId: string;
  approvedBy: StaffRef;
  now: Date;
}

/**
 * Books an approved take. A take approved before (here or in another window a moment ago) is
 * refused with ALREADY_APPROVED and nothing is booked: the stockCounts row is added, never put.
 */
export async function approveStockTake(
  db: PosDatabase,
  input: ApproveInput,
): Promise<Result<{ count: StockCounted; review: StockTakeReview; weighedLines: number[] }>> {
  if (await db.stockCounts.get(input.takeId)) return problem('already-approved', ALREADY_APPROVED);
  const loaded = await loadStockTakeReview(db, input.takeId);
  if (!loaded.ok) return loaded;
  const { take, review } = loaded.value;
  if (take.status === 'approved') return problem('already-approved', ALREADY_APPROVED);
  const approvable = checkApprovable(review.lines.length);
  if (!approvable.ok) return approvable;
  const approvedAt = input.now.toISOString();
  const checkedCount = checkDocument(
    stockCountedSchema,
    {
      ...documentHead(input.identity, input.now, take.id),
      startedAt: take.startedAt,
      approvedAt,
      approvedBy: input.approvedBy,
      category: take.scope.kind === 'category' ? take.scope.category : null,
      lines: review.lines.map((l) => ({
        productId: l.product.id,
        name: l.product.name,
        expected: l.expected,
        counted: l.counted,
        unitValue: l.product.price,
      })),
    } satisfies StockCounted,
    'invalid-stock-take',
    'Stok opname belum bisa disetujui',
  );
  if (!checkedCount.ok) return checkedCount;
  const count = checkedCount.value;
  const weighedLines = weighedLinesOf(review.lines);
  try {
    await commitStockDocument(db, {
      store: 'stockCounts',
      document: count,
      movements: stockCountMovements(count, unitsOf(review.lines.map((l) => l.product))),
      print: {
        kind: 'stock-take-report',
        count,
        outlet: outletInfo(input.identity),
        weighedLines,
        notCounted: review.notCounted.length,
      },
      event: { type: 'stock.counted', occurredAt: approvedAt, payload: count },
      also: {
        stores: ['stockTakes'],
        writes: [
          { op: 'put', store: 'stockTakes', value: { ...take, status: 'approved', approvedAt } satisfies StockTakeRow },
        ],
        events: [],
      },
      measure: 'pos:stock-take-approve',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'ConstraintError')
      return problem('already-approved', ALREADY_APPROVED);
    throw error;
  }
  return ok({ count, review, weighedLines });
}
