/**
 * The governor's monthly report over HTTP on PostgreSQL: the figures of sales pushed by a real
 * terminal, compliance per OPD, stock-outs and UMKM sales, as JSON and as a PDF, and the month's PPN
 * per outlet (Laporan PPN); in each role's scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatRupiah, rupiah } from '#domain/money';
import { businessMonth } from '#domain/wita';
import { runAdminCommand } from '#sync/admin/commands';
import { importAsnRoster } from '#sync/admin/import-asn';
import { sessionSchema } from '#sync/protocol/backoffice';
import { governorReportSchema, ppnReportSchema } from '#sync/protocol/backoffice-report';
import { pdfText } from '#tests/support/pdf-text';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { saleEvent, seedCatalog } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';

const PASSWORD = 'Sasando-Rote-2026';
const NIP = '198609262015051001';

describe("the governor's monthly report on PostgreSQL", () => {
  let server: TestServer;
  const cookies = new Map<string, string>();
  const month = businessMonth(Date.now());
  let saleTotal = 0;
  const get = async (user: string, path: string) => {
    const response = await fetch(server.baseUrl + path, { headers: { cookie: cookies.get(user)! } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: new Uint8Array(await response.arrayBuffer()),
    };
  };
  const json = async (user: string, path: string) =>
    governorReportSchema.parse(JSON.parse(Buffer.from((await get(user, path)).bytes).toString()));

  beforeAll(async () => {
    server = await startTestServer('postgres');
    for (const [name, ...options] of [
      ['prov.kupang', '--role', 'provinsi'],
      ['mgr.ende', '--role', 'outlet', '--outlet', 'ende'],
      ['bkd.ntt', '--role', 'bkd'],
    ]) {
      await runAdminCommand(server.db, ['user', 'add', name!, ...options], async () => PASSWORD);
      const reply = await server.request('POST', '/v1/backoffice/login', { body: { name, password: PASSWORD } });
      sessionSchema.parse(reply.body);
      cookies.set(name!, reply.headers.get('set-cookie')!.split(';')[0]!);
    }
    const products = await seedCatalog(server.db, 2);
    await importAsnRoster(server.db, ['nip,nama,opd,jenis', `${NIP},Maria Goreti Nona,Dinas Kesehatan,PNS`].join('\n'));
    const ende = await server.enrol('ende');
    const terminal = { id: ende.terminalId, outletId: 'ende' };
    // Ende receives 1 of the first product and sells it: out of stock afterwards.
    const receiving = receivingEvent(
      terminal,
      1,
      [{ productId: products[0]!.id, quantity: 1 }],
      new Date().toISOString(),
    );
    const sale = saleEvent({ terminal, seq: 2, products: [products[0]!], lineCount: 1, asnNip: NIP });
    saleTotal = sale.payload.total;
    expect((await server.push(ende.token, [receiving, sale])).status).toBe(200);
  });
  afterAll(() => server.close());

  it('gives the province sales against target per outlet, compliance per OPD, stock-outs and UMKM sales', async () => {
    const report = await json('prov.kupang', `/v1/backoffice/reports/governor/${month}`);
    expect(report.scope).toBe('Provinsi Nusa Tenggara Timur');
    expect(report.sales.total).toBe(saleTotal);
    const ende = report.sales.outlets.find((o) => o.id === 'ende')!;
    expect(ende).toMatchObject({ sales: saleTotal, transactions: 1 });
    expect(ende.target).toBe(Math.round(report.sales.target / report.sales.outlets.length));
    expect(report.compliance).toEqual([{ opd: 'Dinas Kesehatan', asn: 1, met: 0, below: 1, none: 0 }]);
    expect(report.stockOuts.find((o) => o.outletId === 'ende')).toMatchObject({ products: 1, outProducts: 1 });
    expect(report.umkm).toHaveLength(1);
    expect(report.umkm[0]!.sales).toBe(saleTotal);
  });

  it('renders the same report as a PDF naming each outlet and its sales', async () => {
    const pdf = await get('prov.kupang', `/v1/backoffice/reports/governor/${month}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(Buffer.from(pdf.bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(pdf.bytes);
    expect(text).toContain('Laporan Bulanan untuk Gubernur');
    expect(text).toContain('NTT Mart Ende');
    expect(text).toContain('NTT Mart Alor');
    expect(text).toContain('Dinas Kesehatan');
    expect(text).toContain(formatRupiah(rupiah(saleTotal)).replace(/\u00a0/g, ' '));
  });

  it("gives an outlet user its own outlet's report only, and refuses bkd and bad months", async () => {
    const own = await json('mgr.ende', `/v1/backoffice/reports/governor/${month}`);
    expect(own.scope).toBe('NTT Mart Ende');
    expect(own.sales.outlets.map((o) => o.id)).toEqual(['ende']);
    expect(own.compliance).toBeNull();
    expect(own.stockOuts.map((o) => o.outletId)).toEqual(['ende']);
    const ownPdf = pdfText((await get('mgr.ende', `/v1/backoffice/reports/governor/${month}.pdf`)).bytes);
    expect(ownPdf).toContain('NTT Mart Ende');
    expect(ownPdf).not.toContain('NTT Mart Alor');
    expect((await get('mgr.ende', `/v1/backoffice/reports/governor/${month}.pdf?outlet=alor`)).status).toBe(403);
    expect((await get('bkd.ntt', `/v1/backoffice/reports/governor/${month}.pdf`)).status).toBe(403);
    expect((await get('prov.kupang', '/v1/backoffice/reports/governor/2026-13')).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/v1/backoffice/reports/governor/${month}.pdf`)).status).toBe(401);
  });

  it("gives the month's PPN per outlet to the province, an outlet user its own alone, and refuses bkd", async () => {
    const read = async (user: string, path: string) => {
      const reply = await get(user, path);
      return { status: reply.status, text: Buffer.from(reply.bytes).toString() };
    };
    const province = ppnReportSchema.parse(
      JSON.parse((await read('prov.kupang', `/v1/backoffice/reports/ppn/${month}`)).text),
    );
    expect(province.outlets).toHaveLength(22);
    expect(province.outlets.find((o) => o.id === 'ende')).toMatchObject({ sales: 1, refunds: 0, npwp: null });
    expect(province.total.sales).toBe(1);
    const own = ppnReportSchema.parse(JSON.parse((await read('mgr.ende', `/v1/backoffice/reports/ppn/${month}`)).text));
    expect(own.outlets.map((o) => o.id)).toEqual(['ende']);
    expect(own.total.sales).toBe(1);
    const csv = await read('mgr.ende', `/v1/backoffice/reports/ppn/${month}.csv`);
    expect(csv.text.split('\n')[1]).toMatch(/^ende,NTT Mart Ende,"",1,/);
    expect((await read('bkd.ntt', `/v1/backoffice/reports/ppn/${month}`)).status).toBe(403);
    expect((await read('prov.kupang', '/v1/backoffice/reports/ppn/2026-13')).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/v1/backoffice/reports/ppn/${month}`)).status).toBe(401);
  });
});
