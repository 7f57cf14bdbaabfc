/** `npm run admin -- …` arguments → an AdminCommand, or a UsageError in Bahasa Indonesia. */
import { parseArgs } from 'node:util';
import type { AdminCommand } from './admin-request';
import { SUPPLIER_FIELDS } from '#domain/supplier/supplier-rows';
import { AdminError } from './output';

export const USAGE = `Pemakaian: npm run admin -- PERINTAH
  outlets                                          daftar 22 outlet NTT Mart
  enroll-code OUTLET [--hours 24] [--replace TERMINAL]
                                                   kode sekali pakai untuk mendaftarkan terminal
                                                   (--replace: PC pengganti untuk terminal itu)
  terminals                                        daftar terminal
  revoke TERMINAL                                  cabut token terminal
  staff add OUTLET NAMA --role kasir|manager       PIN ditanyakan dua kali tanpa tampil (atau baris pertama stdin)
  import-catalog BERKAS.csv [--outlet OUTLET]      katalog provinsi (dengan --outlet: harga outlet itu); contoh: samples/katalog-contoh.csv
  import-asn BERKAS.csv                            daftar ASN (nip, nama, opd/instansi, jenis)
  import-events BERKAS.json                        event dari ekspor "data belum terkirim" sebuah terminal
  report BULAN                                     laporan bulan WITA, misalnya 2026-12
  report shifts OUTLET TANGGAL                     shift satu hari WITA: angka dan selisih kas tiap shift
  report asn BULAN [--csv BERKAS.csv]              belanja ASN per OPD (mencapai/kurang/tidak belanja); --csv: per ASN
  report stock OUTLET [--low] [--csv BERKAS.csv]   stok per produk: minimum, hari cukup, saran pesan, batch kedaluwarsa; --low: habis dan menipis
  report stock-outs BULAN                          per outlet: berapa produk aktif pernah habis, dan berapa hari
  stock minimum OUTLET PRODUK JUMLAH|default       minimum stok produk di satu outlet (gram untuk barang timbangan); default: kembali ke minimum provinsi
  report ppn BULAN [--csv BERKAS.csv]              PPN per outlet: penjualan kena/bebas PPN, DPP, PPN, refund
  outlet tax OUTLET [--pkp --npwp NPWP --name NAMA --address ALAMAT | --not-pkp]
                                                   lihat atau ubah status PKP outlet dan identitas pajak di struk
  product tax PRODUK kena-ppn|dibebaskan           status PPN produk (id, barcode atau PLU)
  asn-minimum [RUPIAH]                             lihat atau ubah minimal belanja ASN per bulan (bawaan 100000)
  setting [KUNCI [NILAI]] [--outlet OUTLET]        lihat atau ubah pengaturan yang ditarik terminal (batas selisih kas, batas kas keluar, QRIS statis outlet)
  admin-token create|revoke NAMA, admin-token list token admin untuk laporan lewat HTTP
  dead-letter list [TERMINAL]                      seq yang ditunggu terminal (event ditolak) dan alasannya
  dead-letter skip TERMINAL SEQ --reason ALASAN    lewati seq itu (dicatat) agar terminal tidak menunggunya lagi
  user add NAMA --role provinsi|bkd|outlet [--outlet OUTLET]
                                                   pengguna kantor (web di /kantor/); kata sandi ditanyakan dua kali tanpa tampil
  user list | user disable NAMA | user reset NAMA  daftar, nonaktifkan (keluar dari semua sesi), kata sandi baru
  supplier add NAMA [--nib 13ANGKA] [--owner …] [--kabupaten …] [--phone …] [--bank BRI --account NOREK --holder …]
          [--food] [--pirt NO] [--bpom MD… --bpom-until TGL] [--halal ID… --halal-until TGL]
                                                   daftarkan UMKM dengan rekening dan izin pangan
  supplier list | supplier show ID|NIB|NAMA        daftar UMKM (izin yang berakhir ditandai), rincian satu UMKM
  supplier import BERKAS.csv                       daftar UMKM (nama, pemilik, kabupaten, telepon, nib, bank, rekening,
                                                   atas nama, pangan, p-irt, bpom, halal…); contoh: samples/umkm-contoh.csv
  supplier terms UMKM PRODUK beli-putus HARGA_BELI | konsinyasi --price HARGA_PEMASOK | konsinyasi --commission PERSEN
          [--from TANGGAL]                         syarat pasok produk (PRODUK: ID, barcode atau PLU), berlaku mulai hari ini atau TANGGAL
  supplier payout UMKM JUMLAH --ref REFERENSI [--date TANGGAL] [--confirm] [--correction]
                                                   catat transfer ke UMKM; --correction: koreksi (dicatat negatif);
                                                   --confirm: bila melebihi saldo terutang
  report supplier UMKM BULAN [--csv BERKAS.csv] [--pdf BERKAS.pdf] [--json BERKAS.json]
                                                   rekap pemasok sebulan: terjual konsinyasi, beli putus diterima, dibayar, saldo;
                                                   --json untuk printer struk: npm run print-statement -- BERKAS.json
  report payables BULAN                            utang ke semua UMKM per akhir bulan, terlama dulu
  report margins BULAN                             margin kotor per produk, pemasok dan outlet
  po budget OUTLET BULAN [RUPIAH]                  lihat atau tetapkan anggaran pembelian (beli putus) outlet sebulan
  po raise OUTLET UMKM [--line PRODUK=JUMLAH]… [--by NAMA]
                                                   pesanan ke UMKM: tanpa --line diisi dari saran pesan (minimum stok,
                                                   penjualan 28 hari, waktu tunggu); ditolak bila melebihi sisa anggaran
  po list [--outlet OUTLET] | po show NOMOR        daftar pesanan; rincian dipesan/diterima per baris dan teks WhatsApp
Basis data: PostgreSQL bila DATABASE_URL diisi, selain itu PGlite di DATA_DIR (bawaan ./data/server);
selama server berjalan di PGlite, perintah dikirim ke server itu.`;

/** A wrong command line: printed with the usage, exit code 2. */
export class UsageError extends AdminError {}

const OPTIONS = {
  role: { type: 'string' },
  pin: { type: 'string' },
  outlet: { type: 'string' },
  hours: { type: 'string' },
  replace: { type: 'string' },
  csv: { type: 'string' },
  reason: { type: 'string' },
  low: { type: 'boolean' },
  owner: { type: 'string' },
  kabupaten: { type: 'string' },
  phone: { type: 'string' },
  nib: { type: 'string' },
  bank: { type: 'string' },
  account: { type: 'string' },
  holder: { type: 'string' },
  food: { type: 'boolean' },
  pirt: { type: 'string' },
  bpom: { type: 'string' },
  'bpom-until': { type: 'string' },
  halal: { type: 'string' },
  'halal-until': { type: 'string' },
  pkp: { type: 'boolean' },
  'not-pkp': { type: 'boolean' },
  npwp: { type: 'string' },
  name: { type: 'string' },
  address: { type: 'string' },
  price: { type: 'string' },
  commission: { type: 'string' },
  from: { type: 'string' },
  ref: { type: 'string' },
  date: { type: 'string' },
  confirm: { type: 'boolean' },
  correction: { type: 'boolean' },
  pdf: { type: 'string' },
  json: { type: 'string' },
  line: { type: 'string', multiple: true },
  by: { type: 'string' },
} as const;

export function parseAdminCommand(argv: readonly string[]): AdminCommand {
  const {
    positionals: [command, ...args],
    values,
  } = parseOptions(argv);
  const expect = (count: number) => {
    if (args.length !== count) throw new UsageError(`${command} butuh ${count} argumen, bukan ${args.length}.`);
    return args as string[];
  };
  switch (command) {
    case 'outlets':
    case 'terminals':
      expect(0);
      return { name: command };
    case 'enroll-code': {
      const [outlet] = expect(1);
      const hours = values.hours === undefined ? undefined : Number(values.hours);
      if (hours !== undefined && !Number.isFinite(hours)) throw new AdminError('--hours harus antara 1 dan 168.');
      return {
        name: 'enroll-code',
        outlet: outlet!,
        ...(hours === undefined ? {} : { hours }),
        ...(values.replace === undefined ? {} : { replace: values.replace }),
      };
    }
    case 'revoke':
      return { name: 'revoke', terminal: expect(1)[0]! };
    case 'staff': {
      if (args[0] !== 'add') throw new UsageError('Perintah staf: staff add OUTLET NAMA --role kasir|manager');
      if (values.pin !== undefined) {
        throw new UsageError(
          '--pin tidak dipakai lagi: PIN di baris perintah tersimpan di riwayat shell. Jalankan tanpa --pin; PIN ditanyakan sesudahnya.',
        );
      }
      const [, outlet, staffName] = expect(3);
      if (values.role === undefined) throw new UsageError('staff add butuh --role kasir atau --role manager.');
      return { name: 'staff-add', outlet: outlet!, staffName: staffName!, role: values.role };
    }
    case 'import-catalog':
      return { name: 'import-catalog', file: expect(1)[0]!, ...(values.outlet ? { outlet: values.outlet } : {}) };
    case 'import-asn':
    case 'import-events':
      return { name: command, file: expect(1)[0]! };
    case 'report': {
      if (args[0] === 'asn')
        return { name: 'report-asn', month: expect(2)[1]!, ...(values.csv === undefined ? {} : { csv: values.csv }) };
      if (args[0] === 'ppn')
        return { name: 'report-ppn', month: expect(2)[1]!, ...(values.csv === undefined ? {} : { csv: values.csv }) };
      if (args[0] === 'stock-outs') return { name: 'report-stock-outs', month: expect(2)[1]! };
      if (args[0] === 'payables' || args[0] === 'margins') return { name: `report-${args[0]}`, month: expect(2)[1]! };
      if (args[0] === 'supplier') {
        const [, supplier, month] = expect(3);
        return {
          name: 'report-supplier',
          supplier: supplier!,
          month: month!,
          ...defined(values, ['csv', 'pdf', 'json']),
        };
      }
      if (args[0] === 'stock')
        return {
          name: 'report-stock',
          outlet: expect(2)[1]!,
          ...(values.low ? { low: true } : {}),
          ...(values.csv === undefined ? {} : { csv: values.csv }),
        };
      if (args[0] !== 'shifts') return { name: 'report', month: expect(1)[0]! };
      const [, outlet, date] = expect(3);
      return { name: 'report-shifts', outlet: outlet!, date: date! };
    }
    case 'stock': {
      if (args[0] !== 'minimum') throw new UsageError('Perintah stok: stock minimum OUTLET PRODUK JUMLAH|default');
      const [, outlet, product, amount] = expect(4);
      return { name: 'stock-minimum', outlet: outlet!, product: product!, amount: amount! };
    }
    case 'asn-minimum':
      if (args.length > 1) throw new UsageError('asn-minimum butuh paling banyak 1 argumen.');
      return { name: 'asn-minimum', ...(args[0] === undefined ? {} : { amount: args[0] }) };
    case 'setting': {
      if (args.length > 2) throw new UsageError('setting butuh paling banyak 2 argumen: KUNCI dan NILAI.');
      const [key, value] = args;
      return {
        name: 'setting',
        ...(key === undefined ? {} : { key }),
        ...(value === undefined ? {} : { value }),
        ...(values.outlet ? { outlet: values.outlet } : {}),
      };
    }
    case 'admin-token':
      if (args.length < 1 || args.length > 2)
        throw new UsageError('admin-token create NAMA | admin-token revoke NAMA | admin-token list');
      return { name: 'admin-token', action: args[0]!, ...(args[1] === undefined ? {} : { tokenName: args[1] }) };
    case 'dead-letter':
      if (args[0] === 'list' && args.length <= 2)
        return { name: 'dead-letter-list', ...(args[1] === undefined ? {} : { terminal: args[1] }) };
      if (args[0] === 'skip') {
        const [, terminal, seq] = expect(3);
        return {
          name: 'dead-letter-skip',
          terminal: terminal!,
          seq: seq!,
          ...(values.reason === undefined ? {} : { reason: values.reason }),
        };
      }
      throw new UsageError('dead-letter list [TERMINAL] | dead-letter skip TERMINAL SEQ --reason ALASAN');
    case 'outlet': {
      if (args[0] !== 'tax')
        throw new UsageError('outlet tax OUTLET [--pkp --npwp … --name … --address … | --not-pkp]');
      if (values.pkp && values['not-pkp']) throw new UsageError('Pilih salah satu: --pkp atau --not-pkp.');
      const pkp = values.pkp ? true : values['not-pkp'] ? false : undefined;
      return {
        name: 'outlet-tax',
        outlet: expect(2)[1]!,
        ...(pkp === undefined ? {} : { pkp }),
        ...(values.npwp === undefined ? {} : { npwp: values.npwp }),
        ...(values.name === undefined ? {} : { legalName: values.name }),
        ...(values.address === undefined ? {} : { address: values.address }),
      };
    }
    case 'product': {
      if (args[0] !== 'tax') throw new UsageError('product tax PRODUK kena-ppn|dibebaskan');
      const [, product, status] = expect(3);
      return { name: 'product-tax', product: product!, status: status! };
    }
    case 'user':
      return userCommand(args, values);
    case 'supplier':
      return supplierCommand(args, values);
    case 'po':
      return purchaseOrderCommand(args, values);
    default:
      throw new UsageError(
        command === undefined ? 'Perintah belum diberikan.' : `Perintah "${command}" tidak dikenal.`,
      );
  }
}

function userCommand(args: string[], values: { role?: string | undefined; outlet?: string | undefined }): AdminCommand {
  const [action, userName, ...rest] = args;
  if (rest.length > 0) throw new UsageError('Terlalu banyak argumen untuk user.');
  if (action === 'list' && userName === undefined) return { name: 'user-list' };
  if (userName === undefined) throw new UsageError('user add|disable|reset butuh NAMA.');
  if (action === 'disable' || action === 'reset') return { name: `user-${action}`, userName };
  if (action !== 'add')
    throw new UsageError('user add NAMA --role … | user list | user disable NAMA | user reset NAMA');
  if (values.role === undefined) throw new UsageError('user add butuh --role provinsi, bkd atau outlet.');
  return { name: 'user-add', userName, role: values.role, ...(values.outlet ? { outlet: values.outlet } : {}) };
}

function supplierCommand(args: string[], values: ReturnType<typeof parseOptions>['values']): AdminCommand {
  const [action, argument, ...rest] = args;
  if (action === 'terms') {
    const [product, kind, cost, ...more] = rest;
    if (argument === undefined || product === undefined || kind === undefined || more.length > 0)
      throw new UsageError(
        'supplier terms UMKM PRODUK beli-putus HARGA_BELI | konsinyasi --price HARGA | konsinyasi --commission PERSEN [--from TANGGAL]',
      );
    return {
      name: 'supplier-terms',
      supplier: argument,
      product,
      kind,
      ...(cost === undefined ? {} : { cost }),
      ...defined(values, ['price', 'commission', 'from']),
    };
  }
  if (action === 'payout') {
    const [amount, ...more] = rest;
    if (argument === undefined || amount === undefined || more.length > 0)
      throw new UsageError('supplier payout UMKM JUMLAH --ref REFERENSI [--date TANGGAL] [--confirm] [--correction]');
    return {
      name: 'supplier-payout',
      supplier: argument,
      amount,
      ...defined(values, ['ref', 'date', 'confirm', 'correction']),
    };
  }
  if (rest.length > 0)
    throw new UsageError('Terlalu banyak argumen untuk supplier (nama berspasi ditulis dalam tanda kutip).');
  if (action === 'list' && argument === undefined) return { name: 'supplier-list' };
  if (action === 'show' && argument !== undefined) return { name: 'supplier-show', supplier: argument };
  if (action === 'import' && argument !== undefined) return { name: 'supplier-import', file: argument };
  if (action !== 'add' || argument === undefined)
    throw new UsageError(
      'supplier add NAMA [--nib …] | supplier list | supplier show ID|NIB|NAMA | supplier import BERKAS.csv',
    );
  const { food, ...options } = values;
  const fields: Record<string, string> = food ? { food: 'ya' } : {};
  for (const field of SUPPLIER_FIELDS) {
    const option = field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as keyof typeof options;
    const value = options[option];
    if (typeof value === 'string') fields[field] = value;
  }
  return { name: 'supplier-add', supplierName: argument, fields };
}

function purchaseOrderCommand(args: string[], values: ReturnType<typeof parseOptions>['values']): AdminCommand {
  const [action, ...rest] = args;
  if (action === 'budget' && (rest.length === 2 || rest.length === 3)) {
    const [outlet, month, amount] = rest;
    return { name: 'po-budget', outlet: outlet!, month: month!, ...(amount === undefined ? {} : { amount }) };
  }
  if (action === 'raise' && rest.length === 2)
    return { name: 'po-raise', outlet: rest[0]!, supplier: rest[1]!, ...defined(values, ['line', 'by']) };
  if (action === 'list' && rest.length === 0) return { name: 'po-list', ...defined(values, ['outlet']) };
  if (action === 'show' && rest.length === 1) return { name: 'po-show', order: rest[0]! };
  throw new UsageError(
    'po budget OUTLET BULAN [RUPIAH] | po raise OUTLET UMKM [--line PRODUK=JUMLAH]… | po list [--outlet OUTLET] | po show NOMOR',
  );
}

/** The options given, without the ones left out (the command's optional fields). */
function defined<K extends keyof ReturnType<typeof parseOptions>['values']>(
  values: ReturnType<typeof parseOptions>['values'],
  keys: readonly K[],
): { [P in K]?: NonNullable<ReturnType<typeof parseOptions>['values'][P]> } {
  return Object.fromEntries(keys.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])) as {
    [P in K]?: NonNullable<ReturnType<typeof parseOptions>['values'][P]>;
  };
}

/** node:util's parseArgs, with its English complaints said in Bahasa Indonesia. */
function parseOptions(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
    // "-2" reads as an option: the person meant a number below zero.
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /^-\d/.test(option))
      throw new UsageError(`Jumlah ${option} tidak valid: jumlah tidak boleh negatif.`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`Pilihan "${option}" tidak dikenal.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`Pilihan "${option}" butuh nilai, misalnya ${option} NILAI.`);
    throw new UsageError(`Baris perintah tidak bisa dibaca: ${message}`);
  }
}
