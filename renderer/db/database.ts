/**
 * The terminal's own database (IndexedDB through Dexie). Every read-write transaction is committed
 * with strict durability: when it resolves, the data is on disk, not in an OS cache.
 *
 * Versions are append-only: a shipped version is never edited. A later change adds
 * `this.version(n + 1).stores({ newTable: '…' }).upgrade(tx => …)` after the last, with a test of
 * the upgrade (database.browser.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry } from '../../domain/audit';
import type { CashMovement } from '../../domain/cash-movement';
import type { Product } from '../../domain/product';
import type { Refund } from '../../domain/refund';
import type { Sale } from '../../domain/sale';
import type { Shift } from '../../domain/shift';
import type { DayClosing } from '../../domain/shift-report';
import type { PrintJob } from '../../hardware/print-queue/print-queue';
import type { StaffItem } from '../../sync/protocol/streams';
import type { CounterRow, OutboxRow, PinFailuresRow, SettingRow, StockMovement } from './rows';

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
      // Wrong PINs per staff member since their last successful login (domain/pin-lockout).
      pinFailures: 'staffId',
      shifts: 'id, openedAt, businessDate',
      cashMovements: 'id, shiftId',
      refunds: 'id, &receiptNo, originalSaleId, shiftId',
      audit: 'id, at',
      dayClosings: 'id, &businessDate',
    });
    // ---- end of version(2)
  }
}
