import { inflateSync } from 'node:zlib';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRefund } from '#domain/test-documents';
import { toBusinessDate } from '#domain/wita';
import { DATABASE_KINDS } from '#tests/support/server-databases';
import { receivingEvent } from '#tests/support/stock-fixtures';
import { saleEvent, seedCatalog, syncEvent, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import { parseAdminCommand } from './command-line';
import { runAdminRequest } from './commands';
import { supplierStatementSchema } from '../protocol/supplier-statement';
import { createAdminToken } from '../server/admin-tokens/admin-tokens';
import { setTerms } from './supplier-money';

const SUPPLIER = 'Koperasi Kopi Ngada';

describe.each(DATABASE_KINDS)('supply terms, settlement and payouts on %s', (kind) => {
  let server: TestServer;
  let consigned: CatalogProduct;
  let outright: CatalogProduct;
  const run = async (argv: string[]) => runAdminRequest(server.db, { command: parseAdminCommand(argv) });
  const admin = async (argv: string[]) => (await run(argv)).text;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [consigned, outright] = (await seedCatalog(server.db, 6)).filter((_, i) => i % 6 === 0 || i % 6 === 1) as [
      CatalogProduct,
      CatalogProduct,
    ];
    // Product 1 is Madu Hutan Sumba's in the catalog; its terms make Koperasi Kopi Ngada its supplier.
    expect(
      await admin([
        'supplier',
        'terms',
        SUPPLIER,
        consigned.id,
        'konsinyasi',
        '--price',
        '4000',
        '--from',
        '2026-11-01',
      ]),
    ).toMatch(/konsinyasi Rp\s4\.000\/unit, berlaku mulai 01\/11\/2026/);
    await admin(['supplier', 'terms', SUPPLIER, outright.id, 'beli-putus', '3000', '--from', '2026-11-01']);
    // From 15 November the consigned product pays 80 % of its selling price (terms recorded that day).
    await setTerms(
      server.db,
      SUPPLIER,
      consigned.id,
      { kind: 'konsinyasi', commission: '20' },
      toBusinessDate('2026-11-15'),
    );

    const t = await server.enrol('ende', undefined, '2026-10-01T00:00:00Z');
    const terminal = { id: t.terminalId, outletId: t.outletId };
    const received = receivingEvent(
      terminal,
      1,
      [
        { productId: outright.id, quantity: 10, unitCost: 3_000 },
        { productId: consigned.id, quantity: 20, unitCost: 4_000 },
      ],
      '2026-11-02T01:00:00Z',
    );
    const sale = (seq: number, at: string) =>
      saleEvent({ terminal, seq, products: [consigned], lineCount: 1, completedAt: at });
    const early = sale(2, '2026-11-10T02:00:00Z'); // 3 units, price terms
    const late = sale(3, '2026-11-20T02:00:00Z'); // 1 unit, commission terms
    const december = sale(5, '2026-12-01T02:00:00Z'); // 3 units, commission terms
    // One unit of the early sale comes back after the terms changed: it is taken back at the terms it was sold on.
    const refund = {
      ...buildRefund(early.payload, [[1, 1]], [], { id: uuidv7(), refundedAt: '2026-11-21T02:00:00Z' }),
      shiftId: null,
    };
    const reply = await server.push(t.token, [
      received,
      early,
      late,
      syncEvent('sale.refunded', 4, refund, '2026-11-21T02:00:00Z'),
      december,
    ]);
    expect(reply.body.results.map((r) => r.status === 'stored' && r.quarantined)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([early, late, december].map((s) => s.payload.lines[0]!.quantity)).toEqual([3, 1, 3]);
    // Another outlet receives 2 of the outright product in December.
    const n = await server.enrol('ngada', undefined, '2026-10-01T00:00:00Z');
    const atNgada = receivingEvent(
      { id: n.terminalId, outletId: n.outletId },
      1,
      [{ productId: outright.id, quantity: 2, unitCost: 3_000 }],
      '2026-12-02T01:00:00Z',
    );
    expect((await server.push(n.token, [atNgada])).body.results[0]).toMatchObject({ quarantined: false });
  });
  afterAll(() => server.close());

  it('owes consigned goods sold net of refunds at the terms in force, and outright goods as received', async () => {
    const statement = await admin(['report', 'supplier', SUPPLIER, '2026-11']);
    // Price terms: 3 sold − 1 refunded = 2 × Rp 4.000; commission: Rp 5.000 less 20 %; outright: 10 × Rp 3.000.
    expect(statement).toMatch(/ende\s+Produk UMKM 1\s+konsinyasi Rp\s4\.000\/unit\s+2\s+Rp\s10\.000\s+Rp\s8\.000/);
    expect(statement).toMatch(/ende\s+Produk UMKM 1\s+konsinyasi komisi 20%\s+1\s+Rp\s5\.000\s+Rp\s4\.000/);
    expect(statement).toMatch(/ende\s+Produk UMKM 2\s+diterima, beli putus Rp\s3\.000\/unit\s+10\s+-\s+Rp\s30\.000/);
    expect(statement).toMatch(/Saldo awal: Rp\s0\n/);
    expect(statement).toMatch(/Terutang bulan ini: Rp\s42\.000/);
    expect(statement).toMatch(/Saldo akhir: Rp\s42\.000$/);
    // December's sale (3 × Rp 5.000 less 20 %) and Ngada's receiving open on November's balance.
    expect(await admin(['report', 'supplier', SUPPLIER, '2026-12'])).toMatch(
      /Saldo awal: Rp\s42\.000[\s\S]*Per outlet: ende Rp\s12\.000; ngada Rp\s6\.000\nTerutang bulan ini: Rp\s18\.000[\s\S]*Saldo akhir: Rp\s60\.000/,
    );
  });

  it('records payouts and corrections that lower the balance, refusing more than is owed without --confirm', async () => {
    expect(await admin(['supplier', 'payout', SUPPLIER, '30.000', '--ref', 'TRF-001', '--date', '2026-11-25'])).toMatch(
      /Pembayaran Rp\s30\.000 ke Koperasi Kopi Ngada tanggal 25\/11\/2026 \(ref TRF-001\) dicatat\.\nSaldo terutang sekarang: Rp\s30\.000\.\nPerhatian: rekening UMKM ini belum tercatat/,
    );
    await expect(admin(['supplier', 'payout', SUPPLIER, '100000', '--ref', 'TRF-002'])).rejects.toThrow(
      /Pembayaran Rp\s100\.000 melebihi saldo terutang Rp\s30\.000\. .*--confirm/,
    );
    await expect(admin(['supplier', 'payout', SUPPLIER, '5000'])).rejects.toThrow(/Referensi transfer wajib/);
    await expect(admin(['supplier', 'payout', SUPPLIER, '5.000,50', '--ref', 'X'])).rejects.toThrow(/Rupiah bulat/);
    expect(
      await admin([
        'supplier',
        'payout',
        SUPPLIER,
        '5000',
        '--correction',
        '--ref',
        'TRF-001 koreksi',
        '--date',
        '2026-11-26',
      ]),
    ).toMatch(/Koreksi -Rp\s5\.000 .*\nSaldo terutang sekarang: Rp\s35\.000\./);
    const { rows } = await server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM supplier_payouts');
    expect(rows[0]!.n).toBe(2);
    // A payout is never changed: corrections are new rows.
    await expect(server.db.query('UPDATE supplier_payouts SET amount = 1')).rejects.toThrow(/never changed/);

    const november = await run(['report', 'supplier', SUPPLIER, '2026-11', '--csv', 'rekap.csv', '--pdf', 'rekap.pdf']);
    expect(november.text).toMatch(
      /25\/11\/2026\s+Rp\s30\.000\s+ref TRF-001\n\s+26\/11\/2026\s+-Rp\s5\.000\s+ref TRF-001 koreksi/,
    );
    expect(november.text).toMatch(
      /Dibayar bulan ini: Rp\s25\.000\nSaldo akhir: Rp\s17\.000\nDitulis ke rekap\.csv\.\nDitulis ke rekap\.pdf\./,
    );
    const [csv, pdf] = november.files!;
    expect(csv!.text.split('\r\n')).toEqual([
      'baris,tanggal,outlet,produk_id,produk,syarat,jumlah,penjualan,terutang,dibayar,referensi',
      'saldo-awal,2026-11-01,,,,,,,0,,',
      expect.stringMatching(/^terjual-konsinyasi,,ende,.*,Produk UMKM 1,konsinyasi Rp\s4\.000\/unit,2,10000,8000,,$/),
      expect.stringMatching(/^terjual-konsinyasi,,ende,.*,Produk UMKM 1,konsinyasi komisi 20%,1,5000,4000,,$/),
      expect.stringMatching(/^diterima-beli-putus,,ende,.*,Produk UMKM 2,beli putus Rp\s3\.000\/unit,10,,30000,,$/),
      'pembayaran,2026-11-25,,,,,,,,30000,TRF-001',
      'koreksi,2026-11-26,,,,,,,,-5000,TRF-001 koreksi',
      'saldo-akhir,2026-11-30,,,,,,,17000,,',
    ]);
    expect(pdf!.base64).toBe(true);
    const pdfBytes = Buffer.from(pdf!.text, 'base64');
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Its text, from the compressed page streams (pdf-lib writes each string as WinAnsi hex).
    const pages = [...pdfBytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)]
      .map((m) => inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1'))
      .join('');
    const shown = (text: string) => `<${Buffer.from(text, 'latin1').toString('hex').toUpperCase()}>`;
    for (const text of ['Koperasi Kopi Ngada (ID', 'Produk UMKM 1', 'TRF-001 koreksi', 'Saldo akhir', 'Rp\u00a017.000'])
      expect(pages).toContain(shown(text).slice(0, -1));
    // --json is what `npm run print-statement` prints on the receipt printer.
    const forPrinter = await run(['report', 'supplier', SUPPLIER, '2026-11', '--json', 'rekap.json']);
    expect(supplierStatementSchema.parse(JSON.parse(forPrinter.files![0]!.text))).toMatchObject({
      opening: 0,
      owed: 42_000,
      closing: 17_000,
      lines: [
        { quantity: 2, owed: 8_000 },
        { quantity: 1, owed: 4_000 },
        { quantity: 10, owed: 30_000 },
      ],
    });

    expect(await admin(['report', 'payables', '2026-11'])).toMatch(
      /1 UMKM, Rp\s17\.000\n\nUMKM\s+SEJAK\s+SALDO\s+RINCIAN PER BULAN\nKoperasi Kopi Ngada\s+November 2026\s+Rp\s17\.000\s+2026-11: Rp\s17\.000/,
    );
    expect(await admin(['supplier', 'payout', SUPPLIER, '100000', '--ref', 'UANG-MUKA', '--confirm'])).toMatch(
      /Saldo terutang sekarang: -Rp\s65\.000/,
    );
  });

  it('serves the statement and the payables to an admin token over HTTP', async () => {
    const token = await createAdminToken(server.db, 'rekap');
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const json = await server.request(
      'GET',
      `/v1/admin/reports/supplier/${encodeURIComponent(SUPPLIER)}/2026-11`,
      auth,
    );
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ month: '2026-11', opening: 0, owed: 42_000, paid: 25_000, closing: 17_000 });
    const csv = await server.request(
      'GET',
      `/v1/admin/reports/supplier/${encodeURIComponent(SUPPLIER)}/2026-11.csv`,
      auth,
    );
    expect(String(csv.body)).toContain('saldo-akhir,2026-11-30,,,,,,,17000,,');
    expect((await server.request('GET', '/v1/admin/reports/supplier/999/2026-11', auth)).status).toBe(404);
    expect((await server.request('GET', '/v1/admin/reports/payables/2026-1', auth)).status).toBe(400);
    expect((await server.request('GET', '/v1/admin/reports/payables/2026-11')).status).toBe(401);
    // The payout with --confirm above left a credit: nothing is owed.
    expect((await server.request('GET', '/v1/admin/reports/payables/2026-12', auth)).body).toEqual({ payables: [] });
  });

  it('shows gross margins from the terms in force, and refuses bad terms in Bahasa Indonesia', async () => {
    expect(await admin(['supplier', 'show', SUPPLIER])).toMatch(
      /Syarat pasok:\n {2}Produk UMKM 1: konsinyasi komisi 20% sejak 15\/11\/2026\n {2}Produk UMKM 2: beli putus Rp\s3\.000\/unit sejak 01\/11\/2026$/,
    );
    expect(await admin(['report', 'margins', '2026-11'])).toMatch(
      /ende\s+Koperasi Kopi Ngada\s+Produk UMKM 1\s+3\s+Rp\s15\.000\s+Rp\s12\.000\s+Rp\s3\.000\s+20,0%/,
    );
    await expect(
      admin(['supplier', 'terms', SUPPLIER, consigned.id, 'konsinyasi', '--commission', '120']),
    ).rejects.toThrow('Komisi "120" harus persen antara 0 dan 100, misalnya 20 atau 12,5.');
    await expect(
      admin(['supplier', 'terms', SUPPLIER, consigned.id, 'konsinyasi', '--price', '1', '--from', '2026-11-20']),
    ).rejects.toThrow(/tidak boleh berlaku mundur/);
    await expect(admin(['supplier', 'terms', SUPPLIER, 'tidak-ada', 'beli-putus', '1'])).rejects.toThrow(
      'Produk "tidak-ada" tidak dikenal (ID, barcode atau PLU).',
    );
    await expect(admin(['supplier', 'terms', 'UMKM Lain', consigned.id, 'beli-putus', '1'])).rejects.toThrow(
      /UMKM "UMKM Lain" tidak dikenal/,
    );
    await expect(admin(['report', 'supplier', SUPPLIER, '2026-13'])).rejects.toThrow(/harus berbentuk YYYY-MM/);
  });
});
