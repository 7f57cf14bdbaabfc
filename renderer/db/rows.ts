/** What the terminal's IndexedDB tables hold, beside the domain's own documents (Product, Sale). */
import type { TerminalIdentity } from '../../domain/terminal';
import type { SyncEvent } from '../../sync/protocol/events';

/** A change in stock: negative when goods leave the shop, positive when a refund brings them back. Weighed goods move in grams. */
export type StockMovement = {
  id: string;
  productId: string;
  /** The sale the goods left with (for a refund, the original sale). */
  saleId: string;
  /** Whole units, or grams when unit is 'g'. */
  quantity: number;
  unit: 'unit' | 'g';
  occurredAt: string;
} & ({ reason: 'sale' } | { reason: 'refund'; refundId: string });

/** An event waiting for the sync client: the protocol's event, keyed by its per-terminal seq. */
export type OutboxRow = SyncEvent;

/** Monotonic counters: receipt sequences per business date, the outbox seq. */
export interface CounterRow {
  name: string;
  value: number;
}

export type SettingRow = { key: 'terminal'; value: TerminalIdentity };

/** The instants of one staff member's wrong PINs since their last successful login. */
export interface PinFailuresRow {
  staffId: string;
  failures: string[];
}
