import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCheckDigit } from '#domain/catalog/barcode';
import { rupiah } from '#domain/money';
import { verifyPin } from '#domain/staff/pin-hash';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { backdateEnrolment, saleEvent, seedCatalog, writeTempFile } from '#tests/support/sync-fixtures';
import { answerPrompts } from '#tests/support/tty-prompt';
import { ingestEvents } from '../server/ingest/ingest';
import { redeemEnrolmentCode } from '../server/terminals/enrolment';
import { recordAppVersion } from '../server/terminals/terminals';
import { UsageError } from './command-line';
import { runAdminCommand } from './commands';
import { AdminError } from './output';

describe.each(DATABASE_KINDS)('admin commands on %s', (kind) => {
  let test: TestDatabase;
  const admin = (...argv: string[]) => runAdminCommand(test.db, argv);
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test.close());

  it('list the 22 outlets', async () => {
    const lines = (await admin('outlets')).split('\n');
    expect(lines).toHaveLength(23);
    expect(lines.find((l) => l.startsWith('manggarai-barat '))).toMatch(/NTT Mart Manggarai Barat\s+Labuan Bajo\s+0$/);
  });

  it('make enrolment codes, list terminals and revoke one', async () => {
    const printed = await admin('enroll-code', 'sumba-barat-daya', '--hours', '2');
    const code = /: ([A-Z0-9]{4}-[A-Z0-9]{4})\n/.exec(printed)![1]!;
    const enrolled = await redeemEnrolmentCode(test.db, code, 'Kasir Tambolaka');
    expect(enrolled.ok).toBe(true);
    expect(await admin('terminals')).toMatch(
      /sumba-barat-daya-t01\s+sumba-barat-daya\s+Kasir Tambolaka\s.*\s-\s+aktif$/m,
    );
    await recordAppVersion(test.db, 'sumba-barat-daya-t01', '0.3.1');
    expect(await admin('terminals')).toMatch(/sumba-barat-daya-t01 .*\s0\.3\.1\s+aktif$/m);
    expect(await admin('revoke', 'sumba-barat-daya-t01')).toContain('dicabut');
    expect(await admin('terminals')).toMatch(/sumba-barat-daya-t01 .*dicabut \d\d\/\d\d\/\d{4}/);
    await expect(admin('revoke', 'nowhere-t01')).rejects.toThrow(AdminError);
    await expect(admin('enroll-code', 'atlantis')).rejects.toThrow(/Outlet "atlantis" tidak dikenal/);
    await expect(admin('enroll-code', 'alor', '--hours', 'banyak')).rejects.toThrow(/--hours/);
  });

  it('add staff with a hashed PIN that the outlet’s terminals will pull', async () => {
    const withPin = (pin: string, ...argv: string[]) => runAdminCommand(test.db, argv, async () => pin);
    const printed = await withPin('482915', 'staff', 'add', 'ngada', 'Fransiska Wea', '--role', 'manager');
    expect(printed).not.toContain('482915');
    const { rows } = await test.db.query<{ id: string; pin_hash: string; role: string }>(
      "SELECT id, pin_hash, role FROM staff WHERE name = 'Fransiska Wea'",
    );
    expect(rows[0]!.role).toBe('manager');
    expect(await verifyPin('482915', rows[0]!.pin_hash)).toBe(true);
    const { rows: changes } = await test.db.query(
      "SELECT outlet_id FROM stream_changes WHERE stream = 'staff' AND item_key = $1",
      [rows[0]!.id],
    );
    expect(changes).toEqual([{ outlet_id: 'ngada' }]);
    await expect(withPin('1234', 'staff', 'add', 'ngada', 'X', '--role', 'boss')).rejects.toThrow(
      /--role harus kasir atau manager/,
    );
    await expect(withPin('12', 'staff', 'add', 'ngada', 'X', '--role', 'kasir')).rejects.toThrow(
      'PIN ditolak: PIN harus 4 sampai 6 angka.',
    );
    await expect(withPin('4821', 'staff', 'add', 'ngada', 'X', '--role', 'manager')).rejects.toThrow(
      'PIN ditolak: PIN manajer harus 6 angka.',
    );
    await expect(withPin('1234', 'staff', 'add', 'ngada', 'X')).rejects.toThrow(UsageError);
    // A PIN on the command line would stay in shell history: refused, with what to do instead.
    await expect(admin('staff', 'add', 'ngada', 'X', '--role', 'kasir', '--pin', '1234')).rejects.toThrow(
      /--pin tidak dipakai lagi/,
    );
  });

  it('import a catalog with Indonesian headers, report bad rows by line, and re-import as an upsert', async () => {
    const kopi = withCheckDigit('899555000001');
    const madu = withCheckDigit('899555000002');
    const csv = [
      'Kode Barcode;Nama Produk;Harga Jual;Pemasok;Kategori;Satuan;PLU',
      `${kopi};Kopi Arabika Bajawa 250 g;Rp 65.000;Koperasi Kopi Ngada;Kopi;bungkus;`,
      `${madu};Madu Hutan Sumba 500 ml;95000;Madu Sumba;Madu;botol;`,
      ";Se'i Sapi;250000;Se'i Baun;Olahan daging;kg;2001",
      ';Tenun Ikat Sikka;;Sanggar Tenun;Tenun;lembar;',
      ";Se'i Babi;240000;Se'i Baun;Olahan daging;kg;2001",
    ].join('\n');
    const first = await admin('import-catalog', writeTempFile('katalog.csv', csv));
    expect(first).toBe(
      [
        'Produk: 3 baru, 0 diperbarui, 0 tidak berubah.',
        '2 baris bermasalah (tidak diimpor):',
        '  baris 5: Harga kosong.',
        '  baris 6: Barcode/PLU sama dengan baris 4.',
      ].join('\n'),
    );
    const { rows } = await test.db.query<{ name: string; price: number; sold_by: string; supplier: string }>(
      'SELECT p.name, p.price, p.sold_by, s.name AS supplier FROM products p JOIN suppliers s ON s.id = p.supplier_id ORDER BY p.name',
    );
    expect(rows).toEqual([
      { name: 'Kopi Arabika Bajawa 250 g', price: 65_000, sold_by: 'unit', supplier: 'Koperasi Kopi Ngada' },
      { name: 'Madu Hutan Sumba 500 ml', price: 95_000, sold_by: 'unit', supplier: 'Madu Sumba' },
      { name: "Se'i Sapi", price: 250_000, sold_by: 'weight', supplier: "Se'i Baun" },
    ]);
    const again = await admin('import-catalog', writeTempFile('katalog.csv', csv.replace('95000', '99000')));
    expect(again.split('\n')[0]).toBe('Produk: 0 baru, 1 diperbarui, 2 tidak berubah.');
    const outlet = await admin(
      'import-catalog',
      writeTempFile(
        'harga.csv',
        `barcode,nama,harga\n${kopi},Kopi,60000\n${withCheckDigit('899555000009')},Baru,1000\n`,
      ),
      '--outlet',
      'ende',
    );
    expect(outlet).toBe(
      [
        'Harga outlet ende: 1 baru, 0 diperbarui, 0 tidak berubah.',
        '1 baris bermasalah (tidak diimpor):',
        '  baris 3: Produk belum ada di katalog provinsi; impor dulu tanpa --outlet.',
      ].join('\n'),
    );
    const clash = await admin(
      'import-catalog',
      writeTempFile('plu.csv', `barcode,nama,harga,plu\n${withCheckDigit('899555000003')},Garam Rote,8000,2001\n`),
    );
    expect(clash).toContain('baris 2: PLU 2001 sudah dipakai produk lain di katalog.');
    await expect(admin('import-catalog', '/no/such/file.csv')).rejects.toThrow(/tidak bisa dibaca/);
  });

  it('import the ASN roster, report bad rows, and update only what changed on re-import', async () => {
    const csv = [
      'nip,nama,unit_kerja,jenis',
      '198609262015051001,Maria Goreti Nona,Dinas Pendidikan,PNS',
      '199203152022212004,Yohanes Lewa,RSUD Komodo,PPPK',
      '1986,Terlalu Pendek,Dinkes,',
      '',
    ].join('\n');
    expect(await admin('import-asn', writeTempFile('asn.csv', csv))).toBe(
      [
        'ASN: 2 baru, 0 diperbarui, 0 tidak berubah.',
        '1 baris bermasalah (tidak diimpor):',
        '  baris 4: NIP harus 18 angka, yang dimasukkan 4 angka.',
      ].join('\n'),
    );
    const before = await test.db.query(
      "SELECT item_key, position FROM stream_changes WHERE stream = 'asn-roster' ORDER BY item_key",
    );
    expect(
      (await admin('import-asn', writeTempFile('asn.csv', csv.replace('RSUD Komodo', 'RSUD Labuan Bajo')))).split(
        '\n',
      )[0],
    ).toBe('ASN: 0 baru, 1 diperbarui, 1 tidak berubah.');
    const after = await test.db.query<{ item_key: string; position: number }>(
      "SELECT item_key, position FROM stream_changes WHERE stream = 'asn-roster' ORDER BY item_key",
    );
    expect(after.rows[0]).toEqual(before.rows[0]);
    expect(after.rows[1]!.position).toBeGreaterThan((before.rows[1] as { position: number }).position);
  });

  it('report a WITA month per outlet with payment methods, ASN and quarantine', async () => {
    const products = await seedCatalog(test.db, 4);
    const code = /: ([A-Z0-9]{4}-[A-Z0-9]{4})\n/.exec(await admin('enroll-code', 'lembata'))![1]!;
    const enrolled = await redeemEnrolmentCode(test.db, code, 'Kasir Lewoleba');
    if (!enrolled.ok) throw new Error('enrolment failed');
    const terminal = { id: enrolled.value.terminalId, outletId: enrolled.value.outletId };
    await backdateEnrolment(test.db, terminal.id, '2026-05-01T00:00:00Z');
    const sales = [
      saleEvent({
        terminal,
        seq: 1,
        products,
        completedAt: '2026-05-31T15:00:00Z',
        asnNip: '198609262015051001',
        lineCount: 1,
      }),
      saleEvent({
        terminal,
        seq: 2,
        products,
        completedAt: '2026-05-10T03:00:00Z',
        asnNip: '199203152022212004',
        lineCount: 3,
      }),
      saleEvent({ terminal, seq: 3, products, completedAt: '2026-05-31T16:30:00Z' }),
      saleEvent({ terminal, seq: 4, products, completedAt: '2026-05-12T03:00:00Z', training: true }),
    ];
    sales[1]!.payload.payments = [
      { method: 'qris', amount: sales[1]!.payload.total, tendered: sales[1]!.payload.total, reference: 'QR1' },
    ];
    sales[1]!.payload.change = rupiah(0);
    await ingestEvents(test.db, terminal, sales);
    const report = await admin('report', '2026-05');
    const [first, second] = [sales[0]!.payload, sales[1]!.payload];
    const rp = (n: number) =>
      new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(n);
    const lembata = report.split('\n').find((l) => l.startsWith('NTT Mart Lembata'))!;
    expect(lembata.split(/\s{2,}/)).toEqual([
      'NTT Mart Lembata',
      '2',
      rp(first.total + second.total),
      rp(first.total),
      rp(second.total),
      rp(0),
    ]);
    const reached = [first.total, second.total].filter((t) => t >= 100_000).length;
    expect(report).toContain(`ASN: 2 berbelanja, ${reached} mencapai ${rp(100_000)} (dari 2 ASN di daftar).`);
    expect(report).toContain('Karantina: 1 event bulan ini belum dihitung');
    await expect(admin('report', 'Mei')).rejects.toThrow(/YYYY-MM/);
  });

  it('refuse a wrong command line with usage errors', async () => {
    await expect(admin('frobnicate')).rejects.toThrow(UsageError);
    await expect(admin('outlets', 'extra')).rejects.toThrow(/butuh 0 argumen/);
    await expect(admin('outlets', '--colour')).rejects.toThrow(UsageError);
    await expect(admin()).rejects.toThrow(/belum diberikan/);
  });
});

describe('the admin command line', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await openTestDatabase('postgres');
  });
  afterAll(() => test.close());

  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'sync/admin/cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: test.url! },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('prints results with exit code 0, mistakes with 1 and usage with 2', async () => {
    const ok = await run('outlets');
    expect([ok.code, ok.stdout.split('\n').filter(Boolean).length]).toEqual([0, 23]);
    const mistake = await run('revoke', 'nowhere-t01');
    expect([mistake.code, mistake.stderr.trim()]).toEqual([
      1,
      'Terminal "nowhere-t01" tidak dikenal. Lihat daftarnya: npm run admin -- terminals',
    ]);
    const usage = await run('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Pemakaian: npm run admin -- PERINTAH');
  });

  it('asks a new staff member’s PIN twice on a terminal, without showing it', async () => {
    // `script` gives the CLI a real pseudo-terminal; each answer is typed once its question is shown.
    const typeAt = (name: string, answers: string[]) =>
      answerPrompts(
        `node --import tsx sync/admin/cli.ts staff add ngada '${name}' --role kasir`,
        { ...process.env, DATABASE_URL: test.url! },
        [/PIN staf baru/, /sekali lagi/],
        answers,
      );
    const added = await typeAt('Paulus Dhey', ['482916', '482916']);
    expect(added).toMatch(/Paulus Dhey \(kasir\) ditambahkan ke NTT Mart Ngada/);
    expect(added).not.toContain('482916');
    const { rows } = await test.db.query<{ pin_hash: string }>("SELECT pin_hash FROM staff WHERE name = 'Paulus Dhey'");
    expect(await verifyPin('482916', rows[0]!.pin_hash)).toBe(true);
    expect(await typeAt('Maria Bupu', ['1234', '4321'])).toContain('Kedua PIN tidak sama; staf tidak ditambahkan.');
    expect((await test.db.query("SELECT 1 FROM staff WHERE name = 'Maria Bupu'")).rows).toEqual([]);
  }, 120_000);
});
