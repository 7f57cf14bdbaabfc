import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { buildRefund } from '#domain/test-documents';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { saleEvent, syncEvent, writeTempFile, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { importAsnRoster } from '#sync/admin/import-asn';
import { importCatalog } from '#sync/admin/import-catalog';
import { runAdminCommand } from '#sync/admin/commands';
import type { AsnComplianceReport } from './asn-report';
import { toNip } from '#domain/asn/nip';

const MONTH = '2026-05';
const ASN = {
  sehat1: '198609262015051001',
  sehat2: '197912312005012003',
  sehat3: '199005172019031002',
  rsud1: '198203142009042001',
  rsud2: '199312282025212001',
};
const UNLISTED = '198807152023211004';
const rp = (n: number) => formatRupiah(rupiah(n));
/** A day in May 2027 (WITA), at 10:00. */
const may = (day: number) => `2026-05-${String(day).padStart(2, '0')}T02:00:00.000Z`;

describe.each(DATABASE_KINDS)('the ASN compliance report on %s', (kind) => {
  let server: TestServer;
  let adminToken: string;
  const admin = (...argv: string[]) => runAdminCommand(server.db, argv);

  beforeAll(async () => {
    server = await startTestServer(kind);
    // One product at Rp 40.000: a one-line sale with seq N is 1 + N % 3 of it (tests/support saleEvent).
    await importCatalog(server.db, 'barcode,nama,harga\n8991000100017,Kain Tenun Ikat Sikka,40000\n');
    const products = (await server.db.query<CatalogProduct>('SELECT id, name, price FROM products')).rows;
    await importAsnRoster(
      server.db,
      [
        'nip,nama,opd,jenis',
        `${ASN.sehat1},Maria Goreti Nona,Dinas Kesehatan,PNS`,
        `${ASN.sehat2},Yohanes Seran,Dinas Kesehatan,PNS`,
        `${ASN.sehat3},=Theresia Ndudung,Dinas Kesehatan,PNS`,
        `${ASN.rsud1},Kornelius Jemadu,RSUD Komodo,PNS`,
        `${ASN.rsud2},Agustina Mbura,RSUD Komodo,PPPK`,
      ].join('\n'),
    );
    const kupang = await server.enrol('kota-kupang', undefined, '2026-04-01T00:00:00Z');
    const alor = await server.enrol('alor', undefined, '2026-04-01T00:00:00Z');
    const k = { id: kupang.terminalId, outletId: kupang.outletId };
    const a = { id: alor.terminalId, outletId: alor.outletId };
    const sale = (terminal: typeof k, seq: number, nip: string, completedAt: string, training = false) =>
      saleEvent({ terminal, seq, products, lineCount: 1, asnNip: nip, completedAt, training });
    const rsudSale = sale(k, 5, ASN.rsud1, may(3));
    const refund = {
      ...buildRefund(rsudSale.payload, [[1, 1]], [], { id: uuidv7() }),
      shiftId: null,
      refundedAt: may(20),
    };
    const kupangEvents = [
      sale(k, 1, ASN.sehat3, '2026-04-30T02:00:00.000Z'), // April: not May's
      sale(k, 2, ASN.sehat1, may(2)), // 120.000: met
      sale(k, 3, ASN.sehat2, may(2)), // 40.000: less
      sale(k, 4, ASN.rsud2, may(2)), // 80.000 …
      rsudSale, // 120.000, then 40.000 refunded: less
      sale(k, 6, ASN.sehat3, may(9), true), // practice: quarantined, never counted
      sale(k, 7, ASN.rsud2, may(30)), // … + 80.000: met
      syncEvent('sale.refunded', 8, refund, refund.refundedAt),
    ];
    expect(
      (await server.push(kupang.token, kupangEvents)).body.results.filter((r) => 'quarantined' in r && r.quarantined),
    ).toHaveLength(1);
    // A NIP not (yet) on the roster, accepted at Alor as "belum terverifikasi": 40.000.
    const unlisted = sale(a, 6, UNLISTED, may(15));
    unlisted.payload.asn = { nip: toNip(UNLISTED), name: null, verified: false };
    await server.push(alor.token, [unlisted]);
    adminToken = /^(nttadm_\S+)$/m.exec(await admin('admin-token', 'create', 'bkd-kupang'))![1]!;
  });
  afterAll(() => server.close());

  it('counts per OPD who met the minimum, bought less or nothing, and lists NIPs not on the roster apart, masked', async () => {
    const text = await admin('report', 'asn', MONTH);
    const row = (first: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith(first))
        ?.split(/\s{2,}/);
    expect(text).toContain(`Belanja ASN di NTT Mart ${MONTH} (bulan WITA), minimal ${rp(100_000)} per ASN`);
    expect(text).toContain('5 ASN di daftar: 2 mencapai, 2 kurang, 1 tidak belanja.');
    expect(row('Dinas Kesehatan')).toEqual(['Dinas Kesehatan', '3', '1', '1', '1', rp(160_000)]);
    expect(row('RSUD Komodo')).toEqual(['RSUD Komodo', '2', '1', '1', '0', rp(240_000)]);
    expect(row('JUMLAH')).toEqual(['JUMLAH', '5', '2', '2', '1', rp(400_000)]);
    expect(text).toContain('NIP belum terverifikasi (tidak ada di daftar ASN, dipakai bulan ini): 1');
    expect(row('1988***********004')).toEqual(['1988***********004', rp(40_000), '1', 'NTT Mart Alor']);
    expect(text).not.toMatch(/\d{18}/);
    await expect(admin('report', 'asn', 'Mei-2027')).rejects.toThrow(/YYYY-MM/);
  });

  it('writes every ASN’s month to CSV, NIPs whole and as text', async () => {
    const path = writeTempFile('laporan.csv', '');
    expect(await admin('report', 'asn', MONTH, '--csv', path)).toContain(
      `Rincian per ASN ditulis ke ${path} (6 baris).`,
    );
    const csv = readFileSync(path, 'utf8');
    expect(csv.split('\r\n')[2]).toBe(`"${ASN.sehat1}",Maria Goreti Nona,Dinas Kesehatan,PNS,120000,1,mencapai`);
    const { data } = Papa.parse<string[]>(csv.trim());
    expect(data).toEqual([
      ['nip', 'nama', 'opd', 'jenis', 'belanja', 'transaksi', 'status'],
      // A formula-like name cannot run in a spreadsheet.
      [ASN.sehat3, "'=Theresia Ndudung", 'Dinas Kesehatan', 'PNS', '0', '0', 'tidak belanja'],
      [ASN.sehat1, 'Maria Goreti Nona', 'Dinas Kesehatan', 'PNS', '120000', '1', 'mencapai'],
      [ASN.sehat2, 'Yohanes Seran', 'Dinas Kesehatan', 'PNS', '40000', '1', 'kurang'],
      [ASN.rsud2, 'Agustina Mbura', 'RSUD Komodo', 'PPPK', '160000', '2', 'mencapai'],
      [ASN.rsud1, 'Kornelius Jemadu', 'RSUD Komodo', 'PNS', '80000', '1', 'kurang'],
      [UNLISTED, '', '', '', '40000', '1', 'belum terverifikasi'],
    ]);
  });

  it('serves the report over HTTP to an admin token only, as JSON and as CSV, logging neither token nor NIP', async () => {
    const report = await server.request<AsnComplianceReport>('GET', `/v1/admin/reports/asn/${MONTH}`, {
      token: adminToken,
    });
    expect(report.status).toBe(200);
    expect(report.body).toEqual({
      month: MONTH,
      threshold: 100_000,
      total: { asn: 5, met: 2, below: 2, none: 1, total: 400_000 },
      opds: [
        { opd: 'Dinas Kesehatan', asn: 3, met: 1, below: 1, none: 1, total: 160_000 },
        { opd: 'RSUD Komodo', asn: 2, met: 1, below: 1, none: 0, total: 240_000 },
      ],
      unverified: [{ nip: UNLISTED, total: 40_000, saleCount: 1, outlets: ['NTT Mart Alor'] }],
    });
    const csv = await server.request<string>('GET', `/v1/admin/reports/asn/${MONTH}.csv`, { token: adminToken });
    expect([csv.status, csv.headers.get('content-type'), csv.body.split('\r\n').length]).toEqual([
      200,
      'text/csv; charset=utf-8',
      7,
    ]);

    const terminal = await server.enrol('ende');
    for (const token of [undefined, terminal.token, `${adminToken}x`]) {
      const refused = await server.request('GET', `/v1/admin/reports/asn/${MONTH}`, { token });
      expect([refused.status, refused.body.error.code]).toEqual([401, 'unauthorized']);
    }
    expect((await server.request('GET', '/v1/admin/reports/asn/2026-13', { token: adminToken })).status).toBe(400);
    expect(await admin('admin-token', 'list')).toMatch(/^bkd-kupang\s+\d\d\/\d\d\/\d{4} \d\d:\d\d\s+aktif$/m);
    await admin('admin-token', 'revoke', 'bkd-kupang');
    expect((await server.request('GET', `/v1/admin/reports/asn/${MONTH}`, { token: adminToken })).status).toBe(401);
    // A client may put a NIP in a path: the log masks it.
    await server.request('GET', `/v1/admin/reports/asn/${ASN.sehat1}`, { token: adminToken });
    const logs = server.logs.join('');
    expect(logs).toContain('"admin":"bkd-kupang"');
    expect(logs).not.toContain(adminToken.slice(7));
    expect(logs).not.toMatch(/\d{18}/);
  });

  it('takes the minimum from the province’s setting, which terminals pull', async () => {
    const terminal = await server.enrol('sikka');
    const { cursor } = await server.pullAll(terminal.token, 'settings');
    expect(await admin('asn-minimum')).toBe(`Minimal belanja ASN per bulan: ${rp(100_000)}.`);
    await expect(admin('asn-minimum', 'seratus')).rejects.toThrow(/bukan jumlah Rupiah/);
    await admin('asn-minimum', '150.000');
    expect((await server.pullAll(terminal.token, 'settings', 100, cursor)).items).toEqual([
      { key: 'asn.monthlyMinimum', value: 150_000 },
    ]);
    const text = await admin('report', 'asn', MONTH);
    expect(text).toContain(`minimal ${rp(150_000)} per ASN`);
    expect(
      text
        .split('\n')
        .find((l) => l.startsWith('Dinas Kesehatan'))
        ?.split(/\s{2,}/),
    ).toEqual(['Dinas Kesehatan', '3', '0', '2', '1', rp(160_000)]);
    await admin('asn-minimum', '100000');
  });
});
