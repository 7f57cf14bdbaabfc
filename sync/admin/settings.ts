/**
 * `setting [KEY [VALUE]] [--outlet OUTLET]`: the settings terminals pull (settings stream), shown
 * and set by name: province-wide, or for one outlet with --outlet (an outlet's value wins).
 */
import { DEFAULT_ASN_MONTHLY_THRESHOLD } from '#domain/asn/asn-standing';
import { toDynamicQris } from '#domain/checkout/qris';
import { formatRupiah, parseRupiah, rupiah } from '#domain/money';
import { DEFAULT_PAY_OUT_APPROVAL_THRESHOLD } from '#domain/shift/cash-movement';
import { DEFAULT_VARIANCE_THRESHOLD } from '#domain/shift/shift';
import {
  ASN_MINIMUM_SETTING,
  PAY_OUT_APPROVAL_SETTING,
  QRIS_STATIC_SETTING,
  VARIANCE_THRESHOLD_SETTING,
} from '../protocol/streams';
import type { Database } from '../server/db/database';
import { writeSetting } from '../server/streams/settings';
import type { AdminCommand } from './admin-request';
import { AdminError, requireOutlet, table } from './output';

interface KnownSetting {
  meaning: string;
  /** What applies where nothing is set. */
  fallback: string;
  outletOnly: boolean;
  /** The value to store, or an AdminError. */
  parse(text: string): unknown;
  show(value: unknown): string;
}

const rupiahSetting = (meaning: string, fallback: number): KnownSetting => ({
  meaning,
  fallback: formatRupiah(rupiah(fallback)),
  outletOnly: false,
  parse(text) {
    const amount = parseRupiah(text);
    if (amount === null) throw new AdminError(`"${text}" bukan jumlah Rupiah, misalnya 100000 atau 100.000.`);
    return amount;
  },
  show: (value) => (typeof value === 'number' ? formatRupiah(rupiah(value)) : String(value)),
});

const KNOWN: Record<string, KnownSetting> = {
  [ASN_MINIMUM_SETTING]: rupiahSetting('minimal belanja ASN per bulan', DEFAULT_ASN_MONTHLY_THRESHOLD),
  [VARIANCE_THRESHOLD_SETTING]: rupiahSetting(
    'selisih kas tutup shift tanpa persetujuan manajer',
    DEFAULT_VARIANCE_THRESHOLD,
  ),
  [PAY_OUT_APPROVAL_SETTING]: rupiahSetting(
    'kas keluar di atas jumlah ini perlu persetujuan manajer',
    DEFAULT_PAY_OUT_APPROVAL_THRESHOLD,
  ),
  [QRIS_STATIC_SETTING]: {
    meaning: 'QRIS statis outlet (isi kode QR dari bank), hanya dengan --outlet',
    fallback: 'belum diisi',
    outletOnly: true,
    parse(text) {
      const checked = toDynamicQris(text, rupiah(1));
      if (!checked.ok) throw new AdminError(checked.error.message);
      return text.trim();
    },
    show: (value) => String(value),
  },
};

export async function setting(db: Database, command: Extract<AdminCommand, { name: 'setting' }>): Promise<string> {
  const { key, value, outlet } = command;
  if (outlet !== undefined) await requireOutlet(db, outlet);
  if (key === undefined) return listSettings(db, Object.keys(KNOWN), outlet);
  const known = KNOWN[key];
  if (!known) throw new AdminError(`Pengaturan "${key}" tidak dikenal. Yang ada: ${Object.keys(KNOWN).join(', ')}.`);
  if (value === undefined) return listSettings(db, [key], outlet);
  if (known.outletOnly && outlet === undefined)
    throw new AdminError(`${key} berlaku per outlet: tambahkan --outlet OUTLET.`);
  const stored = known.parse(value);
  await writeSetting(db, outlet ?? '', key, stored);
  const where = outlet === undefined ? 'semua outlet' : `outlet ${outlet}`;
  return `${key} (${known.meaning}) untuk ${where} kini ${known.show(stored)}; terminal menerimanya pada sinkronisasi berikutnya.`;
}

async function listSettings(db: Database, keys: readonly string[], outlet: string | undefined): Promise<string> {
  const { rows } = await db.query<{ outlet_id: string; key: string; value: unknown }>(
    `SELECT outlet_id, key, value FROM settings WHERE key = ANY($1::text[]) ${outlet === undefined ? '' : "AND outlet_id IN ('', $2)"} ORDER BY key, outlet_id`,
    outlet === undefined ? [keys] : [keys, outlet],
  );
  const lines = keys.flatMap((key) => {
    const known = KNOWN[key]!;
    const set = rows.filter((r) => r.key === key);
    const province = set.find((r) => r.outlet_id === '');
    return [
      [key, known.meaning, 'provinsi', province ? known.show(province.value) : `${known.fallback} (bawaan)`],
      ...set.filter((r) => r.outlet_id !== '').map((r) => [key, known.meaning, r.outlet_id, known.show(r.value)]),
    ];
  });
  return table(['KUNCI', 'ARTI', 'BERLAKU UNTUK', 'NILAI'], lines);
}
