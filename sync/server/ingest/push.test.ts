import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { rupiah } from '#domain/money';
import type { SyncEvent } from '#sync/protocol/events';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';
import { revokeTerminal } from '../terminals/terminals';
import { toNip } from '#domain/asn/nip';

describe.each(DATABASE_KINDS)('push on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 12)));
  afterAll(() => server.close());

  const count = async (sql: string, params: unknown[] = []) =>
    (await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

  it('stores a batch with its derived rows and answers each event', async () => {
    const t = await server.enrol('ende');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const events = [1, 2, 3].map((seq) => saleEvent({ terminal, seq, products }));
    const reply = await server.push(t.token, events);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      results: events.map((e) => ({ id: e.id, status: 'stored', quarantined: false })),
      highWaterSeq: 3,
    });
    expect(await count('events WHERE terminal_id = $1', [t.terminalId])).toBe(3);
    expect(await count('sales WHERE terminal_id = $1', [t.terminalId])).toBe(3);
    expect(await count('sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.terminal_id = $1', [t.terminalId])).toBe(
      9,
    );
    expect(await count('payments p JOIN sales s ON s.id = p.sale_id WHERE s.terminal_id = $1', [t.terminalId])).toBe(3);
    const first = events[0]!;
    const { rows } = await server.db.query<{ total: number; received_at: Date; completed_at: Date }>(
      'SELECT total, received_at, completed_at FROM sales WHERE id = $1',
      [first.payload.id],
    );
    expect(rows[0]!.total).toBe(first.payload.total);
    expect(rows[0]!.completed_at.toISOString()).toBe(new Date(first.payload.completedAt).toISOString());
    expect(Math.abs(rows[0]!.received_at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('answers a repeated batch with duplicates and stores nothing twice', async () => {
    const t = await server.enrol('ende');
    const events = [1, 2].map((seq) =>
      saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq, products }),
    );
    await server.push(t.token, events);
    const again = await server.push(t.token, events);
    expect(again.body).toEqual({
      results: events.map((e) => ({ id: e.id, status: 'duplicate', quarantined: false })),
      highWaterSeq: 2,
    });
    expect(await count('sales WHERE terminal_id = $1', [t.terminalId])).toBe(2);
  });

  it('stores one row when the same batch arrives twice at the same moment', async () => {
    const t = await server.enrol('alor');
    const events = [1, 2, 3, 4].map((seq) =>
      saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq, products }),
    );
    const replies = await Promise.all([server.push(t.token, events), server.push(t.token, events)]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const statuses = replies.flatMap((r) => r.body.results.map((x) => x.status)).sort();
    expect(statuses).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
      'stored',
      'stored',
      'stored',
      'stored',
    ]);
    expect(await count('events WHERE terminal_id = $1', [t.terminalId])).toBe(4);
    expect(await count('sales WHERE terminal_id = $1', [t.terminalId])).toBe(4);
  });

  it('rejects a reused id with other content, or a reused seq, and keeps them for inspection', async () => {
    const t = await server.enrol('belu');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const original = saleEvent({ terminal, seq: 1, products });
    await server.push(t.token, [original]);
    const altered: SyncEvent = {
      ...original,
      payload: { ...original.payload, cashier: { id: 'other', name: 'Orang Lain' } },
    };
    const sameSeq = saleEvent({ terminal, seq: 1, products });
    const reply = await server.push(t.token, [altered, sameSeq]);
    expect(reply.body.results).toEqual([
      { id: original.id, status: 'rejected', reason: expect.stringMatching(/^conflict: .*different content/) },
      { id: sameSeq.id, status: 'rejected', reason: `conflict: seq 1 is already used by event ${original.id}` },
    ]);
    expect(reply.body.highWaterSeq).toBe(1);
    const { rows } = await server.db.query<{ event_id: string; body: { payload: { cashier: { id: string } } } }>(
      'SELECT event_id, body FROM rejected_events WHERE terminal_id = $1 ORDER BY id',
      [t.terminalId],
    );
    expect(rows.map((r) => r.event_id)).toEqual([original.id, sameSeq.id]);
    expect(rows[0]!.body.payload.cashier.id).toBe('other');
    const { rows: stored } = await server.db.query<{ cashier_id: string }>(
      'SELECT cashier_id FROM sales WHERE id = $1',
      [original.payload.id],
    );
    expect(stored).toEqual([{ cashier_id: 'k1' }]);
  });

  it('stores and quarantines events that break business rules, with reasons, and derives nothing from them', async () => {
    const t = await server.enrol('sikka');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const good = saleEvent({ terminal, seq: 1, products });
    const unknownProduct = saleEvent({
      terminal,
      seq: 2,
      products: [{ id: 'not-in-catalog', name: 'Barang Gelap', price: rupiah(10_000) }],
      lineCount: 1,
    });
    const wrongTotal = saleEvent({ terminal, seq: 3, products });
    wrongTotal.payload.total = rupiah(wrongTotal.payload.total + 1);
    const training = saleEvent({ terminal, seq: 4, products, training: true });
    const reused = saleEvent({ terminal, seq: 5, products });
    reused.payload.id = good.payload.id;
    const reply = await server.push(t.token, [good, unknownProduct, wrongTotal, training, reused]);
    expect(reply.body.results.map((r) => (r.status === 'stored' ? r.quarantined : r.status))).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(reply.body.highWaterSeq).toBe(5);
    const { rows } = await server.db.query<{ seq: number; quarantine_reasons: string[] | null }>(
      'SELECT seq, quarantine_reasons FROM events WHERE terminal_id = $1 ORDER BY seq',
      [t.terminalId],
    );
    expect(rows).toEqual([
      { seq: 1, quarantine_reasons: null },
      { seq: 2, quarantine_reasons: ['line 1: product not-in-catalog is not in the province catalog'] },
      {
        seq: 3,
        quarantine_reasons: [
          expect.stringMatching(/^total \d+ should be \d+$/),
          expect.stringMatching(/^payments \d+ do not add up/),
        ],
      },
      { seq: 4, quarantine_reasons: ['training sale (mode latihan): never counted by the province'] },
      { seq: 5, quarantine_reasons: [`sale ${good.payload.id} was already recorded by another event`] },
    ]);
    expect(await count('sales WHERE terminal_id = $1', [t.terminalId])).toBe(1);
    // The terminal is told the same reasons, first when stored and again for a retried duplicate.
    const told = reply.body.results.map((r) => (r.status === 'stored' ? (r.reasons ?? null) : r.status));
    expect(told).toEqual(rows.map((r) => r.quarantine_reasons));
    const again = await server.push(t.token, [good, unknownProduct]);
    expect(again.body.results).toEqual([
      { id: good.id, status: 'duplicate', quarantined: false },
      { id: unknownProduct.id, status: 'duplicate', quarantined: true, reasons: rows[1]!.quarantine_reasons },
    ]);
  });

  it('quarantines absurd amounts instead of failing on them', async () => {
    const t = await server.enrol('sikka');
    const huge = saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq: 1, products, lineCount: 2 });
    for (const line of huge.payload.lines)
      Object.assign(line, { unitPrice: Number.MAX_SAFE_INTEGER, quantity: 1, total: Number.MAX_SAFE_INTEGER });
    const reply = await server.push(t.token, [huge]);
    expect(reply.status).toBe(200);
    expect(reply.body.results[0]).toEqual({
      id: huge.id,
      status: 'stored',
      quarantined: true,
      reasons: [expect.stringMatching(/exceeds|out of range/)],
    });
  });

  it('reports the contiguous high-water seq across gaps', async () => {
    const t = await server.enrol('lembata');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const [e1, e2, e3, e4] = [1, 2, 3, 4].map((seq) => saleEvent({ terminal, seq, products }));
    expect((await server.push(t.token, [e1!, e2!, e4!])).body.highWaterSeq).toBe(2);
    expect((await server.push(t.token, [e3!])).body.highWaterSeq).toBe(4);
    const { rows } = await server.db.query('SELECT high_water_seq FROM terminals WHERE id = $1', [t.terminalId]);
    expect(rows).toEqual([{ high_water_seq: 4 }]);
  });

  it('lets a terminal write only for its own terminal id and outlet', async () => {
    const a = await server.enrol('flores-timur', 'Kasir A');
    const b = await server.enrol('flores-timur', 'Kasir B');
    const other = await server.enrol('rote-ndao');
    const asB = saleEvent({ terminal: { id: b.terminalId, outletId: b.outletId }, seq: 1, products });
    const asOtherOutlet = saleEvent({ terminal: { id: a.terminalId, outletId: other.outletId }, seq: 2, products });
    const reply = await server.push(a.token, [asB, asOtherOutlet]);
    expect(reply.body.results).toEqual([
      { id: asB.id, status: 'rejected', reason: expect.stringContaining(`may not write for terminal ${b.terminalId}`) },
      { id: asOtherOutlet.id, status: 'rejected', reason: expect.stringContaining(`of outlet ${other.outletId}`) },
    ]);
    expect(reply.body.highWaterSeq).toBe(0);
    expect(await count('sales WHERE id = ANY($1::uuid[])', [[asB.payload.id, asOtherOutlet.payload.id]])).toBe(0);
    // B's own event with the id A tried to use is still B's to store.
    expect((await server.push(b.token, [asB])).body.results[0]).toEqual({
      id: asB.id,
      status: 'stored',
      quarantined: false,
    });
  });

  it('refuses a revoked token with 401', async () => {
    const t = await server.enrol('malaka');
    const event = saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq: 1, products });
    await revokeTerminal(server.db, t.terminalId);
    const reply = await server.push(t.token, [event]);
    expect(reply.status).toBe(401);
    expect(reply.body.error?.code).toBe('unauthorized');
    expect((await server.request('GET', '/v1/sync/pull/products', { token: t.token })).status).toBe(401);
    expect(await count('events WHERE id = $1', [event.id])).toBe(0);
  });

  it('adds ASN sales to the NIP’s WITA month, whatever offset the terminal clock had', async () => {
    const t = await server.enrol('ngada', undefined, '2026-01-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const nip = '198609262015051001';
    const lastJanuaryEvening = saleEvent({
      terminal,
      seq: 1,
      products,
      asnNip: nip,
      completedAt: '2026-01-31T23:30:00+08:00',
    });
    const firstFebruaryNight = saleEvent({
      terminal,
      seq: 2,
      products,
      asnNip: nip,
      completedAt: '2026-01-31T16:10:00Z',
    });
    const alsoJanuary = saleEvent({
      terminal,
      seq: 3,
      products,
      asnNip: nip,
      completedAt: '2026-01-15T09:00:00+07:00',
    });
    await server.push(t.token, [lastJanuaryEvening, firstFebruaryNight, alsoJanuary]);
    const { rows } = await server.db.query(
      'SELECT month, total, sale_count FROM asn_monthly_totals WHERE nip = $1 ORDER BY month',
      [nip],
    );
    expect(rows).toEqual([
      { month: '2026-01', total: lastJanuaryEvening.payload.total + alsoJanuary.payload.total, sale_count: 2 },
      { month: '2026-02', total: firstFebruaryNight.payload.total, sale_count: 1 },
    ]);
  });

  it('counts a NIP missing from the roster, quarantines a malformed one without repeating it, and puts a late sale in its own month', async () => {
    const t = await server.enrol('alor', undefined, '2026-02-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const pppk = '199312282025212001';
    const unverified = saleEvent({ terminal, seq: 1, products, asnNip: pppk, completedAt: '2026-03-02T02:00:00Z' });
    unverified.payload.asn = { nip: toNip(pppk), name: null, verified: false };
    const badGender = '198609262015053001';
    const malformed = saleEvent({ terminal, seq: 2, products, asnNip: badGender, completedAt: '2026-03-02T03:00:00Z' });
    const { results } = (await server.push(t.token, [unverified, malformed])).body;
    expect(results).toEqual([
      { id: unverified.id, status: 'stored', quarantined: false },
      {
        id: malformed.id,
        status: 'stored',
        quarantined: true,
        reasons: ['asn.nip is not a well-formed NIP: gender is wrong'],
      },
    ]);
    expect(await count('sales WHERE asn_nip = $1 AND asn_verified = false', [pppk])).toBe(1);
    expect(await count('asn_monthly_totals WHERE nip = $1', [badGender])).toBe(0);
    // A terminal offline since February sends its sale in March: it counts for February.
    const late = saleEvent({ terminal, seq: 3, products, asnNip: pppk, completedAt: '2026-02-27T02:00:00Z' });
    await server.push(t.token, [late]);
    const { rows } = await server.db.query(
      'SELECT month, total FROM asn_monthly_totals WHERE nip = $1 ORDER BY month',
      [pppk],
    );
    expect(rows).toEqual([
      { month: '2026-02', total: late.payload.total },
      { month: '2026-03', total: unverified.payload.total },
    ]);
  });

  it('records the app version each push names, and refuses a malformed one before storing anything', async () => {
    const t = await server.enrol('ende');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const version = async () =>
      (
        await server.db.query<{ v: string | null }>('SELECT app_version AS v FROM terminals WHERE id = $1', [
          t.terminalId,
        ])
      ).rows[0]!.v;
    const push = (seq: number, headers: Record<string, string>) =>
      server.request('POST', '/v1/sync/push', {
        token: t.token,
        body: { events: [saleEvent({ terminal, seq, products })] },
        headers,
      });
    expect((await push(1, {})).status).toBe(200);
    expect(await version()).toBeNull();
    expect((await push(2, { 'x-app-version': '0.1.0' })).status).toBe(200);
    expect(await version()).toBe('0.1.0');
    const bad = await push(3, { 'x-app-version': '1.0 <script>' });
    expect({ status: bad.status, code: bad.body.error.code }).toEqual({ status: 400, code: 'invalid-header' });
    expect(await count('events WHERE terminal_id = $1', [t.terminalId])).toBe(2);
    expect((await push(3, { 'x-app-version': '0.2.0-rc.1' })).status).toBe(200);
    expect(await version()).toBe('0.2.0-rc.1');
  });

  it('takes gzip bodies and refuses bad gzip, oversized and malformed bodies with a reason', async () => {
    const t = await server.enrol('kupang');
    const event = saleEvent({ terminal: { id: t.terminalId, outletId: t.outletId }, seq: 1, products });
    const zipped = await server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: { events: [event] },
      gzip: true,
    });
    expect(zipped.body.results).toEqual([{ id: event.id, status: 'stored', quarantined: false }]);
    const cases: [unknown, Record<string, string>, number, string][] = [
      [Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }, 400, 'bad-gzip'],
      [gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)), { 'content-encoding': 'gzip' }, 413, 'body-too-large'],
      ['{"events": [', {}, 400, 'malformed-body'],
      ['{"events": ["\\u0000"]}', {}, 400, 'malformed-body'],
      [{ events: [{ ...event, type: 'sale.exploded' }] }, {}, 400, 'invalid-body'],
      [
        { events: [{ ...event, payload: { ...event.payload, lines: [{ ...event.payload.lines[0], quantity: -2 }] } }] },
        {},
        400,
        'invalid-body',
      ],
      [{ events: [] }, {}, 400, 'invalid-body'],
      [{ events: [event] }, { 'content-type': 'text/plain' }, 415, 'unsupported-media-type'],
      [{ events: [event] }, { 'content-encoding': 'br' }, 415, 'unsupported-encoding'],
    ];
    for (const [body, headers, status, code] of cases) {
      const reply = await server.request('POST', '/v1/sync/push', { token: t.token, body, headers });
      expect({ status: reply.status, code: reply.body.error?.code }).toEqual({ status, code });
      expect(reply.body.error.message).not.toBe('');
    }
    const negative = await server.request('POST', '/v1/sync/push', {
      token: t.token,
      body: {
        events: [{ ...event, payload: { ...event.payload, lines: [{ ...event.payload.lines[0], quantity: -2 }] } }],
      },
    });
    expect(negative.body.error.issues[0]).toEqual({
      path: 'events.0.payload.lines.0.quantity',
      message: expect.any(String),
    });
  });
});
