/**
 * `npm run print-statement -- REKAP.json --printer tcp://127.0.0.1:9100 --width 32`: prints a
 * supplier's statement, as `npm run admin -- report supplier UMKM BULAN --json REKAP.json` wrote it,
 * on a receipt printer (hardware/receipt/supplier-statement-layout.ts) through the same path as the
 * app (./print-job.ts). The file is checked against the print request's schema first.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { printRequestSchema } from '#bridge/print-request';
import { PRINT_OPTIONS, printOnce } from './print-job';

const { values, positionals } = parseArgs({ options: PRINT_OPTIONS, allowPositionals: true });
const [file] = positionals;
if (file === undefined || positionals.length > 1) {
  console.error('Pemakaian: npm run print-statement -- REKAP.json [--printer tcp://HOST:9100] [--width 32|48]');
  process.exit(2);
}
let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`Berkas ${file} tidak bisa dibaca: ${(error as Error).message}`);
  process.exit(2);
}
const outlet = { name: 'NTT Mart', address: 'Pemerintah Provinsi Nusa Tenggara Timur', phone: null };
const request = printRequestSchema.safeParse({ kind: 'supplier-statement', statement: json, outlet });
if (!request.success) {
  const issue = request.error.issues[0];
  console.error(
    `${file} bukan rekap pemasok dari "report supplier --json": ${issue?.path.join('.')} ${issue?.message}`,
  );
  process.exit(2);
}
await printOnce(request.data, values, 'Rekap pemasok');
