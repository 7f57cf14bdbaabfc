/**
 * Events dated where their terminal's clock cannot have been (issue 12, item 9): before the
 * terminal was enrolled, or after the server received them, each beyond a 10-minute tolerance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { testShift, type TerminalRef } from '#tests/support/shift-fixtures';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';
import { ingestEvents } from '../ingest';
import { CLOCK_TOLERANCE_MS } from './clock';

const ENROLLED = '2026-06-01T00:00:00.000Z';
const RECEIVED = new Date('2026-09-01T00:00:00.000Z');
const shifted = (instant: string | Date, ms: number) => new Date(new Date(instant).getTime() + ms).toISOString();

describe.each(DATABASE_KINDS)('clock checks on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 6)));
  afterAll(() => server.close());

  async function enrolled(outlet: string): Promise<TerminalRef> {
    const t = await server.enrol(outlet, undefined, ENROLLED);
    return { id: t.terminalId, outletId: t.outletId };
  }
  const reasons = (reply: Awaited<ReturnType<typeof ingestEvents>>) =>
    reply.results.map((r) => (r.status === 'stored' ? (r.reasons ?? []) : [r.status]));
  const salesOf = async (terminalId: string) =>
    (await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sales WHERE terminal_id = $1', [terminalId]))
      .rows[0]!.n;

  it('takes events from the enrolment and up to the receipt, each with 10 minutes of drift, and quarantines one millisecond more', async () => {
    const terminal = await enrolled('ende');
    const earliest = shifted(ENROLLED, -CLOCK_TOLERANCE_MS);
    const latest = shifted(RECEIVED, CLOCK_TOLERANCE_MS);
    const events = [earliest, shifted(earliest, -1), latest, shifted(latest, 1)].map((completedAt, i) =>
      saleEvent({ terminal, seq: i + 1, products, completedAt }),
    );
    const reply = await ingestEvents(server.db, terminal, events, RECEIVED);
    expect(reasons(reply)).toEqual([
      [],
      [
        `clock: occurredAt ${shifted(earliest, -1)} is more than 10 minutes before the terminal was enrolled (${ENROLLED})`,
        `clock: completedAt ${shifted(earliest, -1)} is more than 10 minutes before the terminal was enrolled (${ENROLLED})`,
      ],
      [],
      [
        `clock: occurredAt ${shifted(latest, 1)} is more than 10 minutes after the server received it (${RECEIVED.toISOString()})`,
        `clock: completedAt ${shifted(latest, 1)} is more than 10 minutes after the server received it (${RECEIVED.toISOString()})`,
      ],
    ]);
    expect(await salesOf(terminal.id)).toBe(2);
  });

  it('quarantines sales of 1971 and 2099 and a document dated apart from its event, and takes weeks-old events of an offline terminal', async () => {
    const terminal = await enrolled('alor');
    const offline = saleEvent({ terminal, seq: 1, products, completedAt: shifted(RECEIVED, -21 * 86_400_000) });
    const of1971 = saleEvent({ terminal, seq: 2, products, completedAt: '1971-03-01T02:00:00.000Z' });
    const of2099 = saleEvent({ terminal, seq: 3, products, completedAt: '2099-03-01T02:00:00.000Z' });
    const backdated = {
      ...saleEvent({ terminal, seq: 4, products, completedAt: '1971-03-01T02:00:00.000Z' }),
      occurredAt: RECEIVED.toISOString(),
    };
    const shift = testShift(terminal, '2099-01-01T00:00:00.000Z', { 'note-50000': 2 });
    const reply = await ingestEvents(
      server.db,
      terminal,
      [offline, of1971, of2099, backdated, syncEvent('shift.opened', 5, shift, RECEIVED.toISOString())],
      RECEIVED,
    );
    expect(reasons(reply).map((r) => r.map((reason) => reason.split(' ').slice(0, 2).join(' ')))).toEqual([
      [],
      ['clock: occurredAt', 'clock: completedAt'],
      ['clock: occurredAt', 'clock: completedAt'],
      ['clock: completedAt'],
      ['clock: openedAt'],
    ]);
    expect(await salesOf(terminal.id)).toBe(1);
    expect((await server.db.query('SELECT id FROM shifts WHERE id = $1', [shift.id])).rows).toEqual([]);
  });
});
