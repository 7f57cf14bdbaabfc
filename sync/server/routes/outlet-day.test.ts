import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { dayClose, toDayClosingId, type DayClosing, type ShiftReport } from '#domain/shift/shift-report';
import { toBusinessDate } from '#domain/wita';
import { outletDaySchema } from '#sync/protocol/outlet-day';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { closedShift, testShift, YOHANES, type TerminalRef } from '#tests/support/shift-fixtures';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';

const FLOAT = { 'note-50000': 2 };
const DATE = toBusinessDate('2026-03-20');

describe.each(DATABASE_KINDS)('GET /v1/outlet/day/{date} and the outlet-wide day close on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 6)));
  afterAll(() => server.close());

  async function enrolled(outlet: string, name: string) {
    const t = await server.enrol(outlet, name, '2026-03-01T00:00:00Z');
    return { token: t.token, terminal: { id: t.terminalId, outletId: t.outletId } satisfies TerminalRef };
  }
  const day = async (token: string, date: string = DATE) => server.request('GET', `/v1/outlet/day/${date}`, { token });
  const closing = (terminal: TerminalRef, reports: ShiftReport[]): DayClosing => {
    const report = dayClose(toOutletId(terminal.outletId), DATE, reports);
    if (!report.ok) throw new Error(report.error.message);
    return {
      id: toDayClosingId(uuidv7()),
      outletId: toOutletId(terminal.outletId),
      terminalId: toTerminalId(terminal.id),
      businessDate: DATE,
      closedAt: '2026-03-20T13:00:00Z',
      closedBy: YOHANES,
      training: false,
      report: report.value,
    };
  };

  it('tells a till of the outlet each till’s open and closed shifts and last push; one close covers them all', async () => {
    const a = await enrolled('sikka', 'Kasir 1');
    const b = await enrolled('sikka', 'Kasir 2');
    const idle = await enrolled('sikka', 'Kasir 3');
    const elsewhere = await enrolled('lembata', 'Kasir 1');

    const shiftA = testShift(a.terminal, '2026-03-20T00:00:00Z', FLOAT);
    const sale = saleEvent({
      terminal: a.terminal,
      seq: 2,
      products,
      shiftId: shiftA.id,
      completedAt: '2026-03-20T01:00:00Z',
    });
    const closedA = closedShift(
      shiftA,
      { sales: [sale.payload], refunds: [], movements: [] },
      {
        counted: { 'note-50000': 2, 'note-100000': Math.ceil(sale.payload.total / 100_000) },
        closedAt: '2026-03-20T09:00:00Z',
        reason: 'lebih',
        approvedBy: YOHANES,
      },
    );
    const shiftB = testShift(b.terminal, '2026-03-20T00:30:00Z', FLOAT);
    await server.push(a.token, [syncEvent('shift.opened', 1, shiftA), sale, syncEvent('shift.closed', 3, closedA)]);
    await server.push(b.token, [syncEvent('shift.opened', 1, shiftB)]);

    const seen = await day(b.token);
    expect(seen.status).toBe(200);
    const body = outletDaySchema.parse(seen.body);
    expect(body.closed).toBeNull();
    expect(body.tills.map((t) => [t.terminalId, t.name, t.lastPushAt !== null, t.missingEvents])).toEqual([
      [a.terminal.id, 'Kasir 1', true, false],
      [b.terminal.id, 'Kasir 2', true, false],
      [idle.terminal.id, 'Kasir 3', false, false],
    ]);
    expect(body.tills[0]!.closedShifts).toEqual([closedA.report]);
    expect(body.tills[0]!.openShifts).toEqual([]);
    expect(body.tills[1]!.openShifts).toEqual([
      { shiftId: shiftB.id, cashier: shiftB.cashier, openedAt: new Date(shiftB.openedAt).toISOString() },
    ]);
    expect(outletDaySchema.parse((await day(elsewhere.token)).body).tills.map((t) => t.terminalId)).toEqual([
      elsewhere.terminal.id,
    ]);

    // B closes its shift; its manager closes the outlet's day with A's Z report in it.
    const closedB = closedShift(
      shiftB,
      { sales: [], refunds: [], movements: [] },
      { counted: FLOAT, closedAt: '2026-03-20T10:00:00Z' },
    );
    const outletDay = closing(b.terminal, [closedA.report, closedB.report]);
    const pushed = await server.push(b.token, [
      syncEvent('shift.closed', 2, closedB),
      syncEvent('day.closed', 3, outletDay),
    ]);
    expect(pushed.body.results.map((r) => r.status)).toEqual(['stored', 'stored']);
    const { rows } = await server.db.query<{
      quarantine_reasons: string[] | null;
      shift_count: number;
      net_sales: number;
    }>(
      `SELECT e.quarantine_reasons, d.shift_count, d.net_sales FROM events e JOIN day_closings d ON d.event_id = e.id
       WHERE e.terminal_id = $1 AND e.seq = 3`,
      [b.terminal.id],
    );
    expect(rows).toEqual([{ quarantine_reasons: null, shift_count: 2, net_sales: sale.payload.total }]);
    expect(outletDaySchema.parse((await day(a.token)).body).closed).toEqual({
      terminalId: b.terminal.id,
      closedAt: '2026-03-20T13:00:00.000Z',
    });

    // A's close of the same day, and one naming another outlet's shift, are quarantined.
    const shiftElsewhere = testShift(elsewhere.terminal, '2026-03-20T00:00:00Z', FLOAT);
    const closedElsewhere = closedShift(
      shiftElsewhere,
      { sales: [], refunds: [], movements: [] },
      { counted: FLOAT, closedAt: '2026-03-20T09:00:00Z' },
    );
    await server.push(elsewhere.token, [
      syncEvent('shift.opened', 1, shiftElsewhere),
      syncEvent('shift.closed', 2, closedElsewhere),
    ]);
    const foreign = closing(a.terminal, [closedA.report, { ...closedElsewhere.report, outletId: toOutletId('sikka') }]);
    await server.push(a.token, [
      syncEvent('day.closed', 4, closing(a.terminal, [closedA.report])),
      syncEvent('day.closed', 5, foreign),
    ]);
    const quarantined = await server.db.query<{ quarantine_reasons: string[] | null }>(
      'SELECT quarantine_reasons FROM events WHERE terminal_id = $1 AND seq >= 4 ORDER BY seq',
      [a.terminal.id],
    );
    expect(quarantined.rows.map((r) => r.quarantine_reasons)).toEqual([
      ['day 2026-03-20 was already closed at this outlet'],
      ['day 2026-03-20 was already closed at this outlet', `shift ${shiftElsewhere.id} belongs to outlet lembata`],
    ]);
  });

  it('refuses a date that is not one, and a caller without a terminal token', async () => {
    const { token } = await enrolled('sikka', 'Kasir 4');
    const bad = await day(token, '2026-13-40');
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid-query']);
    expect((await server.request('GET', `/v1/outlet/day/${DATE}`)).status).toBe(401);
  });
});
