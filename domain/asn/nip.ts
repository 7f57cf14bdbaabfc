/**
 * NIP: the 18-digit number that identifies an ASN (aparatur sipil negara, civil servant). Two
 * layouts share the length.
 *
 * PNS (pegawai negeri sipil), Peraturan Kepala BKN No. 22/2007 on the Nomor Identitas PNS:
 *   YYYYMMDD  birth date
 *   YYYYMM    month of first appointment as CPNS (TMT CPNS)
 *   G         gender: 1 male, 2 female
 *   NNN       sequence 001–999 among numbers whose first 15 digits are equal
 *   e.g. 19860926 201505 1 001
 *
 * PPPK (pegawai pemerintah dengan perjanjian kerja, civil servants on a work agreement) hold an
 * NI PPPK (Nomor Induk PPPK) of the same length:
 *   YYYYMMDD  birth date
 *   YYYY      year of first appointment as PPPK
 *   2         PPPK marker
 *   K         number of work agreements, 1–9
 *   G         gender: 1 male, 2 female
 *   NNN       sequence 001–999
 *   e.g. 19931228 2025 2 1 2 001
 * Sources: the contents (birth date, year of first appointment, number of work agreements, gender,
 * sequence) as the Luwu Utara regency publishes them, quoted at foppsirokanhulu.blogspot.com
 * (2024-03, "Apa perbedaan NIP PNS dan NI PPPK?"); the digit positions as the open-source
 * muzhawir/indonesian_id parser reads them (lib/nip/pppk.ex: 4 digits TMT year, "1 digit that
 * indicates the code for PPPK (2)", "1 digit for frequency (1-9)"); published numbers
 * 199312282025212001 (muifaha/nipfinder) and the part-time (paruh waktu) 199009132025242014
 * (swarawarta.co.id, 2025-10).
 *
 * Telling them apart: the 13th digit is the tens digit of a PNS appointment month (0 or 1) and the
 * PPPK marker 2 in an NI PPPK, so no number fits both layouts.
 */
import { businessDate, type BusinessMonth } from '../wita';
import { failed, ok, type Problem, type Result } from '../result';

declare const nipBrand: unique symbol;
/**
 * An ASN's 18-digit number as the province keys ASN by. The counter makes one only through parseNip
 * (a well-formed PNS NIP or NI PPPK); documents and rosters from elsewhere through toNip, which checks
 * the 18 digits alone, as the province records a NIP it could not verify.
 */
export type Nip = string & { readonly [nipBrand]: 'Nip' };

export function toNip(digits: string): Nip {
  if (!/^\d{18}$/.test(digits)) throw new RangeError(`A NIP has 18 digits: ${digits}`);
  return digits as Nip;
}

export type Gender = 'male' | 'female';

export type NipInfo =
  | { kind: 'pns'; nip: Nip; birthDate: string; appointedMonth: BusinessMonth; gender: Gender; sequence: number }
  | {
      kind: 'pppk';
      nip: Nip;
      birthDate: string;
      appointedYear: number;
      agreements: number;
      gender: Gender;
      sequence: number;
    };

/** Which part of the number is wrong, so the screen can point at it. */
export type NipPart = 'characters' | 'length' | 'birth-date' | 'appointment' | 'pppk-code' | 'gender' | 'sequence';

/** A refused NIP says which part is wrong; its code is `nip-` and the part. */
export type NipProblem = Problem & { part: NipPart };

export type NipResult = Result<NipInfo, NipProblem>;

const NIP_LENGTH = 18;
/** The youngest age at first appointment this check accepts (the brief's rule for ASN). */
const MIN_AGE_YEARS = 17;
const EARLIEST_YEAR = 1900;

/**
 * The digits of what a person typed or a card's code holds, or null when it has anything but digits
 * and the separators people write between groups (spaces, dots, hyphens, slashes, underscores), after
 * an optional "NIP" or "NI PPPK" label.
 */
export function nipDigits(input: string): string | null {
  const unlabelled = input.trim().replace(/^(ni\s*pppk|nip)\s*[.:]?\s*/i, '');
  const digits = unlabelled.replace(/[\s.\-_/]/g, '');
  return /^\d*$/.test(digits) ? digits : null;
}

/**
 * Whether a code read on the register screen is a NIP rather than a product: 18 digits once
 * separators are dropped. Retail barcodes are GTINs of at most 14 digits, so none is taken for a
 * NIP; a malformed 18-digit number still goes to the NIP check, whose message says what is wrong.
 */
export function isNipScan(code: string): boolean {
  return nipDigits(code)?.length === NIP_LENGTH;
}

/**
 * Reads and checks a PNS NIP or NI PPPK. `now` decides what "in the future" means (its WITA date);
 * the first wrong part is reported, in the order the number is read.
 */
export function parseNip(input: string, now: Date | string | number): NipResult {
  const digits = nipDigits(input);
  if (digits === null)
    return fail('characters', 'NIP hanya boleh berisi angka (spasi, titik atau tanda hubung di antaranya boleh).');
  if (digits.length !== NIP_LENGTH)
    return fail('length', `NIP harus ${NIP_LENGTH} angka, yang dimasukkan ${digits.length} angka.`);
  const today = businessDate(now);

  const birth = digits.slice(0, 8);
  const birthDate = calendarDate(birth);
  if (birthDate === null || Number(birth.slice(0, 4)) < EARLIEST_YEAR)
    return fail('birth-date', `Tanggal lahir ${birth} tidak valid.`);
  if (birthDate > today) return fail('birth-date', `Tanggal lahir ${birth} belum terjadi.`);

  const nip = digits as Nip;
  return digits[12] === '2' ? parsePppk(nip, birthDate, today) : parsePns(nip, birthDate, today);
}

function parsePns(nip: Nip, birthDate: string, today: string): NipResult {
  const appointed = nip.slice(8, 14);
  const year = Number(appointed.slice(0, 4));
  const month = Number(appointed.slice(4, 6));
  if (month < 1 || month > 12 || year < EARLIEST_YEAR)
    return fail('appointment', `Bulan pengangkatan ${appointed} tidak valid.`);
  const appointedMonth = `${appointed.slice(0, 4)}-${appointed.slice(4, 6)}`;
  if (appointedMonth > today.slice(0, 7)) return fail('appointment', `Bulan pengangkatan ${appointed} belum terjadi.`);
  const monthsAfterBirth = year * 12 + month - (Number(birthDate.slice(0, 4)) * 12 + Number(birthDate.slice(5, 7)));
  if (monthsAfterBirth < MIN_AGE_YEARS * 12) {
    return fail(
      'appointment',
      `Bulan pengangkatan ${appointed} kurang dari ${MIN_AGE_YEARS} tahun setelah lahir (${nip.slice(0, 8)}).`,
    );
  }
  const tail = genderAndSequence(nip);
  return tail.ok ? ok({ kind: 'pns', nip, birthDate, appointedMonth, ...tail.value }) : tail;
}

function parsePppk(nip: Nip, birthDate: string, today: string): NipResult {
  const appointedYear = Number(nip.slice(8, 12));
  if (appointedYear > Number(today.slice(0, 4)))
    return fail('appointment', `Tahun pengangkatan PPPK ${appointedYear} belum terjadi.`);
  if (appointedYear - Number(birthDate.slice(0, 4)) < MIN_AGE_YEARS) {
    return fail(
      'appointment',
      `Tahun pengangkatan PPPK ${appointedYear} kurang dari ${MIN_AGE_YEARS} tahun setelah tahun lahir ${birthDate.slice(0, 4)}.`,
    );
  }
  const agreements = Number(nip[13]);
  if (agreements === 0)
    return fail('pppk-code', `Kode PPPK ${nip.slice(12, 14)} tidak dikenal: angka ke-14 harus 1–9.`);
  const tail = genderAndSequence(nip);
  return tail.ok ? ok({ kind: 'pppk', nip, birthDate, appointedYear, agreements, ...tail.value }) : tail;
}

type Tail = Result<{ gender: Gender; sequence: number }, NipProblem>;

function genderAndSequence(nip: Nip): Tail {
  const code = nip[14];
  if (code !== '1' && code !== '2') return fail('gender', `Kode jenis kelamin harus 1 atau 2, bukan ${code}.`);
  const sequence = Number(nip.slice(15));
  if (sequence === 0) return fail('sequence', 'Nomor urut harus 001–999, bukan 000.');
  return ok({ gender: code === '1' ? 'male' : 'female', sequence });
}

function fail(part: NipPart, message: string): { ok: false; error: NipProblem } {
  return failed({ code: `nip-${part}`, message, part });
}

/** 'YYYY-MM-DD' when YYYYMMDD is a real calendar date, else null. */
function calendarDate(yyyymmdd: string): string | null {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** A part of the number as it is printed, e.g. the birth date 19860926. */
export interface NipGroup {
  part: Exclude<NipPart, 'characters' | 'length'>;
  text: string;
}

/**
 * The groups an 18-digit number is printed in, each with the part it holds: 19860926 201505 1 001
 * for a PNS NIP, 19931228 2025 21 2 001 for an NI PPPK (told apart by the 13th digit, as parseNip
 * does). Null for any other length. The screen shows a NIP this way and marks the wrong part.
 */
export function nipGroups(digits: string): NipGroup[] | null {
  if (!/^\d{18}$/.test(digits)) return null;
  const layout: [NipGroup['part'], number][] =
    digits[12] === '2'
      ? [
          ['birth-date', 8],
          ['appointment', 12],
          ['pppk-code', 14],
          ['gender', 15],
          ['sequence', 18],
        ]
      : [
          ['birth-date', 8],
          ['appointment', 14],
          ['gender', 15],
          ['sequence', 18],
        ];
  let start = 0;
  return layout.map(([part, end]) => {
    const group = { part, text: digits.slice(start, end) };
    start = end;
    return group;
  });
}

/** An 18-digit number in its printed form, e.g. "19860926 201505 1 001"; anything else as it is. */
export function formatNip(nip: string): string {
  return (
    nipGroups(nip)
      ?.map((g) => g.text)
      .join(' ') ?? nip
  );
}

/**
 * The NIP as receipts and logs may show it: first 4 and last 3 digits, the rest hidden. Takes any
 * 18-digit number (a sale's NIP as stored, a digit run in a log line), well-formed or not.
 */
export function maskNip(nip: string): string {
  return `${nip.slice(0, 4)}${'*'.repeat(NIP_LENGTH - 7)}${nip.slice(NIP_LENGTH - 3)}`;
}
