/** What the terminal's IndexedDB tables hold, beside the domain's own documents (Product, Sale). */
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { WriteOffReason } from '#domain/stock/stock-reason';
import type { AckRecord } from '#sync/client/records';
import type { SyncEvent } from '#sync/protocol/events';
import type { StreamName } from '#sync/protocol/messages';
import type {
  AsnRosterItem,
  AsnTotalItem,
  PurchaseOrderItem,
  SettingItem,
  StreamItem,
  TransferInItem,
} from '#sync/protocol/streams';

/**
 * One line of the stock ledger (kartu stok): immutable, negative when goods leave the shelf, positive
 * when they arrive. Weighed goods move in grams. Stock on hand is the sum, kept per product in
 * `StockLevel` by the same transaction that adds the movement.
 */
export type StockMovement = {
  id: string;
  productId: string;
  /** Whole units, or grams when unit is 'g'. */
  quantity: number;
  unit: 'unit' | 'g';
  occurredAt: string;
} & (
  | { reason: 'sale'; saleId: string }
  /** The sale the goods left with is the original sale. */
  | { reason: 'refund'; saleId: string; refundId: string }
  /** Refunded but damaged (rusak): quantity 0, the goods are not back on the shelf. */
  | { reason: 'refund-damaged'; saleId: string; refundId: string }
  /** Stok terbuang (renderer/stock/write-off.ts); documentId is the write-off's id. */
  | { reason: 'written-off'; documentId: string; writeOffReason: WriteOffReason }
  /** Goods received from a UMKM (renderer/stock/receive-goods.ts), each line its own batch. */
  | { reason: 'received'; documentId: string; batchId: string; unitCost: number; expiry: string | null }
  /** Goods sent to another outlet (renderer/stock/send-transfer.ts); documentId is the transfer's id. */
  | { reason: 'transfer-out'; documentId: string }
  /**
   * Goods that arrived from another outlet (renderer/stock/receive-transfer.ts); documentId is the
   * transfer's id. Each of `batches` (the expiries that arrived, adding up to quantity) becomes a
   * batch; absent when the sending terminal sent no expiries, and then the goods join no batch.
   */
  | { reason: 'transfer-in'; documentId: string; batches?: ArrivedBatch[] }
  /** A stock-take's adjustment, counted − expected (renderer/stock/stock-take.ts); documentId is the take's id. */
  | { reason: 'counted'; documentId: string }
);

/** So much of a transfer-in's goods expiring on one date, with the id of the batch it becomes. */
export interface ArrivedBatch {
  id: string;
  expiry: string | null;
  quantity: number;
}

/** What is left of one received batch: sales take from the earliest expiry first (FEFO). */
export interface StockBatch {
  id: string;
  /** WITA date the goods expire; null for goods that do not. */
  expiry: string | null;
  /** Units or grams still on the shelf from this batch. */
  remaining: number;
  receivedAt: string;
}

/** Stock on hand of one product at this outlet: the sum of its movements, one key read away. */
export interface StockLevel {
  productId: string;
  onHand: number;
  unit: 'unit' | 'g';
  /** Batches with something left, earliest expiry first (no expiry last). */
  batches: StockBatch[];
  /** The earliest expiry of what is left (indexed, for what expires soon); absent when none. */
  nextExpiry?: string;
  /** When a sale took on hand below zero (flagged for the stock-take); null while not negative. */
  negativeSince: string | null;
  updatedAt: string;
}

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

// ── Sync client (issue 5) ───────────────────────────────────────────────────────────────────
// AckBatch, DeadLetter and StreamState (sync/client/records.ts) are stored as they are; the staff
// stream fills the staff table of version 2.

/** One ASN of the province's roster (asn-roster stream): NIP key, shortened name, OPD. */
export type RosterEntryRow = AsnRosterItem;
/** The roster is kept in buckets of entries, by the NIP key (renderer/sync/asn-roster.ts). */
export interface RosterBucketRow {
  bucket: number;
  entries: RosterEntryRow[];
}
/** The province's figure for an ASN's month, with the ack serial of the page that brought it (see sync/client/ack-coverage.ts). */
export type AsnTotalRow = AsnTotalItem & { ackSerial: number };
/** A transfer another outlet sent here, from the transfers-in stream, until this outlet receives it. */
export type IncomingTransferRow = Omit<TransferInItem, 'received'>;
/**
 * A purchase order (pesanan) raised for this outlet, from the purchase-orders stream, while some of
 * it is still to arrive; `received` per line counts this terminal's receivings against it as well.
 */
export type PurchaseOrderRow = PurchaseOrderItem;
/** A province or outlet setting (settings stream): asn.monthlyMinimum, outlet, qris.static… */
export type ServerSettingRow = SettingItem;

/** A page of a full download, waiting in staging to be switched in with the rest of its stream. */
export interface StagedPageRow {
  stream: StreamName;
  /** 0, 1, 2… in the order the pages came. */
  page: number;
  items: StreamItem<StreamName>[];
  ackSerial: number;
}

/** Where the terminal stands with the server, one row per key. */
export type SyncStateRow =
  /** After enrolment the terminal downloads its outlet's data and opens for sales once 'ready'. */
  | { key: 'enrolment'; stage: 'downloading' | 'ready'; terminalId: string; serverUrl: string; enrolledAt: string }
  | {
      key: 'push';
      /** Serial of the last push answer applied; acknowledgements carry it. */
      ackSerial: number;
      highWaterSeq: number | null;
      lastAttemptAt: string | null;
      /** The last cycle that pushed everything waiting and pulled what was due. */
      lastSuccessAt: string | null;
    }
  | { key: 'clock'; skewMs: number | null; measuredAt: string }
  /** The latest events the server stored but quarantined, newest first (renderer/sync/quarantined.ts). */
  | { key: 'quarantined'; acks: AckRecord[] };

/** A failed sync attempt, for the manager's sync screen (the newest few are kept). */
export interface SyncErrorRow {
  id?: number;
  at: string;
  text: string;
}

// ── Retention (issue 18) ───────────────────────────────────────────────────────────────────

/** The storage the terminal used on a WITA day (navigator.storage.estimate), the last reading of the day. */
export interface StorageSampleRow {
  day: string;
  at: string;
  usageBytes: number;
  quotaBytes: number;
}

/** What retention removed on a WITA day: documents and other rows by table, and their size as JSON. */
export interface RetentionDayRow {
  day: string;
  lastRunAt: string;
  removed: Record<string, number>;
  freedBytes: number;
}
