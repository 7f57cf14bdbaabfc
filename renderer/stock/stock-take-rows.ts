/** A stock-take (stok opname) as the terminal keeps it while counting, and its counted lines. */
import type { SoldBy } from '#domain/catalog/product';
import type { StaffRef } from '#domain/staff/staff';
import type { StockTakeScope } from '#domain/stock/stock-take';

export type StockTakeStatus = 'open' | 'paused' | 'approved';

export interface StockTakeRow {
  id: string;
  status: StockTakeStatus;
  scope: StockTakeScope;
  startedAt: string;
  by: StaffRef;
  /** Set once approved (the stock.counted document is in stockCounts under the same id). */
  approvedAt?: string;
}

/** One product counted in a take: keyed [takeId+productId], written whole by each scan. */
export interface StockTakeLineRow {
  takeId: string;
  productId: string;
  name: string;
  soldBy: SoldBy;
  /** On hand when the product was first counted in this take. */
  expected: number;
  /** Units, or grams for weighed goods. */
  counted: number;
  firstCountedAt: string;
  lastCountedAt: string;
}

/** The approved count as it went to the province: the protocol's stock.counted payload. */
export type { StockCounted as StockCountRow } from '#sync/protocol/stock';
