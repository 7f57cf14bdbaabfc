import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { nextTillArticleCodes, tillCodeBlock, type Gtin } from '#domain/catalog/barcode';
import { rupiah } from '#domain/money';
import { buildRefund } from '#domain/test-documents';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import type { TransferInItem } from '#sync/protocol/streams';
import {
  MANAGER,
  receivingEvent,
  stockTakeEvent,
  transferSentEvent,
  writeOffEvent,
} from '#tests/support/stock-fixtures';
import { toOutletId, toTerminalId } from '#domain/outlet/terminal';
import { toBusinessDate } from '#domain/wita';
import { saleEvent, seedCatalog, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { stockOuts } from '../reports/stock-outs';
import { stockReport } from '../reports/stock-report';

describe.each(DATABASE_KINDS)('stock at ingest on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer(kind);
    products = await seedCatalog(server.db, 4);
  });
  afterAll(() => server.close());

  const levels = async (outletId: string) =>
    Object.fromEntries(
      (
        await server.db.query<{ product_id: string; on_hand: string }>(
          'SELECT product_id, on_hand::text FROM stock_levels WHERE outlet_id = $1',
          [outletId],
        )
      ).rows.map((r) => [r.product_id, Number(r.on_hand)]),
    );
  const reasons = async (terminalId: string) =>
    (
      await server.db.query<{ seq: number; quarantine_reasons: string[] | null }>(
        'SELECT seq, quarantine_reasons FROM events WHERE terminal_id = $1 ORDER BY seq',
        [terminalId],
      )
    ).rows.map((r) => r.quarantine_reasons);

  it('receives batches, takes sales from the earliest expiry first, and puts refunds back', async () => {
    const t = await server.enrol('ende', undefined, '2026-03-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const [a, b] = products as [CatalogProduct, CatalogProduct];
    const late = receivingEvent(
      terminal,
      1,
      [{ productId: a.id, quantity: 10, expiry: '2026-09-30' }],
      '2026-03-02T01:00:00Z',
    );
    const early = receivingEvent(
      terminal,
      2,
      [
        { productId: a.id, quantity: 4, expiry: '2026-06-30' },
        { productId: b.id, quantity: 2 },
      ],
      '2026-03-02T02:00:00Z',
    );
    // Two lines from a (quantities 1 + ...), see saleEvent: firstProduct 0, two lines → a and b.
    const sale = saleEvent({
      terminal,
      seq: 3,
      products,
      firstProduct: 0,
      lineCount: 2,
      completedAt: '2026-03-03T01:00:00Z',
    });
    const [soldA, soldB] = sale.payload.lines.map((l) => l.quantity) as [number, number];
    const refund = {
      ...buildRefund(sale.payload, [[1, 1]], [], { id: uuidv7(), refundedAt: '2026-03-03T02:00:00Z' }),
      shiftId: null,
    };
    const reply = await server.push(t.token, [
      late,
      early,
      sale,
      syncEvent('sale.refunded', 4, refund, '2026-03-03T02:00:00Z'),
    ]);
    expect(reply.body).toMatchObject({ highWaterSeq: 4 });
    expect(reply.body.results.map((r) => r.status === 'stored' && r.quarantined)).toEqual([false, false, false, false]);

    expect(await levels(terminal.outletId)).toEqual({ [a.id]: 14 - soldA + 1, [b.id]: 2 - soldB });
    const { rows: batches } = await server.db.query<{ expiry: string | null; remaining: string }>(
      "SELECT to_char(expiry, 'YYYY-MM-DD') AS expiry, remaining::text FROM stock_batches WHERE product_id = $1 ORDER BY expiry",
      [a.id],
    );
    // The June batch went first; the refund joins no batch.
    expect(batches).toEqual([
      { expiry: '2026-06-30', remaining: String(4 - soldA) },
      { expiry: '2026-09-30', remaining: '10' },
    ]);
    const { rows: movements } = await server.db.query<{ reason: string; quantity: string }>(
      'SELECT reason, quantity::text FROM stock_movements WHERE outlet_id = $1 AND product_id = $2 ORDER BY id',
      [terminal.outletId, a.id],
    );
    expect(movements).toEqual([
      { reason: 'received', quantity: '10' },
      { reason: 'received', quantity: '4' },
      { reason: 'sold', quantity: String(-soldA) },
      { reason: 'refunded', quantity: '1' },
    ]);
  });

  it('puts back what came back whole and records damaged units with a row of 0, not on hand', async () => {
    const t = await server.enrol('lembata', undefined, '2026-03-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const [a, b] = products as [CatalogProduct, CatalogProduct];
    const received = receivingEvent(
      terminal,
      1,
      [
        { productId: a.id, quantity: 10 },
        { productId: b.id, quantity: 10 },
      ],
      '2026-03-02T01:00:00Z',
    );
    const sale = saleEvent({
      terminal,
      seq: 2,
      products,
      firstProduct: 0,
      lineCount: 2,
      completedAt: '2026-03-03T01:00:00Z',
    });
    const [soldA, soldB] = sale.payload.lines.map((l) => l.quantity) as [number, number];
    const built = buildRefund(
      sale.payload,
      [
        [1, 1],
        [2, 1],
      ],
      [],
      { id: uuidv7(), refundedAt: '2026-03-03T02:00:00Z' },
    );
    const refund = { ...built, shiftId: null, lines: [{ ...built.lines[0]!, damaged: true }, built.lines[1]!] };
    const reply = await server.push(t.token, [
      received,
      sale,
      syncEvent('sale.refunded', 3, refund, '2026-03-03T02:00:00Z'),
    ]);
    expect(reply.body.results.map((r) => r.status === 'stored' && r.quarantined)).toEqual([false, false, false]);

    const { rows: levels } = await server.db.query<{ product_id: string; on_hand: string }>(
      'SELECT product_id, on_hand::text FROM stock_levels WHERE outlet_id = $1',
      [terminal.outletId],
    );
    expect(Object.fromEntries(levels.map((r) => [r.product_id, Number(r.on_hand)]))).toEqual({
      [a.id]: 10 - soldA,
      [b.id]: 10 - soldB + 1,
    });
    const { rows: movements } = await server.db.query<{ product_id: string; reason: string; quantity: string }>(
      'SELECT product_id, reason, quantity::text FROM stock_movements WHERE document_id = $1 ORDER BY line_no',
      [refund.id],
    );
    expect(movements).toEqual([
      { product_id: a.id, reason: 'refund-damaged', quantity: '0' },
      { product_id: b.id, reason: 'refunded', quantity: '1' },
    ]);
  });

  it('never blocks a sale for stock: the ledger goes negative', async () => {
    const t = await server.enrol('kupang', undefined, '2026-03-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const sale = saleEvent({
      terminal,
      seq: 1,
      products,
      firstProduct: 2,
      lineCount: 1,
      completedAt: '2026-03-03T01:00:00Z',
    });
    const reply = await server.push(t.token, [sale]);
    expect(reply.body.results[0]).toMatchObject({ status: 'stored', quarantined: false });
    expect(await levels(terminal.outletId)).toEqual({ [products[2]!.id]: -sale.payload.lines[0]!.quantity });
    // Out from the sale's day, 3 March, to the month's end.
    expect((await stockOuts(server.db, '2026-03')).find((o) => o.outletId === 'kupang')).toMatchObject({
      products: 1,
      outProducts: 1,
      outDays: 29,
      days: 31,
    });
  });

  it('quarantines a receiving recorded twice, expired on arrival, off its total or of an unknown product', async () => {
    const t = await server.enrol('sikka', undefined, '2026-03-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const at = '2026-03-05T01:00:00Z';
    const sound = receivingEvent(terminal, 1, [{ productId: products[0]!.id, quantity: 3 }], at);
    const again = receivingEvent(terminal, 2, [{ productId: products[0]!.id, quantity: 3 }], at, sound.payload.id);
    const expired = receivingEvent(
      terminal,
      3,
      [{ productId: products[1]!.id, quantity: 3, expiry: '2026-03-04' }],
      at,
    );
    const offTotal = receivingEvent(terminal, 4, [{ productId: products[1]!.id, quantity: 3 }], at);
    offTotal.payload.total = rupiah(offTotal.payload.total + 1);
    const unknown = receivingEvent(terminal, 5, [{ productId: 'no-such-product', quantity: 3 }], at);
    const reply = await server.push(t.token, [sound, again, expired, offTotal, unknown]);
    expect(reply.status).toBe(200);
    const judged = await reasons(terminal.id);
    expect(judged[0]).toBeNull();
    expect(judged[1]).toEqual([`stock document ${sound.payload.id} was already recorded by another event`]);
    expect(judged[2]).toEqual([`Produk ${products[1]!.id}: tanggal kedaluwarsa sudah lewat.`]);
    expect(judged[3]).toEqual([
      `total ${offTotal.payload.total} should be ${offTotal.payload.total - 1}, the sum of the lines`,
    ]);
    expect(judged[4]).toEqual([
      'line 1: product no-such-product is neither in the province catalog nor received as new',
    ]);
    expect(await levels(terminal.outletId)).toEqual({ [products[0]!.id]: 3 });
  });

  it("quarantines a new product whose in-store code is outside the till's block or another product's", async () => {
    const first = await server.enrol('sikka', undefined, '2026-03-01T00:00:00Z');
    const second = await server.enrol('sikka', undefined, '2026-03-01T00:00:00Z');
    const { rows } = await server.db.query<{ code_block: number }>("SELECT code_block FROM outlets WHERE id = 'sikka'");
    const own = (t: { terminalId: string }) => tillCodeBlock(rows[0]!.code_block, t.terminalId)!;
    const at = '2026-03-06T01:00:00Z';
    const proposing = (t: { terminalId: string; outletId: string }, seq: number, code: string) => {
      const event = receivingEvent(
        { id: t.terminalId, outletId: t.outletId },
        seq,
        [{ productId: uuidv7(), quantity: 2 }],
        at,
      );
      event.payload.lines[0]!.newProduct = {
        barcode: code as Gtin,
        name: 'Keripik Pisang',
        proposedPrice: rupiah(15_000),
        soldBy: 'unit',
        category: 'Camilan',
        unit: 'pcs',
      };
      return event;
    };
    const [mine] = nextTillArticleCodes(own(first), [], 1);
    const [theirs] = nextTillArticleCodes(own(second), [], 1);
    expect(mine).not.toBe(theirs);
    const reply = await server.push(first.token, [
      proposing(first, 1, mine!),
      proposing(first, 2, theirs!),
      proposing(first, 3, mine!),
    ]);
    expect(reply.status).toBe(200);
    const judged = await reasons(first.terminalId);
    expect(judged[0]).toBeNull();
    expect(judged[1]).toEqual([`line 1: in-store code ${theirs} is not of terminal ${first.terminalId}'s own block`]);
    expect(judged[2]).toEqual([
      expect.stringMatching(new RegExp(`^line 1: in-store code ${mine} is already product `)),
    ]);
    expect((await server.push(second.token, [proposing(second, 1, theirs!)])).body.results[0]).toMatchObject({
      quarantined: false,
    });
  });

  it('writes off from the earliest batch and books a stock-take once: approved twice is quarantined', async () => {
    const t = await server.enrol('alor', undefined, '2026-03-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const [a, b] = products as [CatalogProduct, CatalogProduct];
    const at = '2026-03-06T01:00:00Z';
    const receiving = receivingEvent(
      terminal,
      1,
      [
        { productId: a.id, quantity: 6, expiry: '2026-04-30' },
        { productId: a.id, quantity: 6, expiry: '2026-03-31' },
        { productId: b.id, quantity: 5 },
      ],
      at,
    );
    const writeOff = writeOffEvent(terminal, 2, [[a.id, 2]], at);
    // The count finds one a missing and one b more than expected; a stock-take approved again is refused.
    const count = stockTakeEvent(
      terminal,
      3,
      [
        [a.id, 10, 9],
        [b.id, 5, 6],
      ],
      at,
    );
    const again = stockTakeEvent(terminal, 4, [[a.id, 9, 9]], at, count.payload.id);
    const reply = await server.push(t.token, [receiving, writeOff, count, again]);
    expect(reply.status).toBe(200);
    const judged = await reasons(terminal.id);
    expect(judged.slice(0, 3)).toEqual([null, null, null]);
    expect(judged[3]).toEqual([`stock document ${count.payload.id} was already recorded by another event`]);
    expect(await levels(terminal.outletId)).toEqual({ [a.id]: 9, [b.id]: 6 });
    const { rows } = await server.db.query<{ line_no: number; remaining: string }>(
      'SELECT line_no, remaining::text FROM stock_batches WHERE document_id = $1 ORDER BY line_no',
      [receiving.payload.id],
    );
    // The write-off (2) and the missing unit (1) left the March batch, line 2.
    expect(rows).toEqual([
      { line_no: 1, remaining: '6' },
      { line_no: 2, remaining: '3' },
      { line_no: 3, remaining: '5' },
    ]);
  });

  it('moves a transfer out of the sender and into the receiver, each half from its own terminal, in either order', async () => {
    const sender = await server.enrol('rote-ndao', undefined, '2026-03-01T00:00:00Z');
    const receiver = await server.enrol('sumba-timur', undefined, '2026-03-01T00:00:00Z');
    const [a] = products as [CatalogProduct];
    const at = '2026-03-07T01:00:00Z';
    const transferId = uuidv7();
    const base = { training: false, businessDate: toBusinessDate('2026-03-07') };
    const received = syncEvent(
      'stock.transfer-received',
      1,
      {
        ...base,
        id: uuidv7(),
        transferId,
        fromOutletId: toOutletId('rote-ndao'),
        outletId: toOutletId('sumba-timur'),
        terminalId: toTerminalId(receiver.terminalId),
        receivedAt: at,
        receivedBy: MANAGER,
        lines: [{ lineNo: 1, productId: a.id, sent: 4, received: 3 }],
      },
      at,
    );
    const sent = (id: string, seq: number, to: string) =>
      syncEvent(
        'stock.transfer-sent',
        seq,
        {
          ...base,
          id,
          outletId: toOutletId('rote-ndao'),
          toOutletId: toOutletId(to),
          terminalId: toTerminalId(sender.terminalId),
          sentAt: at,
          sentBy: MANAGER,
          lines: [{ lineNo: 1, productId: a.id, name: a.name, quantity: 4 }],
        },
        at,
      );
    // The receiving half arrives first (the sender was offline); the sender also tried to send to itself.
    expect((await server.push(receiver.token, [received])).body.results[0]).toMatchObject({ quarantined: false });
    await server.push(sender.token, [sent(transferId, 1, 'sumba-timur'), sent(uuidv7(), 2, 'rote-ndao')]);
    expect(await reasons(sender.terminalId)).toEqual([null, ['Mutasi tidak bisa dikirim ke outlet pengirim sendiri.']]);
    expect(await levels('rote-ndao')).toEqual({ [a.id]: -4 });
    expect(await levels('sumba-timur')).toEqual({ [a.id]: 3 });
    const { rows } = await server.db.query(
      'SELECT t.from_outlet_id, t.to_outlet_id, l.sent::int, l.received::int FROM stock_transfers t JOIN stock_transfer_lines l ON l.transfer_id = t.id WHERE t.id = $1',
      [transferId],
    );
    expect(rows).toEqual([{ from_outlet_id: 'rote-ndao', to_outlet_id: 'sumba-timur', sent: 4, received: 3 }]);
  });

  it('takes a transfer from the sender earliest expiry first and puts what arrived into batches with the sent expiries', async () => {
    const sender = await server.enrol('manggarai', undefined, '2026-03-01T00:00:00Z');
    const receiver = await server.enrol('nagekeo', undefined, '2026-03-01T00:00:00Z');
    const from = { id: sender.terminalId, outletId: 'manggarai' };
    const [a] = products as [CatalogProduct];
    const at = '2026-03-07T01:00:00Z';
    const sent = transferSentEvent(from, 2, 'nagekeo', [[a.id, 6]], at);
    const june = toBusinessDate('2026-06-30');
    const september = toBusinessDate('2026-09-30');
    sent.payload.lines[0]!.batches = [
      { expiry: june, quantity: 4 },
      { expiry: september, quantity: 2 },
    ];
    await server.push(sender.token, [
      receivingEvent(
        from,
        1,
        [
          { productId: a.id, quantity: 10, expiry: '2026-09-30' },
          { productId: a.id, quantity: 4, expiry: '2026-06-30' },
        ],
        '2026-03-02T01:00:00Z',
      ),
      sent,
    ]);
    const [incoming] = (await server.pullAll<TransferInItem>(receiver.token, 'transfers-in')).items;
    expect(incoming!.lines).toEqual([
      { lineNo: 1, productId: a.id, name: `Produk ${a.id}`, quantity: 6, batches: sent.payload.lines[0]!.batches },
    ]);

    // One short: it came off the September goods, the latest-expiring, as the receiving terminal says.
    const receivingId = uuidv7();
    const received = syncEvent(
      'stock.transfer-received',
      1,
      {
        id: receivingId,
        outletId: toOutletId('nagekeo'),
        terminalId: toTerminalId(receiver.terminalId),
        training: false,
        transferId: sent.payload.id,
        fromOutletId: toOutletId('manggarai'),
        receivedAt: at,
        businessDate: toBusinessDate('2026-03-07'),
        receivedBy: MANAGER,
        lines: [
          {
            ...{ lineNo: 1, productId: a.id, sent: 6, received: 5 },
            batches: [
              { expiry: june, quantity: 4 },
              { expiry: september, quantity: 1 },
            ],
          },
        ],
      },
      at,
    );
    expect((await server.push(receiver.token, [received])).body.results[0]).toMatchObject({ quarantined: false });
    const batchesAt = async (outletId: string) =>
      (
        await server.db.query<{ expiry: string | null; remaining: string }>(
          "SELECT to_char(expiry, 'YYYY-MM-DD') AS expiry, remaining::text FROM stock_batches WHERE outlet_id = $1 AND product_id = $2 ORDER BY expiry",
          [outletId, a.id],
        )
      ).rows;
    expect(await batchesAt('manggarai')).toEqual([
      { expiry: '2026-06-30', remaining: '0' },
      { expiry: '2026-09-30', remaining: '8' },
    ]);
    expect(await batchesAt('nagekeo')).toEqual([
      { expiry: '2026-06-30', remaining: '4' },
      { expiry: '2026-09-30', remaining: '1' },
    ]);
    expect(await levels('nagekeo')).toEqual({ [a.id]: 5 });
    const report = await stockReport(server.db, 'nagekeo', toBusinessDate('2026-09-15'));
    expect(report.rows.find((r) => r.productId === a.id)!.expiring).toEqual([
      { expiry: '2026-06-30', remaining: 4, expired: true },
      { expiry: '2026-09-30', remaining: 1, expired: false },
    ]);

    // A sale at the destination takes the transferred June goods first.
    const sale = saleEvent({
      terminal: { id: receiver.terminalId, outletId: 'nagekeo' },
      seq: 2,
      products,
      firstProduct: 0,
      lineCount: 1,
      completedAt: '2026-03-08T01:00:00Z',
    });
    await server.push(receiver.token, [sale]);
    expect(await batchesAt('nagekeo')).toEqual([
      { expiry: '2026-06-30', remaining: String(4 - sale.payload.lines[0]!.quantity) },
      { expiry: '2026-09-30', remaining: '1' },
    ]);
  });
});
