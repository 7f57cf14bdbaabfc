import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { withCheckDigit } from '#domain/catalog/barcode';
import { formatRupiah, rupiah } from '#domain/money';
import { buildRefund } from '#domain/test-documents';
import { refundTaxFigures, taxedSale } from '#domain/tax/sale-tax';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { backdateEnrolment, saleEvent, seedCatalog, syncEvent } from '#tests/support/sync-fixtures';
import { OUTLET_TAX_SETTING } from '../protocol/tax';
import { ingestEvents } from '../server/ingest/ingest';
import { loadProducts } from '../server/streams/products';
import { loadSettings } from '../server/streams/settings';
import { createEnrolmentCode, redeemEnrolmentCode } from '../server/terminals/enrolment';
import { runAdminCommand } from './commands';
import { importCatalog } from './import-catalog';
import { AdminError } from './output';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const rp = (n: number) => plain(formatRupiah(rupiah(n)));

describe.each(DATABASE_KINDS)('PPN admin on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test.close());

  it('sets an outlet PKP with its NPWP, refusing a malformed one, and delivers it in the settings stream', async () => {
    const admin = (...args: string[]) => runAdminCommand(test.db, ['outlet', 'tax', 'ngada', ...args]);
    await expect(admin('--pkp', '--npwp', '12.345', '--name', 'PT X', '--address', 'Bajawa')).rejects.toThrow(
      new AdminError('NPWP harus 15 atau 16 angka, bukan 5.'),
    );
    await expect(admin('--pkp', '--npwp', '0123456789012345', '--address', 'Bajawa')).rejects.toThrow(
      '--name (nama badan usaha di struk) wajib diisi untuk PKP.',
    );
    expect(await admin()).toBe('ngada: bukan PKP; struk tidak mencantumkan PPN.');
    const set = await admin('--pkp', '--npwp', '01.234.567.8-901.000', '--name', 'PT NTT Mart', '--address', 'Bajawa');
    expect(set).toContain('NPWP   012345678901000');
    expect(await loadSettings(test.db, 'ngada', [OUTLET_TAX_SETTING])).toEqual([
      {
        key: OUTLET_TAX_SETTING,
        value: { pkp: true, seller: { npwp: '012345678901000', name: 'PT NTT Mart', address: 'Bajawa' } },
      },
    ]);
  });

  it('marks a product bebas PPN, serves it in the products stream, and reports the month per outlet', async () => {
    const products = await seedCatalog(test.db, 4);
    const rice = products[1]!;
    await expect(runAdminCommand(test.db, ['product', 'tax', rice.id, 'bebas'])).rejects.toThrow(
      'Status PPN "bebas" tidak dikenal: pakai kena-ppn atau dibebaskan.',
    );
    expect(await runAdminCommand(test.db, ['product', 'tax', rice.id, 'dibebaskan'])).toBe(`${rice.name}: bebas PPN.`);
    const served = await loadProducts(test.db, 'ngada', [rice.id, products[0]!.id]);
    expect(served.map((p) => p.taxStatus)).toEqual(['dibebaskan', 'kena-ppn']);

    const code = await createEnrolmentCode(test.db, 'ngada');
    const enrolled = await redeemEnrolmentCode(test.db, code!.code, 'Kasir Bajawa');
    if (!enrolled.ok) throw new Error('enrolment failed');
    const terminal = { id: enrolled.value.terminalId, outletId: enrolled.value.outletId };
    await backdateEnrolment(test.db, terminal.id, '2026-03-01T00:00:00Z');
    const seller = { npwp: '012345678901000', name: 'PT NTT Mart', address: 'Bajawa' };
    const event = saleEvent({ terminal, seq: 1, products, firstProduct: 0, completedAt: '2026-04-01T01:00:00Z' });
    const sale = taxedSale(event.payload, (l) => (l.productId === rice.id ? 'dibebaskan' : 'kena-ppn'), seller);
    const refund = buildRefund(sale, [[1, 1]], [], { id: uuidv7(), refundedAt: '2026-04-02T01:00:00Z' });
    const untaxed = saleEvent({ terminal, seq: 3, products, completedAt: '2026-04-03T01:00:00Z' });
    const outcome = await ingestEvents(test.db, terminal, [
      { ...event, payload: sale },
      syncEvent('sale.refunded', 2, refund),
      untaxed,
    ]);
    expect(outcome.results.map((r) => [r.status, 'quarantined' in r && r.quarantined])).toEqual([
      ['stored', false],
      ['stored', false],
      ['stored', false],
    ]);

    const returned = refundTaxFigures(refund);
    expect(returned.ppn).toBeGreaterThan(0);
    const net = {
      taxable: sale.tax!.taxable - returned.taxable,
      exempt: sale.tax!.exempt - returned.exempt,
      dpp: sale.tax!.dpp - returned.dpp,
      ppn: sale.tax!.ppn - returned.ppn,
    };
    const result = await runAdminCommand(test.db, ['report', 'ppn', '2026-04', '--csv', '/dev/null']);
    const row = plain(result)
      .split('\n')
      .find((l) => l.startsWith('NTT Mart Ngada'))!
      .split(/\s{2,}/);
    expect(row).toEqual([
      'NTT Mart Ngada',
      '012345678901000',
      '2',
      rp(net.taxable),
      rp(net.exempt),
      rp(net.dpp),
      rp(net.ppn),
      '1',
      rp(returned.ppn),
    ]);
    await expect(runAdminCommand(test.db, ['report', 'ppn', '2026-4'])).rejects.toThrow(
      'Bulan "2026-4" harus berbentuk YYYY-MM, misalnya 2026-12.',
    );
  });

  it('takes the tax status from the catalog import, bebas PPN or kena PPN, and refuses an unreadable one', async () => {
    const csv = [
      'barcode,nama,harga,pemasok,kategori,satuan,ppn',
      `${withCheckDigit('899100000001')},Beras Merah Sumba 5 kg,75000,KWT Waingapu,Pangan,karung,dibebaskan`,
      `${withCheckDigit('899100000002')},Kopi Bajawa,85000,Koperasi Kopi Bajawa,Kopi,bungkus,`,
      `${withCheckDigit('899100000003')},Garam Kupang,8000,UD Garam,Pangan,bungkus,mungkin`,
    ].join('\n');
    const outcome = await importCatalog(test.db, csv);
    expect(outcome.problems).toMatchObject([
      { line: 4, reason: expect.stringContaining('PPN "mungkin" harus kena-ppn atau dibebaskan') },
    ]);
    const { rows } = await test.db.query<{ name: string; tax_status: string }>(
      "SELECT name, tax_status FROM products WHERE name IN ('Beras Merah Sumba 5 kg', 'Kopi Bajawa', 'Garam Kupang') ORDER BY name",
    );
    expect(rows).toEqual([
      { name: 'Beras Merah Sumba 5 kg', tax_status: 'dibebaskan' },
      { name: 'Kopi Bajawa', tax_status: 'kena-ppn' },
    ]);
  });
});
