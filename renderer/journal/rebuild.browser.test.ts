import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { toTerminalId, toOutletId, enrolledIdentity } from '#domain/outlet/terminal';
import type { JournalEntry, JournalSnapshot } from '#bridge/journal-entry';
import { auditEntry, auditWrites } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { commitDocuments } from '../outbox/commit';
import { enrolmentState } from '../sync/enrolment';
import { attachJournal } from './journal-writer';
import { restoreFromJournal } from './rebuild';
import { toBusinessDate } from '#domain/wita';
import { buildSale } from '#domain/test-documents';
import { goldenWriteOff } from '#hardware/receipt/golden-papers';
import type { SyncEvent, SyncEventOf } from '#sync/protocol/events';
import { rupiah } from '#domain/money';
import { testShift } from '#tests/support/shift-fixtures';
import { openShiftOf } from '../shifts/shift-documents';
import { ALREADY_APPROVED, approveStockTake } from '../stock/stock-take';

const asEvent = (seq: number, content: Pick<SyncEvent, 'type' | 'payload'>) =>
  ({ id: uuidv7(), seq, occurredAt: '2026-12-21T01:00:00.000Z', ...content }) as SyncEvent;

const freshDb = useFreshDatabases();
const at = '2026-12-21T03:00:00.000Z';
const MARIA = { id: 'k1', name: 'Maria' };
const connection = {
  serverUrl: 'http://127.0.0.1:8080',
  terminalId: uuidv7(),
  outletId: 'ende',
  enrolledAt: '2026-12-01T00:00:00.000Z',
};
const identity = enrolledIdentity({
  outletId: toOutletId('ende'),
  terminalId: toTerminalId(connection.terminalId),
  outletName: 'NTT Mart Ende',
  outletAddress: 'Ende',
  qrisStatic: '',
});

/** A sign-in on this terminal: the smallest document with an event. */
function login(db: PosDatabase, at = new Date('2026-12-21T01:00:00Z')) {
  const entry = auditEntry(identity, at, MARIA, { kind: 'login' });
  return commitDocuments(db, {
    receiptDate: null,
    stores: ['audit'],
    plan: () => ({ ...auditWrites(entry), result: entry.id }),
  });
}

/** What the host's journal held when the database was lost: events 41 and 42 not yet acknowledged, receipt 17 of the day taken. */
function journal(): JournalSnapshot {
  const events = [41, 42].map((seq) => {
    const entry = auditEntry(identity, new Date('2026-12-21T02:00:00Z'), MARIA, { kind: 'login' });
    return { ...auditWrites(entry).events[0]!, id: uuidv7(), seq };
  });
  return {
    terminalId: identity.terminalId,
    events,
    counters: [
      { name: 'outbox-seq', value: 42 },
      { name: 'receipt:2026-12-21', value: 17 },
    ],
    lastSeq: 42,
    shiftEvents: [],
  } as JournalSnapshot;
}

describe('rebuilding a lost database from the journal', () => {
  it('gives an enrolled terminal back its outbox, seq and receipt counter, still enrolled', async () => {
    const db = freshDb();
    const snapshot = journal();
    expect(await restoreFromJournal(db, snapshot, connection)).toBe(2);
    expect(await db.outbox.orderBy('seq').toArray()).toEqual(snapshot.events);
    expect((await db.settings.get('terminal'))?.value).toMatchObject({
      terminalId: identity.terminalId,
      training: false,
    });
    expect(await enrolmentState(db)).toMatchObject({ stage: 'downloading', terminalId: identity.terminalId });

    await login(db);
    expect((await db.outbox.orderBy('seq').last())?.seq).toBe(43);
    const next = await commitDocuments(db, {
      receiptDate: toBusinessDate('2026-12-21'),
      stores: ['audit'],
      plan: (sequence) => ({ writes: [], events: [], result: sequence }),
    });
    expect(next).toBe(18);
  });

  it('brings back the open shift and its documents, acknowledged ones included, and sends only the unacknowledged', async () => {
    const db = freshDb();
    const terminal = { id: identity.terminalId, outletId: identity.outletId };
    const shift = testShift(terminal, '2026-12-21T00:00:00.000Z', { 'note-50000': 2 });
    const sale = (receiptNo: string) =>
      buildSale({
        receiptNo,
        shiftId: shift.id,
        outletId: terminal.outletId,
        terminalId: terminal.id,
        lines: [{ price: 25_000, quantity: 2 }],
      });
    const opening = asEvent(1, { type: 'shift.opened', payload: shift });
    const sales = [sale('EN-01-0001'), sale('EN-01-0002')];
    const acknowledged = asEvent(2, { type: 'sale.completed', payload: sales[0]! });
    const unsent = asEvent(3, { type: 'sale.completed', payload: sales[1]! });
    const snapshot: JournalSnapshot = {
      terminalId: identity.terminalId,
      events: [unsent],
      counters: [{ name: 'outbox-seq', value: 3 }],
      lastSeq: 3,
      shiftEvents: [opening, acknowledged],
    };
    expect(await restoreFromJournal(db, snapshot, connection)).toBe(1);
    expect(await db.outbox.toArray()).toEqual([unsent]);
    expect(await openShiftOf(db)).toEqual(shift);
    expect(await db.sales.orderBy('receiptNo').toArray()).toEqual(sales);
  });

  it('brings back an approved stock-take, so it cannot be approved again', async () => {
    const db = freshDb();
    const count = asEvent(1, {
      type: 'stock.counted',
      payload: {
        id: uuidv7(),
        outletId: identity.outletId,
        terminalId: identity.terminalId,
        training: false,
        startedAt: at,
        approvedAt: at,
        businessDate: toBusinessDate('2026-12-21'),
        approvedBy: MARIA,
        category: null,
        lines: [{ productId: 'kopi', name: 'Kopi', expected: 5, counted: 4, unitValue: rupiah(20_000) }],
      },
    }) as SyncEventOf<'stock.counted'>;
    const snapshot: JournalSnapshot = {
      terminalId: identity.terminalId,
      events: [count],
      counters: [{ name: 'outbox-seq', value: 1 }],
      lastSeq: 1,
      shiftEvents: [],
    };
    expect(await restoreFromJournal(db, snapshot, connection)).toBe(1);
    expect(await db.stockCounts.get(count.payload.id)).toEqual(count.payload);
    expect(await db.stockTakes.get(count.payload.id)).toMatchObject({ status: 'approved', approvedAt: at });
    expect(
      await approveStockTake(db, { identity, takeId: count.payload.id, approvedBy: MARIA, now: new Date() }),
    ).toMatchObject({ ok: false, error: { message: ALREADY_APPROVED } });
  });

  it('puts a write-off not yet acknowledged back in its table', async () => {
    const db = freshDb();
    const writeOff = { ...goldenWriteOff(), outletId: identity.outletId, terminalId: identity.terminalId };
    const event = asEvent(43, { type: 'stock.written-off', payload: writeOff });
    const snapshot = journal();
    expect(
      await restoreFromJournal(db, { ...snapshot, events: [...snapshot.events, event], lastSeq: 43 }, connection),
    ).toBe(3);
    expect(await db.writeOffs.toArray()).toEqual([writeOff]);
  });

  it('leaves the database alone for a journal of a terminal this one is not', async () => {
    const db = freshDb();
    expect(await restoreFromJournal(db, journal(), { ...connection, terminalId: uuidv7() })).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('journals each commit after it is durable, with its events and counters', async () => {
    const db = freshDb();
    await restoreFromJournal(db, journal(), connection);
    const entries: JournalEntry[] = [];
    attachJournal(db, { append: async (entry) => void entries.push(entry) });
    await login(db);
    expect(entries).toEqual([
      {
        terminalId: identity.terminalId,
        events: [await db.outbox.get(43)],
        counters: [{ name: 'outbox-seq', value: 43 }],
      },
    ]);
  });
});
