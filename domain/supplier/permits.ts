/**
 * A UMKM's food permits and their validity. P-IRT (home-industry food permit): 15 or more digits, the
 * last two being the year it expires. BPOM MD (registered processed food): "MD" and 12 digits. Halal
 * certificate (BPJPH): "ID" and 10–20 digits; mandatory for micro and small food producers from
 * 17 October 2026, and since Perppu 2/2022 valid without an end date unless one is given.
 */
import { ok, problem, type Result } from '../result';
import { addDays, isBusinessDate, toBusinessDate, type BusinessDate } from '../wita';

export const PERMIT_KINDS = ['pirt', 'bpom-md', 'halal'] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const PERMIT_NAMES: Record<PermitKind, string> = {
  pirt: 'P-IRT',
  'bpom-md': 'BPOM MD',
  halal: 'sertifikat halal',
};

/** From this day a micro or small food producer must hold a halal certificate. */
export const HALAL_MANDATORY_FROM = toBusinessDate('2026-10-17');
/** A permit this close to its end is shown as ending soon. */
export const PERMIT_WARNING_DAYS = 60;

export interface Permit {
  kind: PermitKind;
  /** As printed, spaces and dashes removed; BPOM and halal numbers with their letters. */
  number: string;
  /** The last day it is valid; null for none (a halal certificate without an end date). */
  validUntil: BusinessDate | null;
}

/** Reads a permit number as printed ("P-IRT No. 2065301010123-27", "BPOM RI MD 224510001234"). */
export function parsePermit(kind: PermitKind, printed: string, validUntil = ''): Result<Permit> {
  const compact = printed.toUpperCase().replace(/[\s.\-/]/g, '');
  const until = validUntil.trim();
  if (until !== '' && !isBusinessDate(until))
    return problem('permit-date', `Tanggal berlaku ${PERMIT_NAMES[kind]} "${until}" harus TTTT-BB-HH.`);
  const given = until === '' ? null : toBusinessDate(until);
  switch (kind) {
    case 'pirt': {
      const digits = compact.replace(/^(PIRT|SPPIRT|NO)+/, '');
      if (!/^\d{15,20}$/.test(digits))
        return problem(
          'permit-shape',
          `Nomor P-IRT "${printed}" harus 15 angka atau lebih (dua angka terakhir: tahun berakhir).`,
        );
      // The last two digits are the year it ends: valid to the end of that year.
      return ok({ kind, number: digits, validUntil: given ?? toBusinessDate(`20${digits.slice(-2)}-12-31`) });
    }
    case 'bpom-md': {
      const number = compact.replace(/^(BPOMRI|BPOM)/, '');
      if (!/^MD\d{12}$/.test(number))
        return problem('permit-shape', `Nomor BPOM "${printed}" harus MD dan 12 angka, misalnya MD 224510001234.`);
      return ok({ kind, number, validUntil: given });
    }
    case 'halal': {
      if (!/^ID\d{10,20}$/.test(compact))
        return problem(
          'permit-shape',
          `Nomor sertifikat halal "${printed}" harus ID dan 10–20 angka, misalnya ID53110000123450125.`,
        );
      return ok({ kind, number: compact, validUntil: given });
    }
  }
}

export type PermitStatus = 'valid' | 'ending' | 'expired';

export function permitStatus(permit: Pick<Permit, 'validUntil'>, today: BusinessDate): PermitStatus {
  if (permit.validUntil === null) return 'valid';
  if (permit.validUntil < today) return 'expired';
  return permit.validUntil <= addDays(today, PERMIT_WARNING_DAYS) ? 'ending' : 'valid';
}

/**
 * What is wrong with a food producer's permits on a day, in words for the province and the outlet:
 * no food permit (P-IRT or BPOM MD) in force, an expired one, no halal certificate once it is
 * mandatory. Empty for a producer that does not make food.
 */
export function permitFlags(food: boolean, permits: readonly Permit[], today: BusinessDate): string[] {
  if (!food) return [];
  const flags = permits
    .filter((p) => permitStatus(p, today) === 'expired')
    .map((p) => `${PERMIT_NAMES[p.kind]} ${p.number} berakhir ${p.validUntil}`);
  const inForce = (kind: PermitKind) => permits.some((p) => p.kind === kind && permitStatus(p, today) !== 'expired');
  if (!inForce('pirt') && !inForce('bpom-md')) flags.push('tanpa izin pangan (P-IRT/BPOM MD) yang berlaku');
  if (today >= HALAL_MANDATORY_FROM && !inForce('halal')) flags.push('tanpa sertifikat halal yang berlaku');
  return flags;
}
