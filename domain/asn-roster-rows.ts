/**
 * Turns an ASN roster spreadsheet (from BKD, the regional civil service agency) into roster
 * entries: NIP, nama, OPD (organisasi perangkat daerah, the agency the ASN works for) and
 * optionally jenis (PNS, a permanent civil servant, or PPPK, a contract civil servant). Each row
 * becomes a whole entry or a problem with its spreadsheet line number.
 */
import { cellText, joinReasons, mapSheetColumns, type ColumnMap, type RowProblem } from './sheet-columns';

export type AsnKind = 'PNS' | 'PPPK';
export const ASN_KINDS: readonly AsnKind[] = ['PNS', 'PPPK'];

export interface AsnRosterRow {
  line: number;
  nip: string;
  name: string;
  opd: string;
  kind: AsnKind | null;
}

type Field = 'nip' | 'name' | 'opd' | 'kind';

const ALIASES: Record<Field, readonly string[]> = {
  nip: ['nip', 'nip baru', 'ni pppk', 'nomor induk pegawai'],
  name: ['nama', 'name', 'nama lengkap', 'nama pegawai', 'nama asn'],
  opd: ['opd', 'instansi', 'unit kerja', 'satuan kerja', 'perangkat daerah'],
  kind: ['jenis', 'jenis asn', 'jenis pegawai', 'status kepegawaian'],
};
const REQUIRED: readonly Field[] = ['nip', 'name', 'opd'];

export function readAsnRosterRows(sheet: readonly (readonly unknown[])[]): { rows: AsnRosterRow[]; problems: RowProblem[] } {
  const [headers, ...data] = sheet;
  if (!headers) return { rows: [], problems: [{ line: 1, reason: 'Berkas kosong: baris judul kolom tidak ada.' }] };
  const mapped = mapSheetColumns(headers.map(cellText), ALIASES, REQUIRED);
  if (!mapped.ok) return { rows: [], problems: [{ line: 1, reason: mapped.reason }] };
  const rows: AsnRosterRow[] = [];
  const problems: RowProblem[] = [];
  const lineOfNip = new Map<string, number>();
  for (let index = 0; index < data.length; index++) {
    const line = index + 2;
    const result = readAsnRow(data[index] ?? [], mapped.columns, line);
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
 * Every check of one roster row lives here (null for a blank row). The NIP is only checked for
 * its 18 digits until the full PNS/PPPK validator (domain/nip.ts) lands. Reasons never repeat the
 * NIP itself: import reports get passed around, full NIPs must not be.
 */
export function readAsnRow(cells: readonly unknown[], columns: ColumnMap<Field>, line: number): AsnRosterRow | RowProblem | null {
  const get = (field: Field) => (columns[field] === undefined ? '' : cellText(cells[columns[field]]));
  if (cells.every((c) => cellText(c) === '')) return null;
  const reasons: string[] = [];
  const nip = get('nip').replace(/\s+/g, '');
  if (nip === '') reasons.push('NIP kosong');
  else if (!/^\d{18}$/.test(nip)) reasons.push(`NIP harus 18 angka (terbaca ${nip.length} karakter)`);
  const name = get('name');
  if (name === '') reasons.push('nama kosong');
  else if (name.length > 200) reasons.push('nama lebih dari 200 huruf');
  const opd = get('opd');
  if (opd === '') reasons.push('OPD/instansi kosong');
  else if (opd.length > 200) reasons.push('OPD/instansi lebih dari 200 huruf');
  const kindText = get('kind').toUpperCase();
  const kind = ASN_KINDS.find((k) => k === kindText) ?? null;
  if (kindText !== '' && kind === null) reasons.push(`jenis "${get('kind')}" harus PNS atau PPPK`);
  if (reasons.length > 0) return { line, reason: joinReasons(reasons) };
  return { line, nip, name, opd, kind };
}
