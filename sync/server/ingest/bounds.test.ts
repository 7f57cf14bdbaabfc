/**
 * Every number and instant a push carries fits the column it is stored in: tried at its bound
 * (taken, stored or quarantined) and one past it (400, naming the field), never a 500 that would
 * fail the whole batch for ever.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rupiah } from '#domain/money';
import type { SyncEvent } from '#sync/protocol/events';
import { INT4_MAX } from '#sync/protocol/primitives';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { closedShift, testShift } from '#tests/support/shift-fixtures';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';

describe.each(DATABASE_KINDS)('bounds of pushed numbers and instants on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 6)));
  afterAll(() => server.close());

  /** Pushes one event alone on a fresh terminal: its status and the first issue's path. */
  async function outcome(build: (terminal: { id: string; outletId: string }) => SyncEvent | unknown) {
    const t = await server.enrol('lembata');
    const reply = await server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: { events: [build({ id: t.terminalId, outletId: t.outletId })] },
    });
    return { status: reply.status, stored: reply.body.results?.[0]?.status, path: reply.body.error?.issues?.[0]?.path };
  }
  const sale = (terminal: { id: string; outletId: string }) => saleEvent({ terminal, seq: 1, products, lineCount: 1 });
  const withLine = (terminal: { id: string; outletId: string }, change: Record<string, unknown>) => {
    const e = sale(terminal);
    return { ...e, payload: { ...e.payload, lines: [{ ...e.payload.lines[0]!, ...change }] } };
  };

  it('takes instants with offsets up to ±14:00 and refuses one minute more', async () => {
    for (const offset of ['+14:00', '-12:00', '-14:00']) {
      expect(await outcome((t) => ({ ...sale(t), occurredAt: `2026-12-01T12:00:00${offset}` }))).toMatchObject({
        status: 200,
        stored: 'stored',
      });
    }
    for (const offset of ['+14:01', '-14:01', '+16:00', '-23:59']) {
      expect(await outcome((t) => ({ ...sale(t), occurredAt: `2026-12-01T12:00:00${offset}` }))).toMatchObject({
        status: 400,
        path: 'events.0.occurredAt',
      });
    }
  });

  it('takes line numbers up to 2^31 − 1 and refuses 2^31', async () => {
    expect(await outcome((t) => withLine(t, { lineNo: INT4_MAX }))).toMatchObject({ status: 200, stored: 'stored' });
    expect(await outcome((t) => withLine(t, { lineNo: INT4_MAX + 1 }))).toMatchObject({
      status: 400,
      path: 'events.0.payload.lines.0.lineNo',
    });
  });

  it('takes a Z report sale count up to 2^31 − 1 and refuses 2^31', async () => {
    const closing = (terminal: { id: string; outletId: string }, saleCount: number) => {
      const shift = testShift(terminal, new Date().toISOString(), { 'note-50000': 1 });
      const closed = closedShift(
        shift,
        { sales: [], refunds: [], movements: [] },
        { counted: { 'note-50000': 1 }, closedAt: new Date().toISOString() },
      );
      return syncEvent('shift.closed', 1, { ...closed, report: { ...closed.report, saleCount } });
    };
    expect(await outcome((t) => closing(t, INT4_MAX))).toMatchObject({ status: 200, stored: 'stored' });
    expect(await outcome((t) => closing(t, INT4_MAX + 1))).toMatchObject({
      status: 400,
      path: 'events.0.payload.report.saleCount',
    });
  });

  it('takes Rupiah up to 2^53 − 1 (quarantined as implausible) and refuses 2^53', async () => {
    expect(await outcome((t) => withLine(t, { unitPrice: rupiah(Number.MAX_SAFE_INTEGER) }))).toMatchObject({
      status: 200,
      stored: 'stored',
    });
    expect(await outcome((t) => withLine(t, { unitPrice: 2 ** 53 }))).toMatchObject({
      status: 400,
      path: 'events.0.payload.lines.0.unitPrice',
    });
  });
});
