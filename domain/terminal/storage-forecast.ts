/**
 * How long a terminal keeps what the province already holds (retention), and when its storage
 * runs out at the pace it grows: pure figures for the storage screen and the manager's warning.
 */

/** Days a synced document stays on the terminal by default. */
export const DEFAULT_RETENTION_DAYS = 90;
/**
 * The shortest window a manager may set: more than a month, so this month's ASN standing, the
 * open and recent shifts' Z reports and the stock-take's reconciliation always find their sales.
 */
export const MIN_RETENTION_DAYS = 35;
export const MAX_RETENTION_DAYS = 3650;

/** The manager is warned this many days before the quota is projected to run out. */
export const QUOTA_WARNING_DAYS = 14;

const DAY_MS = 86_400_000;

/** The instant before which synced documents leave the terminal. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** One day's reading of the storage the terminal uses (navigator.storage.estimate). */
export interface StorageSample {
  at: string;
  usageBytes: number;
}

/**
 * Days until `usage` reaches `quota` at the growth of the samples (bytes a day from the oldest of
 * them to the newest, at least a day apart); null when it does not grow or too little is known.
 */
export function daysUntilFull(samples: readonly StorageSample[], quotaBytes: number): number | null {
  if (samples.length < 2) return null;
  const sorted = [...samples].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  const days = (Date.parse(last.at) - Date.parse(first.at)) / DAY_MS;
  if (days < 1) return null;
  const perDay = (last.usageBytes - first.usageBytes) / days;
  if (perDay <= 0) return null;
  return Math.max(0, Math.floor((quotaBytes - last.usageBytes) / perDay));
}

/** The manager's warning when the quota is projected to run out within QUOTA_WARNING_DAYS; null otherwise. */
export function quotaWarning(daysLeft: number | null, retentionDays: number): string | null {
  if (daysLeft === null || daysLeft > QUOTA_WARNING_DAYS) return null;
  const shorter = Math.max(MIN_RETENTION_DAYS, Math.floor(retentionDays / 2));
  return `Kuota penyimpanan browser diperkirakan habis dalam ${daysLeft} hari. Manajer: pastikan terminal sinkron, lalu perpendek masa simpan (misalnya ${shorter} hari) atau kosongkan disk.`;
}
