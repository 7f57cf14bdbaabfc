import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../db/test-databases';
import type { StorageApi } from './storage-health';
import { storageFigures } from './storage-usage';

const MB = 1024 * 1024;

/** A browser's storage estimate: `usageMb` as the test sets it, under a quota of `quotaMb`. */
function growingStorage(quotaMb: number): StorageApi & { usageMb: number } {
  const storage = {
    usageMb: 0,
    persisted: async () => true,
    persist: async () => true,
    estimate: async () => ({
      usage: storage.usageMb * MB,
      quota: quotaMb * MB,
      usageDetails: { indexedDB: storage.usageMb * MB - MB },
    }),
  };
  return storage;
}

describe('storage figures (real IndexedDB)', () => {
  const freshDatabase = useFreshDatabases();

  it('keeps a reading a day and warns the manager days before the quota runs out at that pace', async () => {
    const db = freshDatabase();
    const storage = growingStorage(1000);
    let figures;
    for (let n = 0; n < 5; n++) {
      storage.usageMb = 700 + 20 * n;
      figures = await storageFigures(db, storage, 90, new Date(Date.UTC(2026, 10, 1 + n, 4)));
    }
    expect(await db.storageSamples.count()).toBe(5);
    // 780 MB used, 20 MB a day, 220 MB left: 11 days.
    expect(figures).toMatchObject({
      usageBytes: 780 * MB,
      databaseBytes: 779 * MB,
      quotaBytes: 1000 * MB,
      daysLeft: 11,
    });
    expect(figures!.warning).toMatch(/^Kuota penyimpanan browser diperkirakan habis dalam 11 hari\./);

    await db.retentionDays.put({
      day: '2026-11-05',
      lastRunAt: '2026-11-05T04:00:00.000Z',
      removed: { sales: 40, stockMovements: 200, refunds: 2 },
      freedBytes: 3 * MB,
    });
    // The day's reading replaced (still five); at about 19 MB a day, a quota of 10 GB is far off.
    const slower = growingStorage(10_000);
    slower.usageMb = 781;
    const later = await storageFigures(db, slower, 90, new Date(Date.UTC(2026, 10, 5, 8)));
    expect(await db.storageSamples.count()).toBe(5);
    expect(later).toMatchObject({
      daysLeft: 474,
      warning: null,
      freedBytes: 3 * MB,
      removedDocuments: 42,
      lastRetentionAt: '2026-11-05T04:00:00.000Z',
    });
  });
});
