/**
 * The province's UMKM register from a spreadsheet (or the fields of `supplier add`): each row a
 * whole supplier with its bank account and food permits, or a problem with its line number.
 */
import { joinReasons, readSheetRows, rowCells, type ColumnMap, type RowProblem } from '../sheet-columns';
import { parsePermit, type Permit, type PermitKind } from './permits';

export interface BankAccount {
  bank: string;
  /** Digits only. */
  number: string;
  holder: string;
}

export interface SupplierRow {
  line: number;
  name: string;
  owner: string;
  kabupaten: string;
  /** Digits, starting 0 or 62; empty when not given. */
  phone: string;
  /** Nomor Induk Berusaha, 13 digits; null when not given. */
  nib: string | null;
  bank: BankAccount | null;
  /** Makes food or drink: then it needs a food permit, and a halal certificate (permits.ts). */
  food: boolean;
  permits: Permit[];
}

/** The fields of a supplier besides its name, as `supplier add` takes them. */
export const SUPPLIER_FIELDS = [
  'owner',
  'kabupaten',
  'phone',
  'nib',
  'bank',
  'account',
  'holder',
  'food',
  'pirt',
  'bpom',
  'bpomUntil',
  'halal',
  'halalUntil',
] as const;
type Field = 'name' | (typeof SUPPLIER_FIELDS)[number];

export const SUPPLIER_ALIASES: Record<Field, readonly string[]> = {
  name: ['nama', 'nama umkm', 'umkm', 'pemasok', 'supplier', 'name'],
  owner: ['pemilik', 'nama pemilik', 'owner'],
  kabupaten: ['kabupaten', 'kabupaten/kota', 'kab/kota', 'kota'],
  phone: ['telepon', 'whatsapp', 'wa', 'hp', 'no hp', 'phone'],
  nib: ['nib'],
  bank: ['bank'],
  account: ['rekening', 'no rekening', 'nomor rekening', 'account'],
  holder: ['atas nama', 'nama rekening', 'pemilik rekening', 'holder'],
  food: ['pangan', 'produsen pangan', 'food'],
  pirt: ['p irt', 'pirt', 'sppirt'],
  bpom: ['bpom', 'bpom md', 'md'],
  bpomUntil: ['bpom berlaku', 'bpom berlaku sampai'],
  halal: ['halal', 'sertifikat halal'],
  halalUntil: ['halal berlaku', 'halal berlaku sampai'],
};
const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'x']);

export function readSupplierRows(sheet: readonly (readonly unknown[])[]): {
  rows: SupplierRow[];
  problems: RowProblem[];
} {
  return readSheetRows(sheet, {
    aliases: SUPPLIER_ALIASES,
    required: ['name'],
    readRow: readSupplierRow,
    keysOf: (row) => [row.nib, row.name.toLowerCase()],
    repeated: (earlier) => `NIB atau nama sama dengan baris ${earlier}.`,
  });
}

export function readSupplierRow(
  cells: readonly unknown[],
  columns: ColumnMap<Field>,
  line: number,
): SupplierRow | RowProblem {
  const get = rowCells(cells, columns);
  const reasons: string[] = [];
  const name = get('name');
  if (name === '') reasons.push('nama UMKM kosong');
  else if (name.length > 200) reasons.push('nama lebih dari 200 huruf');
  const nibText = get('nib').replace(/[\s.-]/g, '');
  if (nibText !== '' && !/^\d{13}$/.test(nibText)) reasons.push(`NIB "${get('nib')}" harus 13 angka`);
  const phone = phoneDigits(get('phone'));
  if (phone === null) reasons.push(`nomor telepon "${get('phone')}" harus angka, diawali 0 atau +62`);
  const bank = bankAccount(get('bank'), get('account'), get('holder'), reasons);
  const permits: Permit[] = [];
  const permit = (kind: PermitKind, field: Field, until?: Field) => {
    if (get(field) === '') return;
    const parsed = parsePermit(kind, get(field), until ? get(until) : '');
    if (parsed.ok) permits.push(parsed.value);
    else reasons.push(parsed.error.message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()));
  };
  permit('pirt', 'pirt');
  permit('bpom-md', 'bpom', 'bpomUntil');
  permit('halal', 'halal', 'halalUntil');
  if (reasons.length > 0 || phone === null) return { line, reason: joinReasons(reasons) };
  return {
    line,
    name,
    owner: get('owner'),
    kabupaten: get('kabupaten'),
    phone,
    nib: nibText === '' ? null : nibText,
    bank,
    // A row with a food permit makes food, whatever the column says.
    food: YES.has(get('food').toLowerCase()) || permits.some((p) => p.kind !== 'halal'),
    permits,
  };
}

/** "0812-3456-7890", "+62 812 3456 7890" → digits; '' for none; null when it is not a phone number. */
function phoneDigits(text: string): string | null {
  if (text === '') return '';
  const digits = text.replace(/[\s().-]/g, '').replace(/^\+/, '');
  return /^(0|62)\d{8,13}$/.test(digits) ? digits : null;
}

/** All three of bank, number and holder, or none; the number has digits only (spaces and dashes as printed are fine). */
function bankAccount(bank: string, account: string, holder: string, reasons: string[]): BankAccount | null {
  if (bank === '' && account === '' && holder === '') return null;
  const number = account.replace(/[\s.-]/g, '');
  if (bank === '' || number === '' || holder === '') reasons.push('rekening butuh bank, nomor dan atas nama sekaligus');
  else if (!/^\d{6,20}$/.test(number)) reasons.push(`nomor rekening "${account}" hanya boleh angka (6–20)`);
  else return { bank, number, holder };
  return null;
}
