/**
 * The storage screen's figures: what the terminal's data takes (IndexedDB, from the browser's
 * estimate), the browser's quota, what retention freed, and — from one reading kept per WITA day —
 * when the quota runs out at the pace the data grows, so the manager is warned days before.
 */
import { businessDate } from '#domain/wita';
import { daysUntilFull, quotaWarning } from '#domain/terminal/storage-forecast';
import type { PosDatabase } from '../db/database';
import type { StorageApi } from './storage-health';

/** The readings the growth is measured over. */
const GROWTH_DAYS = 30;

export interface StorageFigures {
  /** Everything the browser keeps for this terminal, and the part IndexedDB holds (null where the browser does not say). */
  usageBytes: number | null;
  databaseBytes: number | null;
  quotaBytes: number | null;
  /** Days until the quota is reached at the growth measured; null while it does not grow or too little is known. */
  daysLeft: number | null;
  warning: string | null;
  /** What retention removed, over all its runs. */
  freedBytes: number;
  removedDocuments: number;
  lastRetentionAt: string | null;
}

/** Reads the browser's estimate, keeps it as today's reading and answers the figures. */
export async function storageFigures(
  db: PosDatabase,
  storage: StorageApi | undefined,
  retentionDays: number,
  now = new Date(),
): Promise<StorageFigures> {
  const estimate: StorageEstimate & { usageDetails?: { indexedDB?: number } } = storage ? await storage.estimate() : {};
  const usageBytes = estimate.usage ?? null;
  const quotaBytes = estimate.quota ?? null;
  if (usageBytes !== null && quotaBytes !== null)
    await db.storageSamples.put({ day: businessDate(now), at: now.toISOString(), usageBytes, quotaBytes });
  const samples = await db.storageSamples.orderBy('day').reverse().limit(GROWTH_DAYS).toArray();
  const daysLeft = quotaBytes === null ? null : daysUntilFull(samples, quotaBytes);
  const runs = await db.retentionDays.toArray();
  return {
    usageBytes,
    databaseBytes: estimate.usageDetails?.indexedDB ?? null,
    quotaBytes,
    daysLeft,
    warning: quotaWarning(daysLeft, retentionDays),
    freedBytes: runs.reduce((sum, r) => sum + r.freedBytes, 0),
    removedDocuments: runs.reduce(
      (sum, r) => sum + (r.removed.sales ?? 0) + (r.removed.refunds ?? 0) + (r.removed.shifts ?? 0),
      0,
    ),
    lastRetentionAt:
      runs
        .map((r) => r.lastRunAt)
        .sort()
        .at(-1) ?? null,
  };
}
