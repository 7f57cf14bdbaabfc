/**
 * Turns an ASN roster spreadsheet (from BKD, the regional civil service agency) into roster
 * entries: NIP, nama, OPD (organisasi perangkat daerah, the agency the ASN works for) and
 * optionally jenis (PNS, a permanent civil servant, or PPPK, a contract civil servant; read from
 * the NIP's layout when the column is missing). Each row becomes a whole entry or a problem with
 * its spreadsheet line number.
 */
import { parseNip, type Nip } from './nip';
import { cellText, joinReasons, mapSheetColumns, type ColumnMap, type RowProblem } from '../sheet-columns';

export type AsnKind = 'PNS' | 'PPPK';
export const ASN_KINDS: readonly AsnKind[] = ['PNS', 'PPPK'];

export interface AsnRosterRow {
  line: number;
  nip: Nip;
  name: string;
  opd: string;
  kind: AsnKind;
}

type Field = 'nip' | 'name' | 'opd' | 'kind';

const ALIASES: Record<Field, readonly string[]> = {
  nip: ['nip', 'nip baru', 'ni pppk', 'nomor induk pegawai'],
  name: ['nama', 'name', 'nama lengkap', 'nama pegawai', 'nama asn'],
  opd: ['opd', 'instansi', 'unit kerja', 'satuan kerja', 'perangkat daerah'],
  kind: ['jenis', 'jenis asn', 'jenis pegawai', 'status kepegawaian'],
};
const REQUIRED: readonly Field[] = ['nip', 'name', 'opd'];

/** `now` decides which birth and appointment dates are in the future. */
export function readAsnRosterRows(
  sheet: readonly (readonly unknown[])[],
  now: Date,
): { rows: AsnRosterRow[]; problems: RowProblem[] } {
  const [headers, ...data] = sheet;
  if (!headers) return { rows: [], problems: [{ line: 1, reason: 'Berkas kosong: baris judul kolom tidak ada.' }] };
  const mapped = mapSheetColumns(headers.map(cellText), ALIASES, REQUIRED);
  if (!mapped.ok) return { rows: [], problems: [{ line: 1, reason: mapped.error.message }] };
  const rows: AsnRosterRow[] = [];
  const problems: RowProblem[] = [];
  const lineOfNip = new Map<string, number>();
  for (let index = 0; index < data.length; index++) {
    const line = index + 2;
    const result = readAsnRow(data[index] ?? [], mapped.value, line, now);
    if (result === null) continue;
    if ('reason' in result) {
      problems.push(result);
      continue;
    }
    const earlier = lineOfNip.get(result.nip);
    if (earlier !== undefined) {
      problems.push({ line, reason: `NIP sama dengan baris ${earlier}.` });
      continue;
    }
    lineOfNip.set(result.nip, line);
    rows.push(result);
  }
  return { rows, problems };
}

/**
 * Every check of one roster row (null for a blank row). Reasons never repeat the whole NIP
 * (domain/asn/nip.ts names only the wrong part): import reports get passed around, full NIPs must not.
 */
export function readAsnRow(
  cells: readonly unknown[],
  columns: ColumnMap<Field>,
  line: number,
  now: Date,
): AsnRosterRow | RowProblem | null {
  const get = (field: Field) => (columns[field] === undefined ? '' : cellText(cells[columns[field]]));
  if (cells.every((c) => cellText(c) === '')) return null;
  const reasons: string[] = [];
  const nipText = get('nip');
  // An 18-digit NIP stored as a spreadsheet number has lost its last digits (a double holds 15–16).
  const asNumber = columns.nip !== undefined && typeof cells[columns.nip] === 'number';
  const parsed = nipText === '' || asNumber ? null : parseNip(nipText, now);
  if (asNumber)
    reasons.push('NIP tersimpan sebagai angka sehingga digit akhirnya hilang: format kolom NIP sebagai teks');
  else if (parsed === null) reasons.push('NIP kosong');
  else if (!parsed.ok) reasons.push(parsed.error.message.replace(/\.$/, ''));
  const name = get('name');
  if (name === '') reasons.push('nama kosong');
  else if (name.length > 200) reasons.push('nama lebih dari 200 huruf');
  const opd = get('opd');
  if (opd === '') reasons.push('OPD/instansi kosong');
  else if (opd.length > 200) reasons.push('OPD/instansi lebih dari 200 huruf');
  const kindText = get('kind').toUpperCase();
  const layout: AsnKind | null = parsed?.ok ? (parsed.value.kind === 'pns' ? 'PNS' : 'PPPK') : null;
  if (kindText !== '' && !ASN_KINDS.some((k) => k === kindText))
    reasons.push(`jenis "${get('kind')}" harus PNS atau PPPK`);
  else if (kindText !== '' && layout !== null && kindText !== layout)
    reasons.push(`jenis ${kindText} tidak cocok dengan NIP, yang berpola ${layout}`);
  if (reasons.length > 0 || !parsed?.ok || layout === null) return { line, reason: joinReasons(reasons) };
  return { line, nip: parsed.value.nip, name, opd, kind: layout };
}
