/**
 * The terminal's own database (IndexedDB through Dexie). Every read-write transaction is committed
 * with strict durability: when it resolves, the data is on disk, not in an OS cache.
 *
 * Versions are append-only: version(1) below is shipped and never edited. A later change adds
 * `this.version(2).stores({ newTable: '…' }).upgrade(tx => …)` after it, with a test of the upgrade.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Product } from '../../domain/product';
import type { Sale } from '../../domain/sale';
import type { PrintJob } from '../../hardware/print-queue/print-queue';
import type { AckBatch, DeadLetter, StreamState } from '../../sync/client/records';
import type {
  AsnTotalRow,
  CounterRow,
  OutboxRow,
  RosterBucketRow,
  ServerSettingRow,
  SettingRow,
  StaffRow,
  StagedPageRow,
  StockMovement,
  SyncErrorRow,
  SyncStateRow,
} from './rows';

export const DATABASE_NAME = 'ntt-mart-pos';

export class PosDatabase extends Dexie {
  products!: EntityTable<Product, 'id'>;
  sales!: EntityTable<Sale, 'id'>;
  stockMovements!: EntityTable<StockMovement, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  counters!: EntityTable<CounterRow, 'name'>;
  printQueue!: EntityTable<PrintJob, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  // Sync client (issue 5), see version 2.
  outboxAcks!: EntityTable<AckBatch, 'ackSerial'>;
  deadLetters!: EntityTable<DeadLetter, 'id'>;
  syncStreams!: EntityTable<StreamState, 'stream'>;
  syncStaging!: Dexie.Table<StagedPageRow, [string, number]>;
  syncState!: Dexie.Table<SyncStateRow, SyncStateRow['key']>;
  syncErrors!: EntityTable<SyncErrorRow, 'id'>;
  staff!: EntityTable<StaffRow, 'id'>;
  asnRoster!: EntityTable<RosterBucketRow, 'bucket'>;
  asnTotals!: Dexie.Table<AsnTotalRow, [string, string]>;
  serverSettings!: EntityTable<ServerSettingRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      // Null barcodes/PLUs are not indexed, so products without one do not clash.
      products: 'id, &barcode, &plu, category',
      sales: 'id, &receiptNo, businessDate, completedAt',
      stockMovements: 'id, productId, saleId',
      outbox: 'seq, &id, type',
      counters: 'name',
      // hardware/print-queue's jobs: UUIDv7 ids, looked up by state and by kind of request.
      printQueue: 'id, state, request.kind',
      settings: 'key',
    });
    // ── Sync client (issue 5): the lead renumbers this version at merge. ──────────────────────
    // Only new tables, so no upgrade step: existing rows are untouched.
    this.version(2).stores({
      // Events the server holds, kept after they leave the outbox: one row per answer, by ack serial.
      outboxAcks: 'ackSerial',
      // Events the server refused, with the reason, for the manager.
      deadLetters: 'id, seq',
      // Per pulled stream: cursor, staging cursor, when last pulled.
      syncStreams: 'stream',
      // Full downloads waiting to be switched in whole, a page per row.
      syncStaging: '[stream+page]',
      syncState: 'key',
      syncErrors: '++id',
      // Server-owned streams.
      staff: 'id',
      // In buckets of about 150 NIPs (renderer/sync/asn-roster.ts).
      asnRoster: 'bucket',
      asnTotals: '[nip+month], nip',
      serverSettings: 'key',
    });
  }
}
