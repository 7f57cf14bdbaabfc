/**
 * The terminal's own database (IndexedDB through Dexie). Every read-write transaction is committed
 * with strict durability: when it resolves, the data is on disk, not in an OS cache.
 *
 * Versions are append-only: a shipped version is never edited. A later change adds
 * `this.version(n + 1).stores({ newTable: '…' }).upgrade(tx => …)` after the last, with a test of
 * the upgrade (database.browser.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry } from '#domain/staff/audit';
import type { CashMovement } from '#domain/shift/cash-movement';
import type { Product } from '#domain/catalog/product';
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import type { Shift } from '#domain/shift/shift';
import type { DayClosing } from '#domain/shift/shift-report';
import type { PrintJob } from '#hardware/print-queue/print-queue';
import type { OpenCart } from '../checkout/open-carts';
import type { StockReceipt } from '../stock/stock-receipt';
import type { StockCountRow, StockTakeLineRow, StockTakeRow } from '../stock/stock-take-rows';
import { applyMovement } from '../stock/stock-level';
import type { OutletStockItem, StaffItem } from '#sync/protocol/streams';
import type { StockWrittenOff, TransferReceived, TransferSent } from '#sync/protocol/stock';
import type { AckBatch, DeadLetter, StreamState } from '#sync/client/records';
import type {
  AsnTotalRow,
  CounterRow,
  IncomingTransferRow,
  OutboxRow,
  PinFailuresRow,
  PurchaseOrderRow,
  RosterBucketRow,
  ServerSettingRow,
  RetentionDayRow,
  SettingRow,
  StagedPageRow,
  StorageSampleRow,
  StockLevel,
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
  staff!: EntityTable<StaffItem, 'id'>;
  pinFailures!: EntityTable<PinFailuresRow, 'staffId'>;
  shifts!: EntityTable<Shift, 'id'>;
  cashMovements!: EntityTable<CashMovement, 'id'>;
  refunds!: EntityTable<Refund, 'id'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  dayClosings!: EntityTable<DayClosing, 'id'>;
  // Sync client (issue 5), see version 3.
  outboxAcks!: EntityTable<AckBatch, 'ackSerial'>;
  deadLetters!: EntityTable<DeadLetter, 'id'>;
  syncStreams!: EntityTable<StreamState, 'stream'>;
  syncStaging!: Dexie.Table<StagedPageRow, [string, number]>;
  syncState!: Dexie.Table<SyncStateRow, SyncStateRow['key']>;
  syncErrors!: EntityTable<SyncErrorRow, 'id'>;
  asnRoster!: EntityTable<RosterBucketRow, 'bucket'>;
  asnMonthTotals!: Dexie.Table<AsnTotalRow, [string, string]>;
  serverSettings!: EntityTable<ServerSettingRow, 'key'>;
  // Open carts (ux-flows), see version 5.
  openCarts!: EntityTable<OpenCart, 'id'>;
  // Stock (issue 15), see version 7.
  stockLevels!: EntityTable<StockLevel, 'productId'>;
  stockReceipts!: EntityTable<StockReceipt, 'id'>;
  // Stock-takes (issue 15), see version 8.
  stockTakes!: EntityTable<StockTakeRow, 'id'>;
  stockTakeLines!: Dexie.Table<StockTakeLineRow, [string, string]>;
  stockCounts!: EntityTable<StockCountRow, 'id'>;
  // Transfers between outlets (issue 15), see version 9.
  transfersSent!: EntityTable<TransferSent, 'id'>;
  transfersReceived!: EntityTable<TransferReceived, 'id'>;
  incomingTransfers!: EntityTable<IncomingTransferRow, 'id'>;
  // Write-offs (issue 15), see version 10.
  writeOffs!: EntityTable<StockWrittenOff, 'id'>;
  purchaseOrders!: EntityTable<PurchaseOrderRow, 'id'>;
  // The outlet's stock on hand from the province (issue 18), see version 12.
  outletStock!: EntityTable<OutletStockItem, 'productId'>;
  // Retention and the storage screen (issue 18), see version 13.
  storageSamples!: EntityTable<StorageSampleRow, 'day'>;
  retentionDays!: EntityTable<RetentionDayRow, 'day'>;

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
    // ---- version(2), issue 6: cashiers, shifts and cash control. Only new tables and one new
    // index on sales, so no upgrade() step: existing rows stay as they are.
    this.version(2).stores({
      // A shift's sales in receipt order, for its X and Z reports.
      sales: 'id, &receiptNo, businessDate, completedAt, [shiftId+receiptNo]',
      // The outlet's staff from the server's staff stream (sync/protocol/streams staffItemSchema).
      staff: 'id',
      // Wrong PINs per staff member since their last successful login (domain/staff/pin-lockout).
      pinFailures: 'staffId',
      shifts: 'id, openedAt, businessDate',
      cashMovements: 'id, shiftId',
      refunds: 'id, &receiptNo, originalSaleId, shiftId',
      audit: 'id, at',
      dayClosings: 'id, &businessDate',
    });
    // ---- end of version(2)
    // ---- version(3), issue 5: the sync client. Only new tables, so no upgrade() step.
    this.version(3).stores({
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
      // Server-owned streams (staff go to version 2's staff table). The roster in buckets of about
      // 150 NIPs (renderer/sync/asn-roster.ts).
      asnRoster: 'bucket',
      asnTotals: '[nip+month], nip',
      serverSettings: 'key',
    });
    // ---- end of version(3)
    // ---- version(4), issue 7: ASN at checkout. An ASN's month on this terminal needs its sales
    // and refunds by NIP, and for each the push answer that acknowledged it (see
    // renderer/asn/asn-standing-input.ts); a receipt reprinted from the history needs the job that
    // printed it first (its ASN block). The answers of version 3 get their list of document ids.
    this.version(4)
      .stores({
        sales: 'id, &receiptNo, businessDate, completedAt, [shiftId+receiptNo], asn.nip',
        refunds: 'id, &receiptNo, originalSaleId, shiftId, asn.nip',
        outboxAcks: 'ackSerial, *documentIds',
        printQueue: 'id, state, request.kind, request.sale.id',
      })
      .upgrade((tx) =>
        tx
          .table<AckBatch>('outboxAcks')
          .toCollection()
          .modify((batch) => {
            batch.documentIds = batch.events.map((e) => e.documentId);
          }),
      );
    // ---- end of version(4)
    // ---- version(5), ux-flows: the carts not paid yet (the register's, kept as it changes, and
    // those on hold) survive a reload, a crash and a restart (renderer/checkout/open-carts.ts). A
    // new table only, so no upgrade() step.
    this.version(5).stores({
      openCarts: 'id, heldAt',
    });
    // ---- end of version(5)
    // ---- version(6), issue 12 item 14: the roster and the ASN totals keyed by HMAC(province's
    // key, NIP) with shortened names (sync/PROTOCOL.md, "What a terminal keeps of the ASN"). The old
    // rows held full NIPs and names: dropped, with their streams' cursors and staged pages, so both
    // streams download again whole. A table's primary key cannot change, so the totals get a new one.
    this.version(6)
      .stores({
        asnTotals: null,
        asnMonthTotals: '[nipKey+month]',
      })
      .upgrade(async (tx) => {
        const streams = ['asn-roster', 'asn-totals'];
        await tx.table('asnRoster').clear();
        await tx.table<StreamState, string>('syncStreams').bulkDelete(streams);
        await tx
          .table<StagedPageRow>('syncStaging')
          .filter((page) => streams.includes(page.stream))
          .delete();
      });
    // ---- end of version(6)
    // ---- version(7), issue 15: the stock ledger. Movements of every reason (received as well as
    // sold and refunded), found by the document that made them; each product's stock level (on
    // hand and the batches left, earliest expiry first) kept by the commit beside its movements, so
    // on hand is one key read; goods-receiving documents. The levels are derived once from the
    // movements already recorded (sales and refunds).
    this.version(7)
      .stores({
        stockMovements: 'id, productId, saleId, documentId',
        stockLevels: 'productId, nextExpiry',
        stockReceipts: 'id, receivedAt',
      })
      .upgrade(async (tx) => {
        const levels = new Map<string, StockLevel>();
        await tx
          .table<StockMovement>('stockMovements')
          .orderBy('id')
          .each((movement) => levels.set(movement.productId, applyMovement(levels.get(movement.productId), movement)));
        await tx.table<StockLevel>('stockLevels').bulkPut([...levels.values()]);
      });
    // ---- end of version(7)
    // ---- version(8), issue 15: stock-takes (stok opname). A take being counted, paused or approved
    // (found by status: one at a time is open or paused), its counted products keyed
    // [takeId+productId] so a scan is one keyed read and one put, and the approved counts as sent
    // (the stock.counted payloads, whose unique id keeps a take from being approved twice). New
    // tables only.
    this.version(8).stores({
      stockTakes: 'id, status, startedAt',
      stockTakeLines: '[takeId+productId]',
      stockCounts: 'id, approvedAt',
    });
    // ---- end of version(8)
    // ---- version(9), issue 15: transfers between outlets (mutasi). The transfers this outlet sent
    // and received (the stock.transfer-sent and stock.transfer-received payloads; a transfer is
    // received once, which the unique transferId keeps true however many windows try), and those
    // sent here that it has not received yet (the transfers-in stream). New tables only.
    this.version(9).stores({
      transfersSent: 'id, sentAt',
      transfersReceived: 'id, &transferId, receivedAt',
      incomingTransfers: 'id, sentAt',
    });
    // ---- end of version(9)
    // ---- version(10), issue 15: write-offs (stok terbuang), the stock.written-off payloads this
    // terminal booked. New table only.
    this.version(10).stores({
      writeOffs: 'id, writtenOffAt',
    });
    // ---- end of version(10)
    // ---- version(11), issue 15: the kartu stok. A product's movements in time order, read a page at
    // a time from the newest (renderer/stock/stock-card.ts) and summed over the last 28 days for the
    // replenishment suggestion, without reading the rest of a year's ledger. A new index only.
    this.version(11).stores({
      stockMovements: 'id, productId, saleId, documentId, [productId+occurredAt]',
    });
    // ---- end of version(11)
    // ---- version(14), issue 16: purchase orders (pesanan) raised for this outlet that are still to
    // arrive in full (the purchase-orders stream), for goods receiving to be matched against. New
    // table only.
    this.version(14).stores({
      purchaseOrders: 'id, date',
    });
    // ---- end of version(14)
    // ---- version(12), issue 18: several tills per outlet. The outlet's stock on hand per product as
    // the province counts it from every till's movements (the outlet-stock stream), shown on the Stok
    // screen beside this till's own ledger. A new table only.
    this.version(12).stores({
      outletStock: 'productId',
    });
    // ---- end of version(12)
    // ---- version(13), issue 18: retention. One reading of the storage used per WITA day (the
    // growth the quota warning projects from) and what retention removed each day (the storage
    // screen's "dibebaskan"). New tables only.
    this.version(13).stores({
      storageSamples: 'day',
      retentionDays: 'day',
    });
    // ---- end of version(13)
  }
}
