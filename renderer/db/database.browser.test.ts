import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRefund, buildSale } from '#domain/test-documents';
import { PosDatabase } from './database';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

describe('the terminal database upgrade', () => {
  it('keeps version 1 data and finds a shift’s sales by the new index in version 2', async () => {
    // Version 1 exactly as shipped.
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
    const sales = [
      buildSale({ receiptNo: 'R-2', shiftId: 's1', lines: [{ price: 1000 }] }),
      buildSale({ receiptNo: 'R-1', shiftId: 's1', lines: [{ price: 2000 }] }),
      buildSale({ receiptNo: 'R-3', shiftId: null, lines: [{ price: 3000 }] }),
    ];
    await v1.table('sales').bulkAdd(sales);
    await v1.table('counters').put({ name: 'outbox-seq', value: 3 });
    v1.close();

    const db = new PosDatabase(name);
    const inShift = await db.sales
      .where('[shiftId+receiptNo]')
      .between(['s1', Dexie.minKey], ['s1', Dexie.maxKey])
      .toArray();
    expect(db.backendDB().objectStoreNames.contains('shifts')).toBe(true);
    expect(inShift.map((s) => s.receiptNo)).toEqual(['R-1', 'R-2']);
    expect(await db.sales.count()).toBe(3);
    expect(await db.counters.get('outbox-seq')).toEqual({ name: 'outbox-seq', value: 3 });
    expect(await Promise.all([db.staff.count(), db.shifts.count(), db.refunds.count(), db.audit.count()])).toEqual([
      0, 0, 0, 0,
    ]);
    db.close();
  });

  it('finds ASN documents by NIP and the answer that acknowledged each, after the upgrade to version 4', async () => {
    // Version 3 as shipped: its tables and indexes, merged over versions 1 to 3.
    const v3 = new Dexie(name);
    v3.version(3).stores({
      products: 'id, &barcode, &plu, category',
      sales: 'id, &receiptNo, businessDate, completedAt, [shiftId+receiptNo]',
      stockMovements: 'id, productId, saleId',
      outbox: 'seq, &id, type',
      counters: 'name',
      printQueue: 'id, state, request.kind',
      settings: 'key',
      staff: 'id',
      pinFailures: 'staffId',
      shifts: 'id, openedAt, businessDate',
      cashMovements: 'id, shiftId',
      refunds: 'id, &receiptNo, originalSaleId, shiftId',
      audit: 'id, at',
      dayClosings: 'id, &businessDate',
      outboxAcks: 'ackSerial',
      deadLetters: 'id, seq',
      syncStreams: 'stream',
      syncStaging: '[stream+page]',
      syncState: 'key',
      syncErrors: '++id',
      asnRoster: 'bucket',
      asnTotals: '[nip+month], nip',
      serverSettings: 'key',
    });
    const nip = '198609262015051001';
    const sales = [
      buildSale({ nip, lines: [{ price: 40_000 }] }),
      buildSale({ nip: null, lines: [{ price: 5_000 }] }),
      buildSale({ nip, lines: [{ price: 25_000 }] }),
    ];
    const refund = buildRefund(sales[0]!, [[1, 1]], []);
    await v3.table('sales').bulkAdd(sales);
    await v3.table('refunds').add(refund);
    const ack = (documentId: string, seq: number) => ({
      id: `e-${seq}`,
      seq,
      type: 'sale.completed',
      documentId,
      status: 'stored',
      quarantined: false,
      reasons: [],
    });
    await v3.table('outboxAcks').bulkAdd([
      {
        ackSerial: 1,
        acknowledgedAt: '2026-02-10T03:01:00.000Z',
        events: [ack(sales[0]!.id, 1), ack(sales[1]!.id, 2)],
      },
      { ackSerial: 2, acknowledgedAt: '2026-02-10T03:05:00.000Z', events: [ack(sales[2]!.id, 3)] },
    ]);
    v3.close();

    const db = new PosDatabase(name);
    expect((await db.sales.where('asn.nip').equals(nip).toArray()).map((s) => s.id).sort()).toEqual(
      [sales[0]!.id, sales[2]!.id].sort(),
    );
    expect((await db.refunds.where('asn.nip').equals(nip).toArray()).map((r) => r.id)).toEqual([refund.id]);
    const batches = await db.outboxAcks.where('documentIds').anyOf([sales[2]!.id, sales[1]!.id]).toArray();
    expect(batches.map((b) => [b.ackSerial, b.documentIds])).toEqual([
      [1, [sales[0]!.id, sales[1]!.id]],
      [2, [sales[2]!.id]],
    ]);
    db.close();
  });

  it('drops the plain roster and totals and downloads both streams again, after the upgrade to version 6', async () => {
    // Version 5 as shipped: its tables and indexes, merged over versions 1 to 5.
    const v5 = new Dexie(name);
    v5.version(5).stores({
      products: 'id, &barcode, &plu, category',
      sales: 'id, &receiptNo, businessDate, completedAt, [shiftId+receiptNo], asn.nip',
      stockMovements: 'id, productId, saleId',
      outbox: 'seq, &id, type',
      counters: 'name',
      printQueue: 'id, state, request.kind, request.sale.id',
      settings: 'key',
      staff: 'id',
      pinFailures: 'staffId',
      shifts: 'id, openedAt, businessDate',
      cashMovements: 'id, shiftId',
      refunds: 'id, &receiptNo, originalSaleId, shiftId, asn.nip',
      audit: 'id, at',
      dayClosings: 'id, &businessDate',
      outboxAcks: 'ackSerial, *documentIds',
      deadLetters: 'id, seq',
      syncStreams: 'stream',
      syncStaging: '[stream+page]',
      syncState: 'key',
      syncErrors: '++id',
      asnRoster: 'bucket',
      asnTotals: '[nip+month], nip',
      serverSettings: 'key',
      openCarts: 'id, heldAt',
    });
    const nip = '198609262015051001';
    const sale = buildSale({ nip, lines: [{ price: 40_000 }] });
    await v5.table('sales').add(sale);
    await v5
      .table('asnRoster')
      .add({ bucket: 7, entries: [{ nip, name: 'Fransiskus Jehadu', opd: 'Dinas Pendidikan', kind: 'PNS' }] });
    await v5.table('asnTotals').add({ nip, month: '2026-12', total: 65_000, saleCount: 1, ackSerial: 3 });
    const state = (stream: string) => ({ stream, cursor: 'c9', staging: null, lastPulledAt: null });
    await v5.table('syncStreams').bulkAdd([state('asn-roster'), state('asn-totals'), state('products')]);
    await v5.table('syncStaging').bulkAdd([
      { stream: 'asn-roster', page: 0, items: [{ nip, name: 'Fransiskus Jehadu' }], ackSerial: 0 },
      { stream: 'products', page: 0, items: [], ackSerial: 0 },
    ]);
    v5.close();

    const db = new PosDatabase(name);
    expect(await db.asnRoster.count()).toBe(0);
    expect(db.backendDB().objectStoreNames.contains('asnTotals')).toBe(false);
    expect(await db.asnMonthTotals.count()).toBe(0);
    expect((await db.syncStreams.toArray()).map((s) => s.stream)).toEqual(['products']);
    expect((await db.syncStaging.toArray()).map((p) => p.stream)).toEqual(['products']);
    // The terminal's own sales keep the NIP the buyer presented: the province needs it.
    expect(await db.sales.where('asn.nip').equals(nip).count()).toBe(1);
    db.close();
  });

  it('derives each product’s stock level from the movements already recorded, in the upgrade to version 7', async () => {
    // Version 6 as shipped: its tables and indexes, merged over versions 1 to 6.
    const v6 = new Dexie(name);
    v6.version(6).stores({
      products: 'id, &barcode, &plu, category',
      sales: 'id, &receiptNo, businessDate, completedAt, [shiftId+receiptNo], asn.nip',
      stockMovements: 'id, productId, saleId',
      outbox: 'seq, &id, type',
      counters: 'name',
      printQueue: 'id, state, request.kind, request.sale.id',
      settings: 'key',
      staff: 'id',
      pinFailures: 'staffId',
      shifts: 'id, openedAt, businessDate',
      cashMovements: 'id, shiftId',
      refunds: 'id, &receiptNo, originalSaleId, shiftId, asn.nip',
      audit: 'id, at',
      dayClosings: 'id, &businessDate',
      outboxAcks: 'ackSerial, *documentIds',
      deadLetters: 'id, seq',
      syncStreams: 'stream',
      syncStaging: '[stream+page]',
      syncState: 'key',
      syncErrors: '++id',
      asnRoster: 'bucket',
      asnMonthTotals: '[nipKey+month]',
      serverSettings: 'key',
      openCarts: 'id, heldAt',
    });
    const at = (minute: number) => `2026-12-01T01:${String(minute).padStart(2, '0')}:00.000Z`;
    const moved = (id: string, productId: string, quantity: number, unit: string, extra: object) => ({
      id,
      productId,
      saleId: 's1',
      quantity,
      unit,
      occurredAt: at(Number(id)),
      ...extra,
    });
    await v6
      .table('stockMovements')
      .bulkAdd([
        moved('01', 'kopi', -2, 'unit', { reason: 'sale' }),
        moved('02', 'sei', -500, 'g', { reason: 'sale' }),
        moved('03', 'kopi', -1, 'unit', { reason: 'sale' }),
        moved('04', 'kopi', 1, 'unit', { reason: 'refund', refundId: 'r1' }),
      ]);
    v6.close();

    const db = new PosDatabase(name);
    expect(await db.stockLevels.get('kopi')).toMatchObject({
      onHand: -2,
      unit: 'unit',
      batches: [],
      negativeSince: at(1),
    });
    expect(await db.stockLevels.get('sei')).toMatchObject({ onHand: -500, unit: 'g' });
    expect(await db.stockMovements.where('saleId').equals('s1').count()).toBe(4);
    db.close();
  });
});
