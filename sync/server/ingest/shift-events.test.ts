import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { rupiah } from '#domain/money';
import type { Sale } from '#domain/checkout/sale';
import { buildRefund } from '#domain/test-documents';
import type { SyncEvent } from '#sync/protocol/events';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import {
  closedShift,
  testAudit,
  testMovement,
  testShift,
  YOHANES,
  type TerminalRef,
} from '#tests/support/shift-fixtures';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';
import { toBusinessDate } from '#domain/wita';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { toDayClosingId } from '#domain/shift/shift-report';

const NIP = '198609262015051001';
const FLOAT = { 'note-50000': 2, 'note-10000': 5 }; // Rp 150.000

describe.each(DATABASE_KINDS)('shift, cash, refund, audit and day events on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 12)));
  afterAll(() => server.close());

  /** Enrolled before the March 2026 shifts below. */
  async function enrolled(outlet: string): Promise<{ token: string; terminal: TerminalRef }> {
    const t = await server.enrol(outlet, undefined, '2026-03-01T00:00:00Z');
    return { token: t.token, terminal: { id: t.terminalId, outletId: t.outletId } };
  }
  const quarantine = async (terminalId: string) =>
    (
      await server.db.query<{ seq: number; type: string; quarantine_reasons: string[] | null }>(
        'SELECT seq, type, quarantine_reasons FROM events WHERE terminal_id = $1 ORDER BY seq',
        [terminalId],
      )
    ).rows;

  it('stores a whole shift with its derived rows, lowers the ASN month by the refund, and answers each event', async () => {
    const { token, terminal } = await enrolled('ende');
    const shift = testShift(terminal, '2026-03-10T00:05:00Z', FLOAT);
    const at = (minutes: number) => new Date(Date.parse('2026-03-10T00:05:00Z') + minutes * 60_000).toISOString();
    const sales = [1, 2, 3].map((seq) =>
      saleEvent({
        terminal,
        seq: seq + 1,
        products,
        shiftId: shift.id,
        completedAt: at(seq * 10),
        asnNip: seq === 1 ? NIP : undefined,
      }),
    );
    const original = sales[0]!.payload;
    const refund = buildRefund(original, [[1, 1]], [], {
      id: uuidv7(),
      shiftId: shift.id,
      refundedAt: original.completedAt,
    });
    const payOut = testMovement(shift, 'pay-out', 20_000, at(45));
    const closed = closedShift(
      shift,
      { sales: sales.map((s) => s.payload), refunds: [refund], movements: [payOut] },
      { counted: { 'note-100000': 1 }, closedAt: at(120), reason: 'Uang kembalian tertukar', approvedBy: YOHANES },
    );
    const events: SyncEvent[] = [
      syncEvent('shift.opened', 1, shift),
      ...sales,
      syncEvent('cash.moved', 5, payOut),
      syncEvent(
        'audit.recorded',
        6,
        testAudit(terminal, at(46), { kind: 'drawer-opened', cause: 'pay-out', movementId: payOut.id }),
      ),
      syncEvent('sale.refunded', 7, refund),
      syncEvent(
        'audit.recorded',
        8,
        testAudit(
          terminal,
          at(50),
          { kind: 'approved', action: { kind: 'refund', originalReceiptNo: original.receiptNo, total: refund.total } },
          YOHANES,
        ),
      ),
      syncEvent('shift.closed', 9, closed),
    ];
    const reply = await server.push(token, events);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      results: events.map((e) => ({ id: e.id, status: 'stored', quarantined: false })),
      highWaterSeq: 9,
    });

    const one = async (sql: string, params: unknown[]) => (await server.db.query(sql, params)).rows[0];
    expect(
      await one('SELECT business_date, opening_float, cashier_name FROM shifts WHERE id = $1', [shift.id]),
    ).toEqual({ business_date: '2026-03-10', opening_float: 150_000, cashier_name: 'Maria' });
    expect(
      await one(
        'SELECT counted, reported_sale_count, reported_variance, approved_by_name, variance_reason FROM shift_closings WHERE shift_id = $1',
        [shift.id],
      ),
    ).toEqual({
      counted: 100_000,
      reported_sale_count: 3,
      reported_variance: closed.report.variance,
      approved_by_name: 'Yohanes',
      variance_reason: 'Uang kembalian tertukar',
    });
    expect(await one('SELECT kind, amount, shift_id FROM cash_movements WHERE id = $1', [payOut.id])).toEqual({
      kind: 'pay-out',
      amount: 20_000,
      shift_id: shift.id,
    });
    expect(
      await one('SELECT total, asn_nip, original_sale_id::text AS original FROM refunds WHERE id = $1', [refund.id]),
    ).toEqual({ total: refund.total, asn_nip: NIP, original: original.id });
    expect(
      (await server.db.query('SELECT line_no, quantity, amount FROM refund_lines WHERE refund_id = $1', [refund.id]))
        .rows,
    ).toEqual([{ line_no: 1, quantity: 1, amount: refund.lines[0]!.amount }]);
    expect(
      (await server.db.query('SELECT method, amount FROM refund_payments WHERE refund_id = $1', [refund.id])).rows,
    ).toEqual([{ method: 'cash', amount: refund.total }]);
    const audit = (
      await server.db.query<{ kind: string; description: string; approved_by_name: string | null }>(
        'SELECT kind, description, approved_by_name FROM audit_log WHERE terminal_id = $1 ORDER BY at',
        [terminal.id],
      )
    ).rows;
    expect(audit.map((a) => [a.kind, a.description.replace(/\u00a0/g, ' '), a.approved_by_name])).toEqual([
      ['drawer-opened', 'Laci dibuka untuk kas keluar', null],
      ['approved', `Refund struk ${original.receiptNo} sebesar Rp ${refund.total.toLocaleString('id-ID')}`, 'Yohanes'],
    ]);
    expect(
      await one('SELECT total, sale_count FROM asn_monthly_totals WHERE nip = $1 AND month = $2', [NIP, '2026-03']),
    ).toEqual({ total: original.total - refund.total, sale_count: 1 });

    const day = closed.report;
    const dayEvent = syncEvent('day.closed', 10, {
      id: toDayClosingId(uuidv7()),
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      businessDate: toBusinessDate('2026-03-10'),
      closedAt: at(130),
      closedBy: YOHANES,
      training: false,
      report: {
        ...day,
        outletId: toOutletId(terminal.outletId),
        businessDate: toBusinessDate('2026-03-10'),
        shifts: [day],
        counted: day.counted!,
        variance: day.variance!,
      },
    });
    expect((await server.push(token, [dayEvent])).body.results).toEqual([
      { id: dayEvent.id, status: 'stored', quarantined: false },
    ]);
    expect(await one('SELECT shift_count, variance FROM day_closings WHERE terminal_id = $1', [terminal.id])).toEqual({
      shift_count: 1,
      variance: day.variance,
    });
  });

  it('quarantines refunds that return more than was sold, of unknown sales, or with amounts or methods that do not fit, even within one batch', async () => {
    const { token, terminal } = await enrolled('sikka');
    const shift = testShift(terminal, '2026-03-11T01:00:00Z', FLOAT);
    const sale = saleEvent({ terminal, seq: 2, products, shiftId: shift.id, lineCount: 2 });
    const original: Sale = sale.payload;
    const qty = original.lines[0]!.quantity;
    const all = buildRefund(original, [[1, qty]], [], {
      id: uuidv7(),
      shiftId: shift.id,
      refundedAt: original.completedAt,
    });
    const again = buildRefund(original, [[1, 1]], [], {
      id: uuidv7(),
      shiftId: shift.id,
      refundedAt: original.completedAt,
    });
    const padded = {
      ...buildRefund(original, [[2, 1]], [], { id: uuidv7(), shiftId: shift.id, refundedAt: original.completedAt }),
    };
    padded.lines = [{ ...padded.lines[0]!, amount: rupiah(padded.lines[0]!.amount + 1000) }];
    padded.total = rupiah(padded.total + 1000);
    padded.payments = [{ method: 'cash', amount: padded.total }];
    const byQris = buildRefund(original, [[2, 1]], [], {
      id: uuidv7(),
      shiftId: shift.id,
      payments: [],
      refundedAt: original.completedAt,
    });
    byQris.payments = [{ method: 'qris', amount: byQris.total }];
    const ghost = {
      ...buildRefund(original, [[1, 1]], [], { id: uuidv7(), shiftId: shift.id, refundedAt: original.completedAt }),
      originalSaleId: uuidv7(),
    };
    const events: SyncEvent[] = [
      syncEvent('shift.opened', 1, shift),
      sale,
      ...[all, again, padded, byQris, ghost].map((r, i) => syncEvent('sale.refunded', 3 + i, r)),
    ];
    const reply = await server.push(token, events);
    expect(reply.body.results.map((r) => (r.status === 'stored' ? r.quarantined : r.status))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    const reasons = (await quarantine(terminal.id))
      .slice(3)
      .map((r) => r.quarantine_reasons!.join(' | ').replace(/\u00a0/g, ' '));
    expect(reasons[0]).toContain(`Baris 1: jumlah 1 melebihi sisa yang bisa dikembalikan (0).`);
    expect(reasons[1]).toMatch(/Baris 2: nilai Rp [\d.]+ seharusnya Rp [\d.]+\./);
    expect(reasons[2]).toMatch(
      /Pengembalian lewat QRIS Rp [\d.]+ melebihi sisa pembayaran QRIS di struk asal \(Rp 0\)\./,
    );
    expect(reasons[3]).toBe(
      `original sale ${ghost.originalReceiptNo} (${ghost.originalSaleId}) is not recorded by the province`,
    );
    const { rows } = await server.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM refunds WHERE original_sale_id = $1',
      [original.id],
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('quarantines movements and closes of shifts it never saw open, closes twice, variances without approval, and training shifts', async () => {
    const { token, terminal } = await enrolled('alor');
    const shift = testShift(terminal, '2026-03-12T01:00:00Z', FLOAT);
    const stranger = testShift(terminal, '2026-03-12T01:00:00Z', FLOAT);
    const training = testShift(terminal, '2026-03-12T01:00:00Z', FLOAT, true);
    const docs = { sales: [], refunds: [], movements: [] };
    const unapproved = closedShift(shift, docs, { counted: { 'note-50000': 2 }, closedAt: '2026-03-12T09:00:00Z' });
    const fine = closedShift(shift, docs, { counted: FLOAT, closedAt: '2026-03-12T09:00:00Z' });
    const events: SyncEvent[] = [
      syncEvent('shift.opened', 1, shift),
      syncEvent('cash.moved', 2, testMovement(stranger, 'pay-in', 50_000, '2026-03-12T02:00:00Z')),
      syncEvent('cash.moved', 3, testMovement(shift, 'pay-out', 0, '2026-03-12T02:00:00Z')),
      syncEvent('shift.closed', 4, unapproved),
      syncEvent('shift.closed', 5, fine),
      syncEvent('shift.closed', 6, fine),
      syncEvent('cash.moved', 7, testMovement(shift, 'pay-in', 5_000, '2026-03-12T10:00:00Z')),
      syncEvent('shift.opened', 8, training),
    ];
    const reply = await server.push(token, events);
    expect(reply.status).toBe(200);
    const rows = await quarantine(terminal.id);
    expect(rows.map((r) => r.quarantine_reasons?.map((x) => x.replace(/\u00a0/g, ' ')) ?? null)).toEqual([
      null,
      [`shift ${stranger.id} was never opened on the server`],
      ['Jumlah uang harus lebih dari nol.'],
      [
        'Selisih kas -Rp 50.000 melebihi batas Rp 10.000: alasan wajib diisi.',
        'Selisih kas -Rp 50.000 melebihi batas Rp 10.000: perlu persetujuan manajer.',
      ],
      null,
      [`shift ${shift.id} is already closed`],
      [`shift ${shift.id} is already closed`],
      ['training shift (mode latihan): never counted by the province'],
    ]);
  });

  it('refuses a day close of a date the outlet closed before, or with a shift still open', async () => {
    const { token, terminal } = await enrolled('belu');
    const open = testShift(terminal, '2026-03-13T01:00:00Z', FLOAT);
    const dayOf = (shiftReport: ReturnType<typeof closedShift>['report']) => ({
      id: toDayClosingId(uuidv7()),
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      businessDate: toBusinessDate('2026-03-13'),
      closedAt: '2026-03-13T12:00:00Z',
      closedBy: YOHANES,
      training: false,
      report: {
        ...shiftReport,
        outletId: toOutletId(terminal.outletId),
        businessDate: toBusinessDate('2026-03-13'),
        shifts: [shiftReport],
        counted: rupiah(150_000),
        variance: rupiah(0),
      },
    });
    const report = closedShift(
      open,
      { sales: [], refunds: [], movements: [] },
      { counted: FLOAT, closedAt: '2026-03-13T11:00:00Z' },
    );
    const nextDay = { ...dayOf(report.report), businessDate: toBusinessDate('2026-03-14') };
    const uncounted = {
      ...nextDay,
      report: { ...nextDay.report, businessDate: nextDay.businessDate, counted: null, variance: null },
    };
    const events: SyncEvent[] = [
      syncEvent('shift.opened', 1, open),
      syncEvent('day.closed', 2, dayOf(report.report)),
      syncEvent('shift.closed', 3, report),
      syncEvent('day.closed', 4, dayOf(report.report)),
      syncEvent('day.closed', 5, dayOf(report.report)),
      // No counted cash: stored and quarantined, never a refused batch that would stop the till's pushes.
      syncEvent('day.closed', 6, uncounted),
    ];
    await server.push(token, events);
    expect((await quarantine(terminal.id)).map((r) => r.quarantine_reasons)).toEqual([
      null,
      [`shift ${open.id} is not closed`],
      null,
      null,
      ['day 2026-03-13 was already closed at this outlet'],
      ['the day report has no counted cash', `shift ${open.id} belongs to 2026-03-13`],
    ]);
  });
});
