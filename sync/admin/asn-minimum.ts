/** `asn-minimum [RUPIAH]`: shows or sets the Rupiah every ASN must spend each month. */
import { formatRupiah, parseRupiah } from '#domain/money';
import type { Database } from '../server/db/database';
import { readAsnMinimum, setAsnMinimum } from '../server/reports/asn-minimum';
import { AdminError } from './output';

export async function asnMinimum(db: Database, amount: string | undefined): Promise<string> {
  if (amount === undefined) return `Minimal belanja ASN per bulan: ${formatRupiah(await readAsnMinimum(db))}.`;
  const parsed = parseRupiah(amount);
  if (parsed === null) throw new AdminError(`"${amount}" bukan jumlah Rupiah, misalnya 100000 atau 100.000.`);
  await setAsnMinimum(db, parsed);
  return `Minimal belanja ASN per bulan kini ${formatRupiah(parsed)}; terminal menerimanya pada sinkronisasi berikutnya.`;
}
