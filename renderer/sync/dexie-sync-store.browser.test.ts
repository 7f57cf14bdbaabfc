import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { rupiah } from '#domain/money';
import { buildSale } from '#domain/test-documents';
import type { Gtin } from '#domain/catalog/barcode';
import { ackBatch, ackRecordsOf } from '#sync/client/records';
import { settleBatch } from '#sync/client/settle';
import type { SyncEventOf } from '#sync/protocol/events';
import type { ProductItem } from '#sync/protocol/streams';
import { PosDatabase } from '../db/database';
import type { StockMovement } from '../db/rows';
import { useFreshDatabases } from '../db/test-databases';
import { auditEntry } from '../audit/audit-log';
import { newReceiptJob } from '../print/print-queue';
import { testNipKeyer } from '../asn/test-nip-keyer';
import { findRosterEntry, putRosterEntries, ROSTER_BUCKETS, rosterSize } from './asn-roster';
import { DexieSyncStore, EMPTY_PUSH_STATE, runs } from './dexie-sync-store';
import { loadOrSeedIdentity } from '../training/seed';
import { switchToEnrolled, withServerSettings } from './enrolment';
import { openDeadLetters, requeueDeadLetters } from './unsynced';
import { quarantinedEvents } from './quarantined';

const OLD_KEY = 'ab'.repeat(32);
const freshDb = useFreshDatabases();

const event = (seq: number, training = false): SyncEventOf<'sale.completed'> => {
  const payload = buildSale({
    id: `0190a0b0-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    lines: [{ price: 10_000 * seq }],
    training,
  });
  return {
    id: `0190a0b0-0001-7000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    type: 'sale.completed',
    occurredAt: payload.completedAt,
    payload,
  };
};
const product = (id: string, barcode: string | null, plu: string | null = null): ProductItem => ({
  id,
  barcode: barcode as Gtin | null,
  plu,
  name: `Produk ${id}`,
  price: rupiah(5_000),
  soldBy: 'unit',
  supplier: 'UMKM Ende',
  category: 'Tenun',
  unit: 'pcs',
  active: true,
  perishable: false,
  minimumStock: null,
  taxStatus: 'kena-ppn',
});
const completion = { startedAt: '2026-12-21T03:00:00.000Z', endedAt: '2026-12-21T03:00:05.000Z', ackSerialAtStart: 0 };

describe('the sync store over IndexedDB', () => {
  it('settles an answer in one go: acknowledged events leave the outbox for the log, rejected ones for dead letters', async () => {
    const db = freshDb();
    const store = new DexieSyncStore(db);
    const events = [1, 2, 3, 4].map((seq) => event(seq));
    await db.outbox.bulkAdd(events);
    const now = new Date('2026-12-21T03:15:00.000Z');
    await store.settle([
      settleBatch(
        events,
        {
          results: [
            { id: events[0]!.id, status: 'stored', quarantined: false },
            { id: events[1]!.id, status: 'duplicate', quarantined: false },
            { id: events[2]!.id, status: 'rejected', reason: 'conflict: seq 3 is already used by event x' },
          ],
          highWaterSeq: 2,
        },
        now,
      ),
    ]);
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([4]);
    expect((await db.outboxAcks.toArray()).flatMap(ackRecordsOf)).toEqual([
      expect.objectContaining({
        seq: 1,
        status: 'stored',
        ackSerial: 1,
        documentId: events[0]!.payload.id,
        acknowledgedAt: now.toISOString(),
      }),
      expect.objectContaining({ seq: 2, status: 'duplicate', ackSerial: 1 }),
    ]);
    expect(await db.deadLetters.toArray()).toEqual([
      expect.objectContaining({
        seq: 3,
        event: events[2],
        reason: 'Ditolak server: conflict: seq 3 is already used by event x',
      }),
    ]);
    await store.settle([
      settleBatch(
        [events[3]!],
        { results: [{ id: events[3]!.id, status: 'stored', quarantined: false }], highWaterSeq: 2 },
        now,
      ),
    ]);
    expect(await store.ackSerial()).toBe(2);
    expect(await store.waiting(10)).toEqual([]);
    expect(runs([7, 3, 4, 5, 9, 10])).toEqual([
      [3, 5],
      [7, 7],
      [9, 10],
    ]);

    // A manager sends the dead letter again: it waits in the outbox with its seq and content under
    // a new id (the refused id would only be refused again).
    expect(await requeueDeadLetters(db)).toBe(1);
    const [resent, ...others] = await store.waiting(10);
    expect(others).toEqual([]);
    expect(resent!.id).not.toBe(events[2]!.id);
    expect({ ...resent, id: events[2]!.id }).toEqual(events[2]);
    expect(await db.deadLetters.count()).toBe(0);
  });

  it('settles answers that came together in one transaction, each under its own ack serial', async () => {
    const db = freshDb();
    const store = new DexieSyncStore(db);
    const events = [1, 2, 3, 4, 5].map((seq) => event(seq));
    await db.outbox.bulkAdd(events);
    const stored = (e: SyncEventOf<'sale.completed'>) => ({ id: e.id, status: 'stored' as const, quarantined: false });
    const now = new Date('2026-12-21T03:15:00.000Z');
    // Each commit wakes the live queries over the outbox once: the two answers wake them once.
    let commits = 0;
    const counted = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/outbox/`))) commits++;
    };
    Dexie.on('storagemutated', counted);
    try {
      expect(
        await store.settle([
          settleBatch(events.slice(0, 2), { results: events.slice(0, 2).map(stored), highWaterSeq: 2 }, now),
          settleBatch(events.slice(2, 4), { results: events.slice(2, 4).map(stored), highWaterSeq: 4 }, now),
        ]),
      ).toEqual([1, 2, 3, 4]);
    } finally {
      Dexie.on.storagemutated.unsubscribe(counted);
    }
    expect(commits).toBe(1);
    expect((await db.outboxAcks.toArray()).flatMap(ackRecordsOf).map((a) => [a.seq, a.ackSerial])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
    ]);
    expect((await store.waiting(10)).map((e) => e.seq)).toEqual([5]);
  });

  it('keeps quarantined events newest first in a row of their own, started from the answers a terminal already holds', async () => {
    const db = freshDb();
    const store = new DexieSyncStore(db);
    const events = [1, 2, 3, 4, 5].map((seq) => event(seq));
    await db.outbox.bulkAdd(events);
    const answer = (e: SyncEventOf<'sale.completed'>, quarantined: boolean) => ({
      id: e.id,
      status: 'stored' as const,
      quarantined,
      ...(quarantined ? { reasons: [`karantina ${e.seq}`] } : {}),
    });
    const now = new Date('2026-12-21T03:15:00.000Z');
    // An answer recorded before the row existed (a terminal updated to this version).
    await db.outboxAcks.add(
      ackBatch(1, now.toISOString(), [
        {
          id: events[0]!.id,
          seq: 1,
          type: 'sale.completed',
          documentId: events[0]!.payload.id,
          status: 'stored',
          quarantined: true,
          reasons: ['karantina 1'],
        },
      ]),
    );
    await db.syncState.put({ ...EMPTY_PUSH_STATE, ackSerial: 1 });
    await db.outbox.delete(1);
    expect((await quarantinedEvents(db)).map((a) => a.seq)).toEqual([1]);
    await store.settle([
      settleBatch(
        events.slice(1, 3),
        { results: [answer(events[1]!, false), answer(events[2]!, true)], highWaterSeq: 3 },
        now,
      ),
      settleBatch(
        events.slice(3),
        { results: [answer(events[3]!, true), answer(events[4]!, true)], highWaterSeq: 5 },
        now,
      ),
    ]);
    // The screen reads the row, not the answers: the newest answer first, each in seq order.
    await db.outboxAcks.clear();
    expect((await quarantinedEvents(db)).map((a) => [a.seq, a.ackSerial, a.reasons[0]])).toEqual([
      [4, 3, 'karantina 4'],
      [5, 3, 'karantina 5'],
      [3, 2, 'karantina 3'],
      [1, 1, 'karantina 1'],
    ]);
  });

  it("resolves a dead letter whose free seq a later answer's high water passes (the province skipped it), and tells which seqs the province now holds", async () => {
    const db = freshDb();
    const store = new DexieSyncStore(db);
    const events = [1, 2, 3, 4, 5, 6].map((seq) => event(seq));
    await db.outbox.bulkAdd(events);
    const stored = (e: SyncEventOf<'sale.completed'>) => ({ id: e.id, status: 'stored' as const, quarantined: false });
    const now = new Date('2026-12-21T03:15:00.000Z');
    // Seq 2 refused while free (high water 1); seq 4 refused as taken by another event (high water past it).
    expect(
      await store.settle([
        settleBatch(
          events.slice(0, 4),
          {
            results: [
              stored(events[0]!),
              { id: events[1]!.id, status: 'rejected', reason: 'scope' },
              stored(events[2]!),
              { id: events[3]!.id, status: 'rejected', reason: 'conflict: seq 4 is already used by event x' },
            ],
            highWaterSeq: 1,
          },
          now,
        ),
      ]),
    ).toEqual([1, 3]);
    const later = new Date('2026-12-21T04:00:00.000Z');
    expect(
      await store.settle([
        settleBatch(events.slice(4), { results: events.slice(4).map(stored), highWaterSeq: 6 }, later),
      ]),
    ).toEqual([5, 6, 2]);
    expect(await db.deadLetters.orderBy('seq').toArray()).toEqual([
      expect.objectContaining({ seq: 2, resolvedAt: later.toISOString() }),
      expect.not.objectContaining({ resolvedAt: expect.anything() }),
    ]);
    expect(await openDeadLetters(db).count()).toBe(1);
    expect(await requeueDeadLetters(db)).toBe(1);
    expect((await store.waiting(10)).map((e) => e.seq)).toEqual([4]);
    expect(await db.deadLetters.toArray()).toEqual([expect.objectContaining({ seq: 2 })]);
  });

  it('stages a full download apart from the live table and switches it in whole', async () => {
    const db = freshDb();
    const store = new DexieSyncStore(db);
    await db.transaction('rw', db.asnRoster, () =>
      putRosterEntries(db, [{ nipKey: OLD_KEY, displayName: 'Lama', opd: 'Dinas' }]),
    );
    await store.beginStaging('asn-roster');
    const keys = await testNipKeyer(
      Array.from({ length: 3_000 }, (_, i) => `198${String(i).padStart(15, '0')}`),
      false,
    );
    const entries = keys.map((nipKey, i) => ({ nipKey, displayName: `ASN ${i}`, opd: 'Bappeda' }));
    await store.stagePage('asn-roster', { items: entries.slice(0, 2_000), cursor: 'c1', ackSerial: 0 });
    // Half downloaded: the register still sees the old roster, all of it.
    expect(await rosterSize(db)).toBe(1);
    expect(await store.streamState('asn-roster')).toMatchObject({ cursor: null, staging: { cursor: 'c1', pages: 1 } });
    await store.stagePage('asn-roster', { items: entries.slice(2_000), cursor: 'c2', ackSerial: 0 });
    await store.switchIn('asn-roster', completion);
    expect(await rosterSize(db)).toBe(3_000);
    // A row per bucket, not per NIP.
    expect(await db.asnRoster.count()).toBeLessThanOrEqual(ROSTER_BUCKETS);
    expect(await db.asnRoster.count()).toBeGreaterThan(ROSTER_BUCKETS * 0.9);
    expect(await findRosterEntry(db, OLD_KEY)).toBeUndefined();
    expect(await findRosterEntry(db, entries[1_234]!.nipKey)).toEqual(entries[1_234]);
    expect(await db.syncStaging.count()).toBe(0);
    expect(await store.streamState('asn-roster')).toMatchObject({
      cursor: 'c2',
      staging: null,
      lastPulledAt: completion.endedAt,
    });

    // A later change of one entry touches its bucket only.
    await store.applyPage(
      'asn-roster',
      { items: [{ ...entries[7]!, opd: 'Dinas Kesehatan' }], cursor: 'c3', ackSerial: 0 },
      null,
    );
    expect(await findRosterEntry(db, entries[7]!.nipKey)).toMatchObject({ opd: 'Dinas Kesehatan' });
    expect(await rosterSize(db)).toBe(3_000);
  });

  it('applies a page with its cursor, keeps ASN totals’ serials, and frees codes a product gave up', async () => {
    const db = freshDb();
    const store = new DexieSyncStore(db);
    await db.products.bulkAdd([product('a', '8991000100017'), product('b', null, '1001')]);
    // On the server, c took a's barcode and b's PLU; a and b change later in the stream.
    await store.applyPage(
      'products',
      { items: [product('c', '8991000100017', '1001')], cursor: 'p1', ackSerial: 0 },
      null,
    );
    expect(await db.products.get('c')).toMatchObject({ barcode: '8991000100017', plu: '1001' });
    expect(await db.products.get('a')).toMatchObject({ barcode: null });
    expect(await db.products.get('b')).toMatchObject({ plu: null });
    expect((await store.streamState('products')).cursor).toBe('p1');

    await store.applyPage(
      'asn-totals',
      {
        items: [{ nipKey: OLD_KEY, month: '2026-12', total: rupiah(150_000), saleCount: 2 }],
        cursor: 't1',
        ackSerial: 7,
      },
      completion,
    );
    expect(await db.asnMonthTotals.get([OLD_KEY, '2026-12'])).toMatchObject({ total: 150_000, ackSerial: 7 });
    expect(await store.streamState('asn-totals')).toMatchObject({
      cursor: 't1',
      lastPullStartedAt: completion.startedAt,
    });
  });
});

describe('enrolment on the terminal', () => {
  const info = {
    serverUrl: 'https://sinkron.nttmart.go.id',
    terminalId: 'ende-t01',
    outletId: 'ende',
    enrolledAt: '2026-12-21T03:00:00.000Z',
  };

  it('leaves no practice behind and starts the outbox from seq 1', async () => {
    const db = freshDb();
    const practice = event(1, true);
    // Mode latihan as a first start seeds it: the demo catalog and its opening stock.
    await loadOrSeedIdentity(db);
    expect(await db.stockLevels.count()).toBeGreaterThan(0);
    await db.sales.add(practice.payload);
    await db.outbox.add(practice);
    const movement: StockMovement = {
      id: 'm1',
      productId: 'p',
      saleId: practice.payload.id,
      reason: 'sale',
      quantity: -1,
      unit: 'unit',
      occurredAt: practice.occurredAt,
    };
    await db.stockMovements.add(movement);
    await db.printQueue.add(newReceiptJob(practice.payload, DEMO_IDENTITY, null));
    await db.counters.bulkPut([
      { name: 'outbox-seq', value: 1 },
      { name: 'receipt:2026-02-10', value: 1 },
    ]);
    await db.audit.add(
      auditEntry(
        DEMO_IDENTITY,
        new Date('2026-12-21T01:00:00Z'),
        { id: 'demo-kasir-maria', name: 'Maria' },
        { kind: 'login' },
      ),
    );
    await db.pinFailures.put({ staffId: 'demo-kasir-maria', failures: ['2026-12-21T01:00:00Z'] });

    const identity = await switchToEnrolled(db, info);
    expect(identity).toMatchObject({
      terminalId: 'ende-t01',
      outletId: 'ende',
      outletCode: 'END',
      terminalCode: 'T01',
      training: false,
    });
    for (const table of [
      db.sales,
      db.outbox,
      db.stockMovements,
      db.stockLevels,
      db.stockReceipts,
      db.printQueue,
      db.counters,
      db.products,
      db.audit,
      db.pinFailures,
    ])
      expect(await table.count()).toBe(0);
    expect(await db.syncState.get('enrolment')).toMatchObject({ stage: 'downloading', terminalId: 'ende-t01' });
    // Again (a restart half-way): nothing changes, nothing fails.
    expect(await switchToEnrolled(db, info)).toEqual(identity);
    await expect(switchToEnrolled(db, { ...info, terminalId: 'ende-t02' })).rejects.toThrow(/milik terminal ende-t01/);

    await db.serverSettings.bulkPut([
      { key: 'outlet', value: { id: 'ende', name: 'NTT Mart Ende', kabupaten: 'Kabupaten Ende', city: 'Ende' } },
      { key: 'qris.static', value: '000201' },
    ]);
    expect(await withServerSettings(db)).toMatchObject({
      outletName: 'NTT Mart Ende',
      outletAddress: 'Ende, Kabupaten Ende',
      qrisStatic: '000201',
      training: false,
    });
  });

  it('refuses to enrol over events that are not practice', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'terminal', value: DEMO_IDENTITY });
    await db.outbox.add(event(1, false));
    await expect(switchToEnrolled(db, info)).rejects.toThrow(/bukan latihan/);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('database version 3', () => {
  it('opens a version 1 database with its data kept and the sync tables added', async () => {
    const name = `test-${crypto.randomUUID()}`;
    // Version 1 as shipped (renderer/db/database.ts).
    const v1 = new Dexie(name);
    v1.version(1).stores({
      products: 'id, &barcode, &plu, category',
      sales: 'id, &receiptNo, businessDate, completedAt',
      stockMovements: 'id, productId, saleId',
      outbox: 'seq, &id, type',
      counters: 'name',
      printQueue: 'id, state, request.kind',
      settings: 'key',
    });
    await v1.table('outbox').add(event(1, true));
    await v1.table('counters').add({ name: 'outbox-seq', value: 1 });
    v1.close();
    const db = new PosDatabase(name);
    try {
      expect(await db.outbox.count()).toBe(1);
      expect(await db.counters.get('outbox-seq')).toEqual({ name: 'outbox-seq', value: 1 });
      expect(
        await Promise.all([
          db.outboxAcks.count(),
          db.deadLetters.count(),
          db.syncStreams.count(),
          db.asnRoster.count(),
        ]),
      ).toEqual([0, 0, 0, 0]);
      for (const table of [
        'outboxAcks',
        'deadLetters',
        'syncStreams',
        'syncStaging',
        'syncState',
        'syncErrors',
        'asnRoster',
        'asnMonthTotals',
        'serverSettings',
      ]) {
        expect(db.backendDB().objectStoreNames.contains(table)).toBe(true);
      }
    } finally {
      await db.delete();
    }
  });
});
