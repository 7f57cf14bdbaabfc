import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { addProduct, EMPTY_CART, setQuantity, type Cart } from '#domain/checkout/cart';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { rupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';
import type { Payment } from '#domain/checkout/sale';
import type { Shift } from '#domain/shift/shift';
import { syncEventSchema } from '#sync/protocol/events';
import { completeSale } from '../checkout/complete-sale';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { completeRefund, findSaleToRefund } from '../refunds/refund-commands';
import { checkCashMovement, closeDay, closeShift, moveCash, startShift } from './shift-commands';
import { loadShiftReport } from './shift-documents';
import { toBusinessDate } from '#domain/wita';
import { v7 as uuidv7 } from 'uuid';
import { toTerminalId } from '#domain/outlet/terminal';
import type { OutletDay } from '#domain/shift/outlet-tills';
import { toShiftId } from '#domain/shift/shift';
import { shiftReport } from '#domain/shift/shift-report';

const freshDb = useFreshDatabases();
const identity = { ...DEMO_IDENTITY, training: false, outletCode: 'MBR', terminalCode: 'T01' };
const MARIA = { id: 'k1', name: 'Maria' };
const YOHANES = { id: 'm1', name: 'Yohanes' };
const kopi: Product = {
  id: 'kopi',
  barcode: withCheckDigit('899512010002'),
  plu: null,
  name: 'Kopi Arabika Bajawa 250 g',
  price: rupiah(65_000),
  soldBy: 'unit',
  supplier: 'Koperasi Kopi Bajawa',
  category: 'Kopi',
  unit: 'bungkus',
  active: true,
};
const FLOAT = { 'note-50000': 2 }; // Rp 100.000
// 22:00 WITA on 21 December: the shift runs past midnight.
const OPENED = new Date('2026-12-21T14:00:00Z');
const at = (minutes: number) => new Date(OPENED.getTime() + minutes * 60_000);

function cartOf(quantity: number): Cart {
  const added = addProduct(EMPTY_CART, kopi);
  if (!added.ok) throw new Error(added.error.message);
  const result = setQuantity(added.value.cart, added.value.lineKey, quantity);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.cart;
}

async function open(db: PosDatabase): Promise<Shift> {
  const result = await startShift(db, identity, MARIA, FLOAT, OPENED);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function sell(db: PosDatabase, shift: Shift, quantity: number, payment: Payment['method'], minutes: number) {
  const total = rupiah(quantity * 65_000);
  const payments: Payment[] = [
    { method: payment, amount: total, tendered: total, reference: payment === 'debit' ? 'A1B2C3' : null },
  ];
  const result = await completeSale(db, {
    cart: cartOf(quantity),
    payments,
    identity,
    cashier: MARIA,
    shiftId: shift.id,
    asn: null,
    now: at(minutes),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.sale;
}

describe('a shift on the terminal (real IndexedDB)', () => {
  it('opens once, belongs to the WITA day it opened, and sells, moves cash and refunds within it', async () => {
    const db = freshDb();
    const shift = await open(db);
    expect(shift.businessDate).toBe('2026-12-21');
    expect(await startShift(db, identity, YOHANES, {}, at(1))).toEqual({
      ok: false,
      error: { code: 'shift-open', message: 'Shift Maria masih terbuka: tutup dulu sebelum membuka shift baru.' },
    });

    const cashSale = await sell(db, shift, 2, 'cash', 30);
    const qrisSale = await sell(db, shift, 1, 'qris', 150); // 00:30 WITA on the 22nd
    expect([cashSale.shiftId, cashSale.cashier, qrisSale.receiptNo]).toEqual([
      shift.id,
      MARIA,
      'MBR-T01-20261222-0001',
    ]);

    expect(
      await moveCash(
        db,
        identity,
        shift,
        MARIA,
        { kind: 'pay-out', amount: rupiah(300_000), reason: 'Bayar pemasok' },
        at(40),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'invalid-cash-movement', message: expect.stringContaining('melebihi uang di laci') },
    });
    const payOut = await moveCash(
      db,
      identity,
      shift,
      MARIA,
      { kind: 'pay-out', amount: rupiah(25_000), reason: 'Ongkos kirim madu' },
      at(45),
    );
    expect(payOut.ok).toBe(true);

    const byQr = await findSaleToRefund(db, cashSale.id);
    const byNumber = await findSaleToRefund(db, qrisSale.receiptNo.toLowerCase());
    if (!byQr.ok || !byNumber.ok || !byQr.value || !byNumber.value) throw new Error('sale not found');
    expect(byNumber.value.sale.id).toBe(qrisSale.id);
    const refund = await completeRefund(
      db,
      identity,
      {
        subject: byQr.value,
        picks: [[1, 1]],
        method: 'original',
        reason: 'Kemasan rusak',
        cashier: MARIA,
        shiftId: shift.id,
        approvedBy: YOHANES,
      },
      at(160),
    );
    if (!refund.ok) throw new Error(refund.error.message);
    // Refunds take their number from the sales' sequence of the day.
    expect(refund.value).toMatchObject({
      receiptNo: 'MBR-T01-20261222-0002',
      total: 65_000,
      payments: [{ method: 'cash', amount: 65_000 }],
      shiftId: shift.id,
    });
    const qrisRefund = await completeRefund(
      db,
      identity,
      {
        subject: byNumber.value,
        picks: [[1, 1]],
        method: 'original',
        reason: 'Salah beli',
        cashier: MARIA,
        shiftId: shift.id,
        approvedBy: YOHANES,
      },
      at(161),
    );
    expect(qrisRefund.ok && qrisRefund.value.payments).toEqual([{ method: 'qris', amount: 65_000 }]);
    const again = await findSaleToRefund(db, cashSale.id);
    if (!again.ok || !again.value) throw new Error(JSON.stringify(again));
    expect(
      await completeRefund(
        db,
        identity,
        {
          subject: again.value,
          picks: [[1, 2]],
          method: 'cash',
          reason: 'Semua',
          cashier: MARIA,
          shiftId: shift.id,
          approvedBy: YOHANES,
        },
        at(162),
      ),
    ).toEqual({
      ok: false,
      error: { code: 'refund-exceeds-sale', message: 'Jumlah yang dikembalikan melebihi sisa yang bisa dikembalikan.' },
    });
    expect(await findSaleToRefund(db, refund.value.id)).toEqual({
      ok: false,
      error: { code: 'refund-receipt', message: expect.stringContaining('adalah struk refund') },
    });
    const back = (await db.stockMovements.where('saleId').equals(cashSale.id).toArray()).map((m) => [
      m.reason,
      m.quantity,
    ]);
    expect(back.sort()).toEqual([
      ['refund', 1],
      ['sale', -2],
    ]);

    const report = await loadShiftReport(db, shift);
    expect(report).toMatchObject({
      kind: 'X',
      saleCount: 2,
      netSales: 195_000,
      refunds: 130_000,
      payOuts: 25_000,
      expectedCash: 100_000 + 130_000 - 25_000 - 65_000,
    });
    const events = (await db.outbox.orderBy('seq').toArray()).map((e) => syncEventSchema.parse(e));
    expect(events.map((e) => e.type)).toEqual([
      'shift.opened',
      'sale.completed',
      'sale.completed',
      'cash.moved',
      'audit.recorded',
      'sale.refunded',
      'audit.recorded',
      'sale.refunded',
      'audit.recorded',
    ]);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect((await db.printQueue.toArray()).map((j) => j.request.kind)).toEqual([
      'receipt',
      'receipt',
      'cash-slip',
      'refund-receipt',
      'refund-receipt',
    ]);
  });

  it('closes with a count: over the threshold only with a reason and a manager, then prints the Z report', async () => {
    const db = freshDb();
    const shift = await open(db);
    await sell(db, shift, 1, 'cash', 10);
    const short = {
      counted: { 'note-100000': 1, 'note-50000': 1 },
      closedBy: MARIA,
      varianceReason: null,
      approvedBy: null,
    }; // 15.000 short
    const refused = await closeShift(db, identity, shift, short, at(60));
    expect(!refused.ok && refused.error.message.replace(/\u00a0/g, ' ')).toBe(
      'Selisih kas -Rp 15.000 melebihi batas Rp 10.000: alasan wajib diisi. Selisih kas -Rp 15.000 melebihi batas Rp 10.000: perlu persetujuan manajer.',
    );
    expect(await closeDay(db, identity, toBusinessDate('2026-12-21'), YOHANES, at(61), null)).toEqual({
      ok: false,
      error: { code: 'shifts-open', message: 'Tutup hari belum bisa: shift Maria (demo-latihan-1) belum ditutup.' },
    });

    const closed = await closeShift(
      db,
      identity,
      shift,
      { ...short, varianceReason: 'Kembalian salah', approvedBy: YOHANES },
      at(62),
    );
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.report).toMatchObject({
      kind: 'Z',
      expectedCash: 165_000,
      counted: 150_000,
      variance: -15_000,
      varianceNeedsApproval: true,
    });
    expect(await db.shifts.get(shift.id)).toEqual(closed.value.shift);
    const [job] = await db.printQueue.where('request.kind').equals('shift-report').toArray();
    expect(job?.request).toMatchObject({
      kind: 'shift-report',
      report: closed.value.report,
      varianceReason: 'Kembalian salah',
      approvedBy: YOHANES,
    });
    const audit = await db.audit.toArray();
    expect(audit.map((a) => [a.event.kind, a.approvedBy])).toEqual([['approved', YOHANES]]);

    // The outlet's other till closed a shift of its own that day (the province says so): the close covers it.
    const otherTill = toTerminalId('demo-latihan-t02');
    const other = shiftReport({
      shift: { ...closed.value.shift, id: toShiftId(uuidv7()), terminalId: otherTill, openedAt: at(-30).toISOString() },
      sales: [],
      refunds: [],
      movements: [],
    });
    const outlet: OutletDay = {
      outletId: identity.outletId,
      businessDate: toBusinessDate('2026-12-21'),
      serverTime: at(70).toISOString(),
      tills: [
        {
          terminalId: otherTill,
          name: 'Kasir 2',
          lastPushAt: at(65).toISOString(),
          missingEvents: false,
          openShifts: [],
          closedShifts: [other],
        },
      ],
      closed: null,
    };
    const day = await closeDay(db, identity, toBusinessDate('2026-12-21'), YOHANES, at(70), outlet);
    if (!day.ok) throw new Error(day.error.message);
    expect(day.value.report).toMatchObject({
      saleCount: 1,
      variance: -15_000 + 50_000,
      shifts: [other, closed.value.report],
    });
    expect(await db.printQueue.where('request.kind').equals('day-report').count()).toBe(1);
    expect(await closeDay(db, identity, toBusinessDate('2026-12-21'), YOHANES, at(71), null)).toEqual({
      ok: false,
      error: { code: 'day-closed', message: 'Hari 2026-12-21 sudah ditutup.' },
    });
    expect(await startShift(db, identity, MARIA, {}, at(72))).toEqual({
      ok: false,
      error: { code: 'day-closed', message: 'Hari 2026-12-21 sudah ditutup manajer: shift baru dibuka besok.' },
    });
    const types = (await db.outbox.orderBy('seq').toArray()).map((e) => syncEventSchema.parse(e).type);
    expect(types).toEqual(['shift.opened', 'sale.completed', 'shift.closed', 'audit.recorded', 'day.closed']);
  });

  it('judges a close and a kas keluar by the thresholds the province set (settings stream), the defaults in mode latihan', async () => {
    const db = freshDb();
    const shift = await open(db);
    await sell(db, shift, 3, 'cash', 10); // the drawer holds Rp 295.000
    const short = {
      counted: { 'note-100000': 2, 'note-50000': 1, 'note-20000': 1 },
      closedBy: MARIA,
      varianceReason: null,
      approvedBy: null,
    }; // 25.000 short
    const payOut = { kind: 'pay-out' as const, amount: rupiah(150_000), reason: 'Bayar pemasok madu' };

    // Before any pull: Rp 10.000 for the variance, Rp 100.000 for a kas keluar.
    expect(await closeShift(db, identity, shift, short, at(60))).toMatchObject({ ok: false });
    expect(await checkCashMovement(db, shift, payOut)).toEqual({
      problems: [],
      approval: { kind: 'pay-out', amount: 150_000, threshold: 100_000, reason: 'Bayar pemasok madu' },
    });

    await db.serverSettings.bulkPut([
      { key: 'shift.varianceThreshold', value: 30_000 },
      { key: 'cash.payOutApprovalThreshold', value: 200_000 },
    ]);
    expect(await checkCashMovement(db, shift, payOut)).toEqual({ problems: [], approval: null });
    expect(await checkCashMovement(db, { ...shift, training: true }, payOut)).toMatchObject({
      approval: { threshold: 100_000 },
    });
    // A problem is reported with the approval it would need, so the form is fixed before a manager is called.
    expect(await checkCashMovement(db, shift, { ...payOut, amount: rupiah(400_000), reason: ' ' })).toMatchObject({
      problems: ['Alasan wajib diisi.', expect.stringMatching(/^Kas keluar .* melebihi uang di laci/)],
    });

    const closed = await closeShift(db, identity, shift, short, at(61));
    if (!closed.ok) throw new Error(closed.error.message);
    expect(closed.value.shift.closing).toMatchObject({
      varianceThreshold: 30_000,
      varianceReason: null,
      approvedBy: null,
    });
    expect(closed.value.report).toMatchObject({ variance: -25_000, varianceNeedsApproval: false });
  });
});
