/**
 * The persistent print queue. completeSale puts a receipt job here in the same transaction as the
 * sale, so a sale never lacks its receipt, even after a crash; a printer worker (hardware/) takes
 * pending jobs after commit and marks each printed or failed. The on-screen receipt does not wait
 * for it.
 */
import type { PosDatabase } from '../db/database';

export type PrintJobStatus = 'pending' | 'printed' | 'failed';

export interface PrintJob {
  id: number;
  kind: 'receipt';
  saleId: string;
  status: PrintJobStatus;
  attempts: number;
  createdAt: string;
  lastError: string | null;
}

/** A receipt job as completeSale adds it, in the sale's own transaction (the id is assigned on add). */
export function newReceiptJob(saleId: string, at: string): Omit<PrintJob, 'id'> {
  return { kind: 'receipt', saleId, status: 'pending', attempts: 0, createdAt: at, lastError: null };
}

/** Jobs waiting to print, oldest first (failed ones stay until they print or are dismissed). */
export async function pendingPrintJobs(db: PosDatabase): Promise<PrintJob[]> {
  return db.printQueue.where('status').anyOf('pending', 'failed').sortBy('id');
}

export async function markPrinted(db: PosDatabase, id: number): Promise<void> {
  await db.printQueue.where('id').equals(id).modify((job) => {
    job.status = 'printed';
    job.attempts += 1;
    job.lastError = null;
  });
}

export async function markPrintFailed(db: PosDatabase, id: number, error: string): Promise<void> {
  await db.printQueue.where('id').equals(id).modify((job) => {
    job.status = 'failed';
    job.attempts += 1;
    job.lastError = error;
  });
}
