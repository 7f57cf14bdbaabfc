import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { auditEntry, auditWrites } from '../audit/audit-log';
import { useFreshDatabases } from '../db/test-databases';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { commitDocuments, onCommitted, type Committed } from './commit';

const freshDb = useFreshDatabases();

describe('a commit is announced (real IndexedDB)', () => {
  it("reaches Dexie's live queries, cached ones included, though it writes on plain IndexedDB", async () => {
    const db = freshDb();
    const seen: number[][] = [];
    const subscription = liveQuery(() => db.outbox.orderBy('seq').toArray()).subscribe({
      next: (rows) => seen.push(rows.map((r) => r.seq)),
    });
    await expect.poll(() => seen.length).toBe(1);
    for (const at of ['2026-12-21T01:00:00Z', '2026-12-21T01:01:00Z']) {
      const entry = auditEntry(DEMO_IDENTITY, new Date(at), { id: 'k1', name: 'Maria' }, { kind: 'login' });
      await commitDocuments(db, {
        receiptDate: null,
        stores: ['audit'],
        plan: () => ({ ...auditWrites(entry), result: null }),
      });
    }
    await expect.poll(() => seen.at(-1)).toEqual([1, 2]);
    subscription.unsubscribe();
  });

  it('tells its listeners what it recorded, once durable', async () => {
    const db = freshDb();
    const heard: Committed[] = [];
    const stop = onCommitted((committed) => heard.push(committed));
    const entry = auditEntry(
      DEMO_IDENTITY,
      new Date('2026-12-21T01:00:00Z'),
      { id: 'k1', name: 'Maria' },
      { kind: 'login' },
    );
    await commitDocuments(db, {
      receiptDate: null,
      stores: ['audit'],
      plan: () => ({ ...auditWrites(entry), result: null }),
    });
    stop();
    await commitDocuments(db, {
      receiptDate: null,
      stores: ['audit'],
      plan: () => ({ writes: [], events: [], result: null }),
    });
    expect(heard.map((c) => c.events.map((e) => [e.seq, e.type]))).toEqual([[[1, 'audit.recorded']]]);
  });
});
