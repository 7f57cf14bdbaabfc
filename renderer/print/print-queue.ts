/**
 * The terminal's persistent print queue: hardware/print-queue's engine (PrintQueue) keeps its jobs
 * in the Dexie printQueue table through DexiePrintJobStore. completeSale adds each sale's receipt
 * job in the sale's own transaction, so a sale never lacks its receipt, even after a crash; the
 * engine prints it after commit. The on-screen receipt does not wait for it.
 */
import { v7 as uuidv7 } from 'uuid';
import type { PrintJob, PrintJobStore } from '../../hardware/print-queue/print-queue';
import type { PrintRequestKind } from '../../hardware/print-request';
import type { Sale } from '../../domain/sale';
import type { TerminalIdentity } from '../../domain/terminal';
import type { PosDatabase } from '../db/database';

/** The receipt job of a sale just completed, as completeSale adds it. */
export function newReceiptJob(sale: Sale, identity: TerminalIdentity): PrintJob {
  return {
    id: uuidv7(),
    request: { kind: 'receipt', sale, outlet: { name: identity.outletName, address: identity.outletAddress, phone: null }, reprint: false, asn: null },
    state: 'pending',
    createdAt: sale.completedAt,
    attempts: 0,
    lastError: null,
    printedAt: null,
  };
}

export class DexiePrintJobStore implements PrintJobStore {
  constructor(private readonly db: PosDatabase) {}

  async add(job: PrintJob): Promise<void> {
    await this.db.printQueue.add(job);
  }

  async put(job: PrintJob): Promise<void> {
    await this.db.printQueue.put(job);
  }

  get(id: string): Promise<PrintJob | undefined> {
    return this.db.printQueue.get(id);
  }

  /** Ids are UUIDv7, so id order is the order jobs were queued in. */
  unfinished(): Promise<PrintJob[]> {
    return this.db.printQueue.where('state').anyOf('pending', 'printing').sortBy('id');
  }

  latest(kind: PrintRequestKind): Promise<PrintJob | undefined> {
    return this.db.printQueue.where('request.kind').equals(kind).last();
  }
}
