/**
 * Beranda's panels (reports/dashboard-panels.ts) over HTTP, each in each role's scope: sales,
 * stock and ASN pushed by real terminals through the real ingest, read back by a provincial, an
 * outlet and a BKD user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskNip } from '#domain/asn/nip';
import { rupiah } from '#domain/money';
import { addDays, businessDate, businessMonth } from '#domain/wita';
import { runAdminCommand } from '#sync/admin/commands';
import { importAsnRoster } from '#sync/admin/import-asn';
import { importCatalog } from '#sync/admin/import-catalog';
import {
  dashboardSchema,
  opdAsnListSchema,
  sessionSchema,
  type Dashboard,
  type OpdComplianceRow,
} from '#sync/protocol/backoffice';
import { setAsnMinimum } from '#sync/server/reports/asn-minimum';
import { opdCompliance } from '#sync/server/reports/dashboard-panels';
import { recordAppVersion } from '#sync/server/terminals/terminals';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { saleEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';

const PASSWORD = 'Sasando-Rote-2026';
const ASN = { met: '198609262015051001', below: '197912312005012003', none: '199005172019031002' };
const RSUD = '198203142009042001';

describe.each(DATABASE_KINDS)("Beranda's panels on %s", (kind) => {
  let server: TestServer;
  const cookies = new Map<string, string>();
  const get = (user: string, path: string) => server.request('GET', path, { headers: { cookie: cookies.get(user)! } });
  const beranda = async (user: string, query = '') =>
    dashboardSchema.parse((await get(user, `/v1/backoffice/dashboard?month=${month}${query}`)).body);
  const now = new Date().toISOString();
  const today = businessDate(now);
  const month = businessMonth(now);

  beforeAll(async () => {
    server = await startTestServer(kind);
    for (const [name, ...options] of [
      ['prov.kupang', '--role', 'provinsi'],
      ['mgr.ende', '--role', 'outlet', '--outlet', 'ende'],
      ['bkd.ntt', '--role', 'bkd'],
    ] as const) {
      await runAdminCommand(server.db, ['user', 'add', name, ...options], async () => PASSWORD);
      const reply = await server.request('POST', '/v1/backoffice/login', { body: { name, password: PASSWORD } });
      sessionSchema.parse(reply.body);
      cookies.set(name, reply.headers.get('set-cookie')!.split(';')[0]!);
    }
    await importCatalog(
      server.db,
      [
        'barcode,nama,harga,pemasok,perishable',
        '8991000100017,Kopi Bajawa,40000,Koperasi Kopi Ngada,ya',
        '8991000100024,Tenun Sikka,50000,Sanggar Tenun Ikat Sikka,tidak',
        '8991000100031,Madu Sumba,70000,Madu Hutan Sumba,ya',
      ].join('\n'),
    );
    const [kopi, tenun, madu] = (
      await server.db.query<CatalogProduct>('SELECT id, name, price FROM products ORDER BY natural_key')
    ).rows as [CatalogProduct, CatalogProduct, CatalogProduct];
    await importAsnRoster(
      server.db,
      [
        'nip,nama,opd,jenis',
        `${ASN.met},Maria Goreti Nona,Dinas Kesehatan,PNS`,
        `${ASN.below},Yohanes Seran,Dinas Kesehatan,PNS`,
        `${ASN.none},Theresia Ndudung,Dinas Kesehatan,PNS`,
        `${RSUD},Kornelius Jemadu,RSUD Komodo,PNS`,
      ].join('\n'),
    );
    await setAsnMinimum(server.db, rupiah(100_000));

    // Ende: kopi 8 expiring in 10 days, tenun 2, madu 4 expiring in 60 days; an ASN buys 3 kopi
    // (Rp 120.000: met), another 1 tenun (Rp 50.000: below).
    const ende = await server.enrol('ende');
    const en = { id: ende.terminalId, outletId: 'ende' };
    const enReceiving = receivingEvent(
      en,
      1,
      [
        { productId: kopi.id, quantity: 8, expiry: addDays(today, 10) },
        { productId: tenun.id, quantity: 2 },
        { productId: madu.id, quantity: 4, expiry: addDays(today, 60) },
      ],
      now,
    );
    const enKopi = saleEvent({ terminal: en, seq: 2, products: [kopi], lineCount: 1, asnNip: ASN.met });
    const enTenun = saleEvent({ terminal: en, seq: 3, products: [tenun], lineCount: 1, asnNip: ASN.below });
    expect(enKopi.payload.total).toBe(120_000);
    expect(enTenun.payload.total).toBe(50_000);
    expect((await server.push(ende.token, [enReceiving, enKopi, enTenun])).status).toBe(200);

    // Alor: receives exactly what it sells of kopi (3) and tenun (1), so both are out there; one
    // sale dated before its enrolment is quarantined, one event reusing a seq is refused.
    const alor = await server.enrol('alor');
    const al = { id: alor.terminalId, outletId: 'alor' };
    const alReceiving = receivingEvent(
      al,
      1,
      [
        { productId: kopi.id, quantity: 3, expiry: addDays(today, 90) },
        { productId: tenun.id, quantity: 1 },
      ],
      now,
    );
    const alSale = saleEvent({ terminal: al, seq: 2, products: [kopi, tenun], firstProduct: 0, lineCount: 2 });
    expect(alSale.payload.lines.map((l) => l.quantity)).toEqual([3, 1]);
    const stale = saleEvent({ terminal: al, seq: 3, products: [madu], completedAt: addDays(today, -3) + 'T02:00:00Z' });
    const clash = saleEvent({ terminal: al, seq: 2, products: [madu] });
    const pushed = await server.push(alor.token, [alReceiving, alSale, stale, clash]);
    expect(pushed.body.results.map((r) => (r.status === 'stored' ? r.quarantined : r.status))).toEqual([
      false,
      false,
      true,
      'rejected',
    ]);

    // Sabu Raijua: enrolled, never pushed. Ende runs a newer app than Alor.
    await server.enrol('sabu-raijua');
    await recordAppVersion(server.db, ende.terminalId, '0.10.0');
    await recordAppVersion(server.db, alor.terminalId, '0.9.4');
  });
  afterAll(() => server.close());

  it('gives the province every panel: compliance per OPD, stock, top sellers, terminals, sparklines', async () => {
    const all = await beranda('prov.kupang');
    expect(all.compliance).toEqual([
      { opd: 'Dinas Kesehatan', asn: 3, met: 1, below: 1, none: 1 },
      { opd: 'RSUD Komodo', asn: 1, met: 0, below: 0, none: 1 },
    ]);
    expect(all.stock!.outletsOut).toEqual([{ outletId: 'alor', name: expect.any(String), outProducts: 2 }]);
    expect(all.stock!.productsOut.map((p) => [p.name, p.outlets])).toEqual([
      ['Kopi Bajawa', 1],
      ['Tenun Sikka', 1],
    ]);
    expect(all.stock!.expiring).toEqual([
      expect.objectContaining({ outletId: 'ende', name: 'Kopi Bajawa', expiry: addDays(today, 10), remaining: 5 }),
    ]);
    expect(all.top!.products.map((p) => [p.name, p.quantity, p.sales])).toEqual([
      ['Kopi Bajawa', 6, 240_000],
      ['Tenun Sikka', 2, 100_000],
    ]);
    expect(all.top!.producers).toEqual([
      { supplier: 'Koperasi Kopi Ngada', products: 1, sales: 240_000 },
      { supplier: 'Sanggar Tenun Ikat Sikka', products: 1, sales: 100_000 },
    ]);
    // The rollups kept at ingest tell what the sales rows do.
    const { rows: lines } = await server.db.query<{ product_id: string; total: number }>(
      'SELECT product_id, sum(total)::bigint AS total FROM sale_lines GROUP BY 1 ORDER BY 2 DESC',
    );
    expect(all.top!.products.map((p) => [p.productId, p.sales])).toEqual(lines.map((l) => [l.product_id, l.total]));
    expect(all.sales!.outlets.find((o) => o.id === 'ende')!.asnSales).toBe(170_000);
    expect(all.sales!.outlets.find((o) => o.id === 'alor')!.asnSales).toBe(0);
    const byOutlet = Object.fromEntries(all.terminals!.map((t) => [t.outletId, t]));
    expect(byOutlet.ende).toMatchObject({ maxSeq: 3, quarantined: 0, rejected: 0, silent: false });
    expect(byOutlet.alor).toMatchObject({ maxSeq: 3, quarantined: 1, rejected: 1, silent: false });
    expect(byOutlet['sabu-raijua']).toMatchObject({ lastSeenAt: null, maxSeq: 0, clockSkewMs: null, silent: true });
    // 0.9.4 is older than 0.10.0 (numerically, not as text); a till that never pushed is not judged.
    expect([byOutlet.ende, byOutlet.alor, byOutlet['sabu-raijua']].map((t) => [t!.appVersion, t!.outdated])).toEqual([
      ['0.10.0', false],
      ['0.9.4', true],
      [null, false],
    ]);
    expect(Math.abs(byOutlet.ende!.clockSkewMs!)).toBeLessThan(60_000);
    const sparkline = (id: string) => all.sales!.outlets.find((o) => o.id === id)!.sparkline;
    expect(sparkline('ende')).toHaveLength(30);
    expect(sparkline('ende').at(-1)).toBe(170_000);
    expect(
      sparkline('ende')
        .slice(0, -1)
        .every((d) => d === 0),
    ).toBe(true);
    expect(sparkline('sabu-raijua')).toEqual(Array(30).fill(0));
  });

  it("narrows every panel to an outlet user's own outlet, without the ASN compliance", async () => {
    const own = await beranda('mgr.ende');
    expect(own.compliance).toBeNull();
    expect(own.stock!.outletsOut).toEqual([]);
    expect(own.stock!.productsOut).toEqual([]);
    expect(own.stock!.expiring.map((e) => e.outletId)).toEqual(['ende']);
    expect(own.top!.products.map((p) => [p.name, p.sales])).toEqual([
      ['Kopi Bajawa', 120_000],
      ['Tenun Sikka', 50_000],
    ]);
    expect(own.terminals!.map((t) => t.outletId)).toEqual(['ende']);
    expect(own.terminals![0]!.outdated).toBe(false);
    expect(own.sales!.outlets.map((o) => o.id)).toEqual(['ende']);
    expect((await get('mgr.ende', `/v1/backoffice/dashboard?month=${month}&outlet=alor`)).status).toBe(403);
    const drill = await get('mgr.ende', `/v1/backoffice/asn-opd?month=${month}&opd=Dinas%20Kesehatan`);
    expect(drill.status).toBe(403);
    expect(JSON.stringify(drill.body)).not.toContain('Maria');

    const narrowed = await beranda('prov.kupang', '&outlet=alor');
    expect(narrowed.stock!.outletsOut.map((o) => o.outletId)).toEqual(['alor']);
    expect(narrowed.stock!.expiring).toEqual([]);
    expect(narrowed.terminals!.map((t) => t.outletId)).toEqual(['alor']);
  });

  it('gives BKD the compliance and its drill-down with NIPs masked, and nothing of sales or stock', async () => {
    const bkd: Dashboard = await beranda('bkd.ntt');
    expect(bkd.compliance!.map((o) => o.opd)).toEqual(['Dinas Kesehatan', 'RSUD Komodo']);
    expect([bkd.sales, bkd.stock, bkd.top, bkd.terminals]).toEqual([null, null, null, null]);

    const reply = await get('bkd.ntt', `/v1/backoffice/asn-opd?month=${month}&opd=Dinas%20Kesehatan`);
    expect(reply.status).toBe(200);
    const list = opdAsnListSchema.parse(reply.body);
    expect(list.asn).toEqual([
      { maskedNip: maskNip(ASN.met), name: 'Maria Goreti Nona', total: 120_000, status: 'met' },
      { maskedNip: maskNip(ASN.none), name: 'Theresia Ndudung', total: 0, status: 'none' },
      { maskedNip: maskNip(ASN.below), name: 'Yohanes Seran', total: 50_000, status: 'below' },
    ]);
    expect(JSON.stringify(reply.body)).not.toContain(ASN.met);
    expect((await get('prov.kupang', `/v1/backoffice/asn-opd?month=${month}&opd=Dinas%20Kesehatan`)).status).toBe(200);
    expect((await get('bkd.ntt', `/v1/backoffice/asn-opd?month=${month}&opd=Tidak%20Ada`)).status).toBe(404);
    expect((await get('bkd.ntt', `/v1/backoffice/asn-opd?month=${month}`)).status).toBe(400);
    expect((await get('bkd.ntt', '/v1/backoffice/asn-opd?month=2026-13&opd=Bappeda')).status).toBe(400);
  });

  it('keeps the compliance per OPD at ingest, and counts it again after a roster change or a new minimum', async () => {
    /** The compliance as the whole roster joined with the month's totals says it. */
    const joined = async (minimum: number) =>
      (
        await server.db.query<OpdComplianceRow>(
          `SELECT r.opd, count(*)::int AS asn, count(*) FILTER (WHERE coalesce(t.total, 0) >= $2)::int AS met,
             count(*) FILTER (WHERE t.total > 0 AND t.total < $2)::int AS below,
             count(*) FILTER (WHERE coalesce(t.total, 0) <= 0)::int AS none
           FROM asn_roster r LEFT JOIN asn_monthly_totals t ON t.month = $1 AND t.nip = r.nip GROUP BY r.opd`,
          [month, minimum],
        )
      ).rows.sort((a, b) => a.opd.localeCompare(b.opd, 'id'));
    const before = await opdCompliance(server.db, month, rupiah(100_000));
    expect(before).toEqual(await joined(100_000));
    expect(before.find((o) => o.opd === 'Dinas Kesehatan')).toMatchObject({ met: 1, below: 1, none: 1 });

    // Another till sells the "below" ASN Rp 50.000 more: met, counted in that till's rollup rows.
    const [tenun] = (
      await server.db.query<CatalogProduct>("SELECT id, name, price FROM products WHERE name = 'Tenun Sikka'")
    ).rows as [CatalogProduct];
    const till = await server.enrol('ende');
    const sale = saleEvent({
      terminal: { id: till.terminalId, outletId: 'ende' },
      seq: 1,
      products: [tenun],
      lineCount: 1,
      asnNip: ASN.below,
    });
    expect((await server.push(till.token, [sale])).status).toBe(200);
    const { rows: writers } = await server.db.query<{ writer: string }>(
      'SELECT DISTINCT writer FROM opd_month_compliance WHERE month = $1 AND writer <> $2',
      [month, ''],
    );
    expect(writers.map((w) => w.writer)).toContain(till.terminalId);
    const moved = await opdCompliance(server.db, month, rupiah(100_000));
    expect(moved.find((o) => o.opd === 'Dinas Kesehatan')).toMatchObject({ met: 2, below: 0, none: 1 });
    expect(moved).toEqual(await joined(100_000));

    await importAsnRoster(server.db, ['nip,nama,opd,jenis', '199101012020011001,Baru,Bappeda,PNS'].join('\n'));
    const added = await opdCompliance(server.db, month, rupiah(100_000));
    expect(added[0]).toEqual({ opd: 'Bappeda', asn: 1, met: 0, below: 0, none: 1 });
    expect(await opdCompliance(server.db, month, rupiah(110_000))).toEqual(await joined(110_000));
  });
});
