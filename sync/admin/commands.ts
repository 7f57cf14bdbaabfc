/** Parses an admin command line and runs it against the database; returns what to print. */
import { parseArgs } from 'node:util';
import type { Database } from '../server/db/database';
import { adminToken } from './admin-tokens';
import { asnMinimum } from './asn-minimum';
import { asnReport } from './asn-report';
import { listDeadLetters, skipDeadLetter } from './dead-letters';
import { importAsnRoster } from './import-asn';
import { importCatalog } from './import-catalog';
import { importEvents } from './import-events';
import { formatImport } from './import-outcome';
import { listOutlets } from './outlets';
import { AdminError } from './output';
import { salesReport } from './report';
import { shiftsReport } from './shifts-report';
import { addStaff } from './staff';
import { enrollCode, listTerminals, revoke } from './terminals';

export const USAGE = `Pemakaian: npm run admin -- PERINTAH
  outlets                                          daftar 22 outlet NTT Mart
  enroll-code OUTLET [--hours 24]                  kode sekali pakai untuk mendaftarkan terminal
  terminals                                        daftar terminal
  revoke TERMINAL                                  cabut token terminal
  staff add OUTLET NAMA --role kasir|manager --pin PIN
  import-catalog BERKAS.csv [--outlet OUTLET]      katalog provinsi (dengan --outlet: harga outlet itu)
  import-asn BERKAS.csv                            daftar ASN (nip, nama, opd/instansi, jenis)
  import-events BERKAS.json                        event dari ekspor "data belum terkirim" sebuah terminal
  report BULAN                                     laporan bulan WITA, misalnya 2026-12
  report shifts OUTLET TANGGAL                     shift satu hari WITA: angka dan selisih kas tiap shift
  report asn BULAN [--csv BERKAS.csv]              belanja ASN per OPD (mencapai/kurang/tidak belanja); --csv: per ASN
  asn-minimum [RUPIAH]                             lihat atau ubah minimal belanja ASN per bulan (bawaan 100000)
  admin-token create|revoke NAMA, admin-token list token admin untuk laporan lewat HTTP
  dead-letter list [TERMINAL]                      seq yang ditunggu terminal (event ditolak) dan alasannya
  dead-letter skip TERMINAL SEQ --reason ALASAN    lewati seq itu (dicatat) agar terminal tidak menunggunya lagi
Basis data: PostgreSQL bila DATABASE_URL diisi, selain itu PGlite di DATA_DIR (bawaan ./data/server).`;

/** A wrong command line: printed with the usage, exit code 2. */
export class UsageError extends AdminError {}

export async function runAdminCommand(db: Database, argv: readonly string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { role: { type: 'string' }, pin: { type: 'string' }, outlet: { type: 'string' }, hours: { type: 'string' }, csv: { type: 'string' }, reason: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals: [command, ...args], values } = parsed;
  const expect = (count: number) => {
    if (args.length !== count) throw new UsageError(`${command} butuh ${count} argumen, bukan ${args.length}.`);
    return args as string[];
  };
  switch (command) {
    case 'outlets':
      expect(0);
      return listOutlets(db);
    case 'enroll-code': {
      const [outlet] = expect(1);
      return enrollCode(db, outlet!, values.hours === undefined ? undefined : Number(values.hours));
    }
    case 'terminals':
      expect(0);
      return listTerminals(db);
    case 'revoke':
      return revoke(db, expect(1)[0]!);
    case 'staff': {
      if (args[0] !== 'add') throw new UsageError('Perintah staf: staff add OUTLET NAMA --role kasir|manager --pin PIN');
      const [, outlet, name] = expect(3);
      if (values.role === undefined || values.pin === undefined) throw new UsageError('staff add butuh --role dan --pin.');
      return addStaff(db, outlet!, name!, values.role, values.pin);
    }
    case 'import-catalog': {
      const [file] = expect(1);
      return formatImport(values.outlet ? `Harga outlet ${values.outlet}` : 'Produk', await importCatalog(db, file!, values.outlet));
    }
    case 'import-asn':
      return formatImport('ASN', await importAsnRoster(db, expect(1)[0]!));
    case 'import-events':
      return importEvents(db, expect(1)[0]!);
    case 'report': {
      if (args[0] === 'asn') return asnReport(db, expect(2)[1]!, values.csv);
      if (args[0] !== 'shifts') return salesReport(db, expect(1)[0]!);
      const [, outlet, date] = expect(3);
      return shiftsReport(db, outlet!, date!);
    }
    case 'asn-minimum':
      if (args.length > 1) throw new UsageError('asn-minimum butuh paling banyak 1 argumen.');
      return asnMinimum(db, args[0]);
    case 'admin-token':
      if (args.length < 1 || args.length > 2) throw new UsageError('admin-token create NAMA | admin-token revoke NAMA | admin-token list');
      return adminToken(db, args[0]!, args[1]);
    case 'dead-letter':
      if (args[0] === 'list' && args.length <= 2) return listDeadLetters(db, args[1]);
      if (args[0] === 'skip') {
        const [, terminal, seq] = expect(3);
        return skipDeadLetter(db, terminal!, seq!, values.reason);
      }
      throw new UsageError('dead-letter list [TERMINAL] | dead-letter skip TERMINAL SEQ --reason ALASAN');
    default:
      throw new UsageError(command === undefined ? 'Perintah belum diberikan.' : `Perintah "${command}" tidak dikenal.`);
  }
}
