import { describe, expect, it } from 'vitest';
import { asnStanding } from '#domain/asn/asn-standing';
import { rupiah } from '#domain/money';
import { parseNip, type Nip } from '#domain/asn/nip';
import type { Refund } from '#domain/checkout/refund';
import type { Sale } from '#domain/checkout/sale';
import { buildRefund, buildSale } from '#domain/test-documents';
import { settleBatch } from '#sync/client/settle';
import type { SyncEvent } from '#sync/protocol/events';
import type { PushResponse } from '#sync/protocol/messages';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { putRosterEntries } from '../sync/asn-roster';
import { DexieSyncStore } from '../sync/dexie-sync-store';
import { asnThreshold } from '../sync/province-settings';
import { asnStandingInput } from './asn-standing-input';
import { identifyAsn } from './identify-asn';
import { testNipKeyer } from './test-nip-keyer';

const freshDb = useFreshDatabases();
const NOW = new Date('2026-03-20T03:00:00Z');

function nip(text: string): Nip {
  const parsed = parseNip(text, NOW);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.nip;
}
const MARIA = nip('198609262015051001');
const YOHANES = nip('199312282025212001');

let seq = 0;
const uuid = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
function saleOf(total: number, completedAt: string, buyer: Nip | null = MARIA): Sale {
  const n = ++seq;
  return buildSale({ id: uuid(n), receiptNo: `R-${n}`, lines: [{ price: total }], completedAt, nip: buyer });
}
const saleEvent = (sale: Sale): SyncEvent => ({
  id: uuid(1000 + ++seq),
  seq,
  type: 'sale.completed',
  occurredAt: sale.completedAt,
  payload: sale,
});
const refundEvent = (refund: Refund): SyncEvent => ({
  id: uuid(1000 + ++seq),
  seq,
  type: 'sale.refunded',
  occurredAt: refund.refundedAt,
  payload: refund,
});

/** The documents written and their events answered by the server as given. */
async function record(db: PosDatabase, docs: { sales?: Sale[]; refunds?: Refund[] }) {
  await db.sales.bulkAdd(docs.sales ?? []);
  await db.refunds.bulkAdd(docs.refunds ?? []);
}
async function acknowledge(db: PosDatabase, events: SyncEvent[], quarantined = false) {
  const response: PushResponse = {
    results: events.map((e) => ({
      id: e.id,
      status: 'stored',
      quarantined,
      ...(quarantined ? { reasons: ['x'] } : {}),
    })),
    highWaterSeq: 0,
  };
  await new DexieSyncStore(db).settle([settleBatch(events, response, NOW)]);
}
/** A pull of the asn-totals stream that starts now (ack serial as it is) and brings these figures. */
async function pullTotals(db: PosDatabase, totals: { nip: Nip; month: string; total: number }[]) {
  const store = new DexieSyncStore(db);
  const ackSerial = await store.ackSerial();
  const keys = await testNipKeyer(
    totals.map((t) => t.nip),
    false,
  );
  const items = totals.map(({ nip: _, ...t }, i) => ({ ...t, nipKey: keys[i]!, total: rupiah(t.total), saleCount: 1 }));
  await store.applyPage(
    'asn-totals',
    { items, cursor: `c${ackSerial}`, ackSerial },
    { startedAt: NOW.toISOString(), endedAt: NOW.toISOString(), ackSerialAtStart: ackSerial },
  );
}
const totalOf = async (db: PosDatabase, buyer: Nip = MARIA, month = '2026-03') =>
  asnStanding(await asnStandingInput(db, buyer, month, false, testNipKeyer)).total;

describe('an ASN’s month on the terminal', () => {
  it('adds this terminal’s sales until a pulled figure includes them, never twice', async () => {
    const db = freshDb();
    await pullTotals(db, [{ nip: MARIA, month: '2026-03', total: 40_000 }]);
    const first = saleOf(25_000, '2026-03-10T02:00:00Z');
    const second = saleOf(10_000, '2026-03-11T02:00:00Z');
    await record(db, {
      sales: [first, second, saleOf(7_000, '2026-03-11T02:00:00Z', YOHANES), saleOf(9_000, '2026-02-27T02:00:00Z')],
    });
    // Waiting in the outbox: both added to the server's figure.
    expect(await totalOf(db)).toBe(75_000);

    // Acknowledged after the last pull: still not in the figure.
    await acknowledge(db, [saleEvent(first), saleEvent(second)]);
    expect(await totalOf(db)).toBe(75_000);

    // The next pull's figure has them: the terminal adds nothing more.
    await pullTotals(db, [{ nip: MARIA, month: '2026-03', total: 75_000 }]);
    expect(await totalOf(db)).toBe(75_000);
    expect(await totalOf(db, MARIA, '2026-02')).toBe(9_000);
    expect(await totalOf(db, YOHANES)).toBe(7_000);
  });

  it('counts a quarantined sale, which the province’s figure leaves out', async () => {
    const db = freshDb();
    const sale = saleOf(30_000, '2026-03-10T02:00:00Z');
    await record(db, { sales: [sale] });
    await acknowledge(db, [saleEvent(sale)], true);
    await pullTotals(db, []);
    expect(await totalOf(db)).toBe(30_000);
  });

  it('takes refunds off the original sale’s month, until the figure includes them', async () => {
    const db = freshDb();
    const february = saleOf(50_000, '2026-02-27T02:00:00Z');
    await record(db, { sales: [february] });
    await acknowledge(db, [saleEvent(february)]);
    await pullTotals(db, [
      { nip: MARIA, month: '2026-02', total: 50_000 },
      { nip: MARIA, month: '2026-03', total: 20_000 },
    ]);
    const refund = { ...buildRefund(february, [[1, 1]], []), id: uuid(500), refundedAt: '2026-03-05T02:00:00.000Z' };
    await record(db, { refunds: [refund] });
    expect(refund.asn).toEqual({ nip: MARIA, month: '2026-02' });
    expect([await totalOf(db, MARIA, '2026-02'), await totalOf(db)]).toEqual([0, 20_000]);
    await acknowledge(db, [refundEvent(refund)]);
    await pullTotals(db, [{ nip: MARIA, month: '2026-02', total: 0 }]);
    expect(await totalOf(db, MARIA, '2026-02')).toBe(0);
  });

  it('takes the minimum from the settings stream, Rp 100.000 without it or in mode latihan', async () => {
    const db = freshDb();
    expect(await asnThreshold(db, false)).toBe(100_000);
    await db.serverSettings.put({ key: 'asn.monthlyMinimum', value: 150_000 });
    expect(await asnThreshold(db, false)).toBe(150_000);
    expect(await asnThreshold(db, true)).toBe(100_000);
    await db.serverSettings.put({ key: 'asn.monthlyMinimum', value: 'seratus ribu' });
    expect(await asnThreshold(db, false)).toBe(100_000);
  });
});

describe('identifying an ASN', () => {
  it('finds the name and OPD on the roster, accepts a NIP missing from it as unverified, and names a wrong part', async () => {
    const db = freshDb();
    const [mariaKey] = await testNipKeyer([MARIA], false);
    await db.transaction('rw', db.asnRoster, () =>
      putRosterEntries(db, [{ nipKey: mariaKey!, displayName: 'Maria G. N.', opd: 'Dinas Pendidikan' }]),
    );
    await pullTotals(db, [{ nip: MARIA, month: '2026-03', total: 65_000 }]);

    const found = await identifyAsn(db, '19860926 201505 1 001', NOW, false, testNipKeyer);
    expect(found).toMatchObject({
      ok: true,
      value: {
        buyer: { nip: MARIA, name: 'Maria G. N.', opd: 'Dinas Pendidikan', kind: 'PNS', verified: true },
        standing: { month: '2026-03', total: 65_000, remaining: 35_000 },
      },
    });

    const missing = await identifyAsn(db, '19931228 2025 21 2 001', NOW, false, testNipKeyer);
    expect(missing).toMatchObject({
      ok: true,
      value: { buyer: { nip: YOHANES, name: null, opd: null, kind: 'PPPK', verified: false }, standing: { total: 0 } },
    });

    expect(await identifyAsn(db, '19860926 201513 1 001', NOW, false)).toEqual({
      ok: false,
      error: {
        code: 'nip-appointment',
        part: 'appointment',
        message: 'Bulan pengangkatan 201513 tidak valid.',
        digits: '198609262015131001',
      },
    });
    expect(await identifyAsn(db, '1986-09-26 x', NOW, false)).toMatchObject({
      ok: false,
      error: { part: 'characters', digits: null },
    });
  });
});
