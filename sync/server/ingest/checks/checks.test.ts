/**
 * What the server no longer takes on a terminal's word (issue 12): a Z report is recomputed from
 * the shift's events and re-checked when a late one arrives; a sale or refund may name only its own
 * terminal's shift.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { rupiah } from '#domain/money';
import { buildRefund } from '#domain/test-documents';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { closedShift, testAudit, testShift, MARIA, YOHANES, type TerminalRef } from '#tests/support/shift-fixtures';
import { saleEvent, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startServerWithCatalog, type TestServer } from '#tests/support/sync-server';

const FLOAT = { 'note-50000': 2 }; // Rp 100.000

describe.each(DATABASE_KINDS)('server-side checks on %s', (kind) => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => ({ server, products } = await startServerWithCatalog(kind, 6)));
  afterAll(() => server.close());

  /** Enrolled a day ago: the shifts below open an hour before now. */
  async function enrolled(outlet: string): Promise<{ token: string; terminal: TerminalRef }> {
    const t = await server.enrol(outlet, undefined, new Date(Date.now() - 86_400_000).toISOString());
    return { token: t.token, terminal: { id: t.terminalId, outletId: t.outletId } };
  }
  const reasonsOf = async (eventId: string) =>
    (
      await server.db.query<{ r: string[] | null }>('SELECT quarantine_reasons AS r FROM events WHERE id = $1', [
        eventId,
      ])
    ).rows[0]!.r;
  const closingCount = async (shiftId: string) =>
    (
      await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM shift_closings WHERE shift_id = $1', [
        shiftId,
      ])
    ).rows[0]!.n;

  it('quarantines a Z report that claims less cash than the shift’s own sales', async () => {
    const { token, terminal } = await enrolled('kupang');
    const now = Date.now();
    const at = (minutes: number) => new Date(now - 3_600_000 + minutes * 60_000).toISOString();
    const shift = testShift(terminal, at(0), FLOAT);
    const sales = [1, 2].map((seq) =>
      saleEvent({ terminal, seq: seq + 1, products, shiftId: shift.id, completedAt: at(seq) }),
    );
    // The report leaves the second sale out: counted equals its expected cash, variance 0, no reason needed.
    const onlyFirst = closedShift(
      shift,
      { sales: [sales[0]!.payload], refunds: [], movements: [] },
      { counted: FLOAT, closedAt: at(30) },
    );
    const close = syncEvent('shift.closed', 4, {
      ...onlyFirst,
      report: { ...onlyFirst.report, counted: rupiah(100_000), expectedCash: rupiah(100_000), variance: rupiah(0) },
    });
    const reply = await server.push(token, [syncEvent('shift.opened', 1, shift), ...sales, close]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored', 'stored']);
    expect(reply.body.results[3]).toMatchObject({
      quarantined: true,
      reasons: [
        expect.stringMatching(
          /^the Z report differs from the province's documents of shift .*saleCount 1 \(province: 2\).*expectedCash/,
        ),
      ],
    });
    expect(await closingCount(shift.id)).toBe(0);
  });

  it('releases a close once the late sale it counted arrives, and quarantines a sound close a late sale contradicts', async () => {
    const { token, terminal } = await enrolled('kupang');
    const now = Date.now();
    const at = (minutes: number) => new Date(now - 3_600_000 + minutes * 60_000).toISOString();

    const shift = testShift(terminal, at(0), FLOAT);
    const [first, late] = [2, 3].map((seq) =>
      saleEvent({ terminal, seq, products, shiftId: shift.id, completedAt: at(seq) }),
    );
    const both = closedShift(
      shift,
      { sales: [first!.payload, late!.payload], refunds: [], movements: [] },
      {
        counted: FLOAT,
        closedAt: at(30),
        reason: 'Uang kembalian',
        approvedBy: { id: 'manager-yohanes', name: 'Yohanes' },
      },
    );
    const close = syncEvent('shift.closed', 4, both);
    const early = await server.push(token, [syncEvent('shift.opened', 1, shift), first!, close]);
    expect(early.body.results[2]).toMatchObject({
      quarantined: true,
      reasons: [expect.stringMatching(/^the Z report differs/)],
    });
    expect(await closingCount(shift.id)).toBe(0);
    await server.push(token, [late!]);
    expect(await reasonsOf(close.id)).toBeNull();
    expect(await closingCount(shift.id)).toBe(1);

    const second = testShift(terminal, at(40), FLOAT);
    const counted = saleEvent({ terminal, seq: 6, products, shiftId: second.id, completedAt: at(41) });
    const uncounted = saleEvent({ terminal, seq: 7, products, shiftId: second.id, completedAt: at(42) });
    const secondClose = syncEvent(
      'shift.closed',
      8,
      closedShift(
        second,
        { sales: [counted.payload], refunds: [], movements: [] },
        {
          counted: FLOAT,
          closedAt: at(50),
          reason: 'Uang kembalian',
          approvedBy: { id: 'manager-yohanes', name: 'Yohanes' },
        },
      ),
    );
    const sound = await server.push(token, [syncEvent('shift.opened', 5, second), counted, secondClose]);
    expect(sound.body.results.every((r) => r.status === 'stored' && !r.quarantined)).toBe(true);
    expect(await closingCount(second.id)).toBe(1);
    await server.push(token, [uncounted]);
    expect(await reasonsOf(secondClose.id)).toEqual([
      expect.stringMatching(/^the Z report differs .*saleCount 1 \(province: 2\)/),
    ]);
    expect(await closingCount(second.id)).toBe(0);
  });

  it('quarantines a sale or refund that names another terminal’s shift', async () => {
    const kupang = await enrolled('kupang');
    const alor = await enrolled('alor');
    const kupangShift = testShift(kupang.terminal, new Date().toISOString(), FLOAT);
    await server.push(kupang.token, [syncEvent('shift.opened', 1, kupangShift)]);
    const alorShift = testShift(alor.terminal, new Date().toISOString(), FLOAT);
    const own = saleEvent({ terminal: alor.terminal, seq: 2, products, shiftId: alorShift.id });
    const intruder = saleEvent({ terminal: alor.terminal, seq: 3, products, shiftId: kupangShift.id });
    const refund = buildRefund(own.payload, [[1, 1]], [], {
      id: uuidv7(),
      shiftId: kupangShift.id,
      refundedAt: own.payload.completedAt,
    });
    const reply = await server.push(alor.token, [
      syncEvent('shift.opened', 1, alorShift),
      own,
      intruder,
      syncEvent('sale.refunded', 4, refund),
    ]);
    const reason = `shift ${kupangShift.id} belongs to terminal ${kupang.terminal.id}, not to ${alor.terminal.id}`;
    expect(reply.body.results.map((r) => (r.status === 'rejected' ? r.reason : (r.reasons ?? [])))).toEqual([
      [],
      [],
      [reason],
      [reason],
    ]);
    expect((await server.db.query('SELECT id FROM sales WHERE shift_id = $1', [kupangShift.id])).rows).toEqual([]);
  });

  it('quarantines a refund whose reason or receipt number names another outlet’s sale', async () => {
    const kupang = await enrolled('kupang');
    const alor = await enrolled('alor');
    const theirs = saleEvent({ terminal: kupang.terminal, seq: 1, products });
    await server.push(kupang.token, [theirs]);
    const own = saleEvent({ terminal: alor.terminal, seq: 1, products });
    const naming = {
      ...buildRefund(own.payload, [[1, 1]], [], { id: uuidv7(), refundedAt: own.payload.completedAt }),
      shiftId: null,
      reason: `Tukar dengan struk ${theirs.payload.receiptNo}`,
    };
    const posing = {
      ...buildRefund(own.payload, [[2, 1]], [], { id: uuidv7(), refundedAt: own.payload.completedAt }),
      shiftId: null,
      originalReceiptNo: theirs.payload.receiptNo,
    };
    const fine = {
      ...buildRefund(own.payload, [[3, 1]], [], { id: uuidv7(), refundedAt: own.payload.completedAt }),
      shiftId: null,
      reason: `Salah pilih, struk ${own.payload.receiptNo}`,
    };
    const reply = await server.push(alor.token, [
      own,
      syncEvent('sale.refunded', 2, naming),
      syncEvent('sale.refunded', 3, posing),
      syncEvent('sale.refunded', 4, fine),
    ]);
    expect(reply.body.results.map((r) => (r.status === 'rejected' ? r.reason : (r.reasons ?? [])))).toEqual([
      [],
      [`the refund's reason names receipt ${theirs.payload.receiptNo}, a sale of outlet kupang`],
      [
        `the refund names receipt ${theirs.payload.receiptNo}, but sale ${own.payload.id} is receipt ${own.payload.receiptNo}`,
      ],
      [],
    ]);
  });

  it('flags audit entries that name staff the outlet does not have, or a non-manager approving', async () => {
    const { token, terminal } = await enrolled('sikka');
    await server.db.query(
      `INSERT INTO staff (id, outlet_id, name, role, pin_hash) VALUES ($1, 'sikka', 'Maria', 'kasir', 'x'), ($2, 'sikka', 'Yohanes', 'manager', 'x')`,
      [MARIA.id, YOHANES.id],
    );
    const now = new Date().toISOString();
    const refund = { kind: 'approved' as const, action: { kind: 'open-drawer' as const, reason: 'Tukar uang' } };
    const sound = testAudit(terminal, now, refund, YOHANES);
    const stranger = {
      ...testAudit(terminal, now, { kind: 'login' }),
      staff: { id: 'kasir-dari-luar', name: 'Orang Lain' },
    };
    const kasirApproves = testAudit(terminal, now, refund, MARIA);
    const reply = await server.push(
      token,
      [sound, stranger, kasirApproves].map((entry, i) => syncEvent('audit.recorded', i + 1, entry)),
    );
    expect(reply.body.results.every((r) => r.status === 'stored' && !r.quarantined)).toBe(true);
    const { rows } = await server.db.query<{ id: string; flags: string[] | null }>(
      'SELECT id::text, flags FROM audit_log WHERE terminal_id = $1',
      [terminal.id],
    );
    const flags = new Map(rows.map((r) => [r.id, r.flags]));
    expect([sound, stranger, kasirApproves].map((e) => flags.get(e.id))).toEqual([
      null,
      ['staff kasir-dari-luar is not staff of outlet sikka'],
      [`approver ${MARIA.id} is not a manager of outlet sikka`],
    ]);
  });

  it('quarantines a line sold at another price than the outlet’s in force in the week before, unless one of its managers approved it', async () => {
    const { token, terminal } = await enrolled('ende');
    await server.db.query(
      `INSERT INTO staff (id, outlet_id, name, role, pin_hash) VALUES ('ende-manager', 'ende', 'Yohanes', 'manager', 'x'), ('ende-kasir', 'ende', 'Maria', 'kasir', 'x')`,
    );
    const product = products[0]!;
    // Rp 5.000 long ago, Rp 6.000 from ten days ago, Rp 7.000 from two days ago; Ende's own Rp 6.500 since yesterday.
    await server.db.query('DELETE FROM product_prices WHERE product_id = $1', [product.id]);
    await server.db.query(
      `INSERT INTO product_prices (product_id, outlet_id, price, valid_from) VALUES
       ($1, '', 5000, '-infinity'), ($1, '', 6000, now() - interval '10 days'), ($1, '', 7000, now() - interval '2 days'), ($1, 'ende', 6500, now() - interval '1 day')`,
      [product.id],
    );
    let seq = 0;
    const soldAt = (price: number, override?: { from: number; approvedBy: { id: string; name: string } }) => {
      const event = saleEvent({ terminal, seq: ++seq, products: [{ ...product, price: rupiah(price) }], lineCount: 1 });
      if (override)
        event.payload.lines[0]!.priceOverride = { from: rupiah(override.from), approvedBy: override.approvedBy };
      return event;
    };
    const events = [
      soldAt(6500),
      soldAt(7000),
      soldAt(6000),
      soldAt(5000),
      soldAt(1),
      soldAt(1, { from: 6500, approvedBy: { id: 'ende-manager', name: 'Yohanes' } }),
      soldAt(1, { from: 6500, approvedBy: { id: 'ende-kasir', name: 'Maria' } }),
    ];
    const reply = await server.push(token, events);
    expect(reply.body.results.map((r) => (r.status === 'rejected' ? r.reason : (r.reasons ?? [])))).toEqual([
      [],
      [],
      [],
      [`line 1: unit price 5000 is not the outlet's price in force (6500) and no manager approved a change`],
      [`line 1: unit price 1 is not the outlet's price in force (6500) and no manager approved a change`],
      [],
      [`line 1: the price change was approved by ende-kasir, who is not a manager of outlet ende`],
    ]);
  });

  it('takes a price change an older terminal approved only in its audit log, once, by a manager of the outlet, also when the entry arrives after the sale', async () => {
    const { token, terminal } = await enrolled('sumba-timur');
    const other = await enrolled('sumba-timur');
    const manager = { id: 'st-manager', name: 'Yohanes' };
    const kasir = { id: 'st-kasir', name: 'Maria' };
    await server.db.query(
      `INSERT INTO staff (id, outlet_id, name, role, pin_hash) VALUES ($1, 'sumba-timur', 'Yohanes', 'manager', 'x'), ($2, 'sumba-timur', 'Maria', 'kasir', 'x')`,
      [manager.id, kasir.id],
    );
    const product = products[1]!;
    const nip = '198609262015051001';
    const atOne = (seq: number) =>
      saleEvent({ terminal, seq, products: [{ ...product, price: rupiah(1) }], lineCount: 1, asnNip: nip });
    const approval = (seq: number, by: { id: string; name: string }, lineNo = 1, on = terminal) =>
      syncEvent(
        'audit.recorded',
        seq,
        testAudit(
          on,
          new Date().toISOString(),
          {
            kind: 'approved',
            action: { kind: 'price-override', lineNo, from: product.price, to: rupiah(1), reason: 'Kemasan rusak' },
          },
          by,
        ),
      );
    const unapproved = `line 1: unit price 1 is not the outlet's price in force (${product.price}) and no manager approved a change`;
    const reasonsIn = (reply: Awaited<ReturnType<TestServer['push']>>) =>
      reply.body.results.map((r) => (r.status === 'rejected' ? r.reason : (r.reasons ?? [])));

    expect(reasonsIn(await server.push(other.token, [approval(1, manager, 1, other.terminal)]))).toEqual([[]]);
    const login = syncEvent('audit.recorded', 1, testAudit(terminal, new Date().toISOString(), { kind: 'login' }));
    const reply = await server.push(token, [
      login,
      atOne(2),
      approval(3, manager),
      atOne(4),
      atOne(5),
      approval(6, kasir),
      atOne(7),
      approval(8, manager, 2),
      atOne(9),
    ]);
    // Another terminal's approval (2); approved (4); that approval used up (5); a kasir's (7); another line's (9).
    expect(reasonsIn(reply)).toEqual([[], [unapproved], [], [], [unapproved], [], [unapproved], [], [unapproved]]);

    const late = atOne(11);
    expect(reasonsIn(await server.push(token, [late]))).toEqual([[unapproved]]);
    const spent = async () =>
      (
        await server.db.query<{ total: number }>(
          'SELECT coalesce(sum(total), 0)::int AS total FROM asn_monthly_totals WHERE nip = $1',
          [nip],
        )
      ).rows[0]!.total;
    const before = await spent();
    expect(reasonsIn(await server.push(token, [approval(10, manager)]))).toEqual([[]]);
    expect(await reasonsOf(late.id)).toBeNull();
    expect((await server.db.query('SELECT total FROM sales WHERE id = $1', [late.payload.id])).rows).toEqual([
      { total: late.payload.total },
    ]);
    expect(await spent()).toBe(before + late.payload.total);
  });
});
