/** What the terminal's IndexedDB tables hold, beside the domain's own documents (Product, Sale). */
import type { TerminalIdentity } from '../../domain/terminal';
import type { SyncEvent } from '../../sync/protocol/events';

/** A change in stock: negative when goods leave the shop. Weighed goods move in grams. */
export interface StockMovement {
  id: string;
  productId: string;
  saleId: string;
  reason: 'sale';
  /** Whole units, or grams when unit is 'g'. */
  quantity: number;
  unit: 'unit' | 'g';
  occurredAt: string;
}

/** An event waiting for the sync client: the protocol's event, keyed by its per-terminal seq. */
export type OutboxRow = SyncEvent;

/** Monotonic counters: receipt sequences per business date, the outbox seq. */
export interface CounterRow {
  name: string;
  value: number;
}

export type SettingRow = { key: 'terminal'; value: TerminalIdentity };
