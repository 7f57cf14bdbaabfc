import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { auditEntry, auditWrites } from '../audit/audit-log';
import { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments, TerminalChanged } from './commit';
import { toTerminalId } from '#domain/outlet/terminal';
import { toBusinessDate } from '#domain/wita';

const freshDb = useFreshDatabases();
const MARIA = { id: 'k1', name: 'Maria' };

/** An audit entry on its own: the smallest document with an event. */
function login(db: PosDatabase) {
  const entry = auditEntry(DEMO_IDENTITY, new Date('2026-12-21T01:00:00Z'), MARIA, { kind: 'login' });
  return commitDocuments(db, {
    receiptDate: null,
    stores: ['audit'],
    plan: () => ({ ...auditWrites(entry), result: entry.id }),
  });
}

/** A document that takes a receipt number of the date, as sales and refunds do. */
function numbered(db: PosDatabase, date = toBusinessDate('2026-12-21')) {
  return commitDocuments(db, {
    receiptDate: date,
    stores: ['audit'],
    plan: (sequence) => ({ writes: [], events: [], result: sequence }),
  });
}

describe('commitDocuments (real IndexedDB)', () => {
  it('numbers every event of every kind from one per-terminal seq, in the document’s own transaction', async () => {
    const db = freshDb();
    const ids = [await login(db), await login(db)];
    expect(await numbered(db)).toBe(1);
    ids.push(await login(db));
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => [e.seq, e.type, e.type === 'audit.recorded' && e.payload.id])).toEqual(
      ids.map((id, i) => [i + 1, 'audit.recorded', id]),
    );
    expect(await db.audit.count()).toBe(3);
    expect(new Set(outbox.map((e) => e.id)).size).toBe(3);
  });

  it('shares the receipt sequence of a date between every numbered document', async () => {
    const db = freshDb();
    expect([
      await numbered(db),
      await numbered(db),
      await numbered(db, toBusinessDate('2026-12-22')),
      await numbered(db),
    ]).toEqual([1, 2, 1, 3]);
  });

  it('reads the counters again when another tab committed in between', async () => {
    const tabA = freshDb();
    const tabB = new PosDatabase(tabA.name);
    await login(tabA);
    await numbered(tabA);
    await login(tabB);
    await numbered(tabB);
    await login(tabA);
    expect(await numbered(tabA)).toBe(3);
    tabB.close();
    expect((await tabA.outbox.orderBy('seq').toArray()).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('writes nothing, and takes no number, when one write of the commit fails', async () => {
    const db = freshDb();
    const entry = auditEntry(DEMO_IDENTITY, new Date(), MARIA, { kind: 'login' });
    await db.audit.add(entry);
    await expect(
      commitDocuments(db, {
        receiptDate: toBusinessDate('2026-12-21'),
        stores: ['audit'],
        plan: () => ({ ...auditWrites(entry), result: null }),
      }),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
    expect(await login(db)).toBeTruthy();
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([1]);
  });

  it('refuses a document made under an identity the terminal no longer has (enrolled meanwhile), writing nothing', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'terminal', value: DEMO_IDENTITY });
    await login(db);
    await db.settings.put({
      key: 'terminal',
      value: { ...DEMO_IDENTITY, terminalId: toTerminalId('manggarai-barat-t01'), training: false },
    });
    await expect(login(db)).rejects.toThrow(TerminalChanged);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.audit.count()).toBe(1);
  });

  it('puts and deletes rows alongside', async () => {
    const db = freshDb();
    const staffId = uuidv7();
    const put = (failures: string[]) =>
      commitDocuments(db, {
        receiptDate: null,
        stores: ['pinFailures'],
        plan: () => ({
          writes: [{ op: 'put', store: 'pinFailures', value: { staffId, failures } }],
          events: [],
          result: null,
        }),
      });
    await put(['a']);
    await put(['a', 'b']);
    expect(await db.pinFailures.get(staffId)).toEqual({ staffId, failures: ['a', 'b'] });
    await commitDocuments(db, {
      receiptDate: null,
      stores: ['pinFailures'],
      plan: () => ({ writes: [{ op: 'delete', store: 'pinFailures', key: staffId }], events: [], result: null }),
    });
    expect(await db.pinFailures.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });
});
