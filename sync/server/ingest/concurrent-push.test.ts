import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncEvent } from '#sync/protocol/events';
import { testAudit } from '#tests/support/shift-fixtures';
import { rosterNip, saleEvent, seedCatalog, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';

const TERMINALS = 6;
const EVENTS = 240;
const BATCH = 40;
const NIPS = [0, 1, 2].map(rosterNip);

// PGlite runs one transaction at a time: only PostgreSQL has concurrent pushes to lock against each other.
describe('concurrent pushes of terminals sharing ASN months, on postgres', () => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer('postgres');
    products = await seedCatalog(server.db, 12);
  });
  afterAll(() => server.close());

  it('answer every batch without a 5xx and count each sale exactly once', { timeout: 60_000 }, async () => {
    const terminals = await Promise.all(
      Array.from({ length: TERMINALS }, (_, i) => server.enrol('kota-kupang', `Kasir ${i + 1}`)),
    );
    // Sales of the three NIPs in a different order on each terminal, each between audit entries,
    // so one batch adds to the same months many times over, as a busy ASN payday does.
    const streams = terminals.map((t, ti) => {
      const terminal = { id: t.terminalId, outletId: t.outletId };
      return Array.from({ length: EVENTS }, (_, i): SyncEvent => {
        const seq = i + 1;
        if (seq % 2 === 0)
          return syncEvent('audit.recorded', seq, testAudit(terminal, new Date().toISOString(), { kind: 'login' }));
        return saleEvent({
          terminal,
          seq,
          products,
          asnNip: NIPS[(ti % 2 === 0 ? seq + ti : 3 * EVENTS - seq - ti) % NIPS.length],
        });
      });
    });
    const statuses = await Promise.all(
      terminals.map(async (t, ti) => {
        const seen: number[] = [];
        for (let start = 0; start < EVENTS; start += BATCH)
          seen.push((await server.push(t.token, streams[ti]!.slice(start, start + BATCH))).status);
        return seen;
      }),
    );
    expect(statuses.flat().filter((s) => s !== 200)).toEqual([]);
    const expected = new Map<string, number>();
    for (const event of streams.flat()) {
      if (event.type === 'sale.completed' && event.payload.asn)
        expected.set(event.payload.asn.nip, (expected.get(event.payload.asn.nip) ?? 0) + event.payload.total);
    }
    const { rows } = await server.db.query<{ nip: string; total: number; sale_count: number }>(
      'SELECT nip, sum(total)::bigint AS total, sum(sale_count)::int AS sale_count FROM asn_monthly_totals GROUP BY nip ORDER BY nip',
    );
    expect(rows).toEqual(
      NIPS.toSorted().map((nip) => ({
        nip,
        total: expected.get(nip)!,
        sale_count: (TERMINALS * EVENTS) / 2 / NIPS.length,
      })),
    );
    const { rows: stored } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events');
    expect(stored[0]!.n).toBe(TERMINALS * EVENTS);
  });
});
