import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { runAdminRequest } from './commands';
import { parseAdminCommand } from './command-line';
import { AdminError } from './output';

describe.each(DATABASE_KINDS)('the UMKM register on %s', (kind) => {
  let test: TestDatabase;
  const admin = async (argv: string[], fileText?: string) =>
    (await runAdminRequest(test.db, { command: parseAdminCommand(argv), ...(fileText ? { fileText } : {}) })).text;
  beforeAll(async () => {
    test = await openTestDatabase(kind);
  });
  afterAll(() => test.close());

  it('adds a supplier with its bank account and P-IRT, and refuses a duplicate NIB or name', async () => {
    const printed = await admin([
      'supplier',
      'add',
      'Madu Hutan Timor',
      '--nib',
      '9120309876543',
      '--kabupaten',
      'Timor Tengah Selatan',
      '--phone',
      '0812-3900-4455',
      '--bank',
      'Bank NTT',
      '--account',
      '001-02-0304',
      '--holder',
      'Yakobus Tse',
      '--pirt',
      '2065301010123-22',
      '--food',
    ]);
    // The P-IRT's last two digits say it ended in 2022, and no halal certificate is on file.
    expect(printed).toContain('UMKM Madu Hutan Timor terdaftar.');
    expect(printed).toMatch(/Perhatian: P-IRT 206530101012322 berakhir 2022-12-31; tanpa izin pangan/);
    const { rows } = await test.db.query(
      `SELECT s.nib, s.phone, s.bank_account, s.food, p.kind, p.number, p.valid_until::text AS until
       FROM suppliers s JOIN supplier_permits p ON p.supplier_id = s.id WHERE s.name = 'Madu Hutan Timor'`,
    );
    expect(rows).toEqual([
      {
        nib: '9120309876543',
        phone: '081239004455',
        bank_account: '001020304',
        food: true,
        kind: 'pirt',
        number: '206530101012322',
        until: '2022-12-31',
      },
    ]);
    await expect(admin(['supplier', 'add', 'Madu Hutan Timor'])).rejects.toThrow(/sudah terdaftar/);
    await expect(admin(['supplier', 'add', 'Madu Lain', '--nib', '9120309876543'])).rejects.toThrow(
      'NIB 9120309876543 sudah terdaftar untuk UMKM "Madu Hutan Timor".',
    );
    await expect(
      admin(['supplier', 'add', 'Rekening Huruf', '--bank', 'BRI', '--account', '12AB34', '--holder', 'X']),
    ).rejects.toThrow('Nomor rekening "12AB34" hanya boleh angka (6–20).');
    await expect(admin(['supplier', 'add', 'Komisi', '--halal', '123'])).rejects.toThrow(AdminError);
    const { rows: count } = await test.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM suppliers WHERE name IN ('Madu Lain', 'Rekening Huruf', 'Komisi')",
    );
    expect(count[0]!.n).toBe(0);
  });

  it('imports the register, counts what changed on a second import, and links catalog products by NIB', async () => {
    const sample = readFileSync('samples/umkm-contoh.csv', 'utf8');
    expect(await admin(['supplier', 'import', 'umkm.csv'], sample)).toBe(
      'UMKM: 3 baru, 0 diperbarui, 0 tidak berubah.',
    );
    expect(await admin(['supplier', 'import', 'umkm.csv'], sample)).toBe(
      'UMKM: 0 baru, 0 diperbarui, 3 tidak berubah.',
    );
    const renewed = sample.replace('206530101012328', '206530101012331');
    expect(await admin(['supplier', 'import', 'umkm.csv'], renewed)).toBe(
      'UMKM: 0 baru, 1 diperbarui, 2 tidak berubah.',
    );
    const clash = 'Nama UMKM,NIB\nKoperasi Kopi Ngada,9120301234999\n';
    expect(await admin(['supplier', 'import', 'umkm.csv'], clash)).toMatch(
      /baris 2: UMKM "Koperasi Kopi Ngada" sudah terdaftar dengan NIB lain \(9120301234567\)/,
    );
    const catalog = [
      'Kode Barcode;Nama Produk;Harga Jual;Pemasok;Kategori;Satuan',
      '8995120100025;Kopi Arabika Bajawa Bubuk 250 g;65000;9120301234567;Kopi;bungkus',
      '8995120100032;Kopi Robusta Manggarai 500 g;85000;9120301230000;Kopi;bungkus',
    ].join('\n');
    expect(await admin(['import-catalog', 'katalog.csv'], catalog)).toMatch(
      /1 baru[\s\S]*baris 3: Tidak ada UMKM dengan NIB 9120301230000/,
    );
    const { rows } = await test.db.query(
      "SELECT s.name FROM products p JOIN suppliers s ON s.id = p.supplier_id WHERE p.barcode = '8995120100025'",
    );
    expect(rows).toEqual([{ name: 'Koperasi Kopi Ngada' }]);
    const list = await admin(['supplier', 'list']);
    expect(list).toMatch(/Koperasi Kopi Ngada\s+Ngada\s+9120301234567\s+1\s+lengkap/);
    expect(list).toMatch(/Tenun Ikat Sumba Lambanapu .*lengkap/);
    const shown = await admin(['supplier', 'show', '9120301234567']);
    expect(shown).toContain('Rekening: BRI 012301004567501 a.n. Koperasi Kopi Ngada');
    expect(shown).toMatch(/P-IRT 206530101012331, sampai 2031-12-31 \(berlaku\)/);
    expect(shown).toMatch(/P-IRT 206530101012328, sampai 2028-12-31 \(berlaku\)/);
    await expect(admin(['supplier', 'show', 'tidak-ada'])).rejects.toThrow(/tidak dikenal/);
  });
});
