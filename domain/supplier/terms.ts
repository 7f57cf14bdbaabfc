/**
 * Supply terms (syarat pasok) of a product: bought outright (beli putus) at a unit cost, or consigned
 * (konsinyasi) and paid as it sells — at a supplier price per unit, or the selling price less the
 * shop's commission. Terms change by adding new ones from a later day; the old ones keep applying to
 * what moved while they were in force, so a settlement never changes after the fact.
 */
import { formatRupiah, parseRupiah, type Rupiah } from '../money';
import { ok, problem, type Result } from '../result';
import { formatBusinessDate, isBusinessDate, toBusinessDate, type BusinessDate } from '../wita';

export const SUPPLY_KINDS = ['beli-putus', 'konsinyasi'] as const;
export type SupplyKind = (typeof SUPPLY_KINDS)[number];

export type SupplyTerms =
  | { kind: 'beli-putus'; unitCost: Rupiah }
  | { kind: 'konsinyasi'; supplierPrice: Rupiah }
  /** The shop's share of the selling price in basis points (1 % = 100). */
  | { kind: 'konsinyasi'; commissionBp: number };

/** What `supplier terms` was given: the kind, and the cost, price or commission as typed. */
export interface TermsInput {
  kind: string;
  cost?: string | undefined;
  price?: string | undefined;
  commission?: string | undefined;
}

export function readTerms(input: TermsInput): Result<SupplyTerms> {
  const amount = (text: string, what: string): Result<Rupiah> => {
    const value = parseRupiah(text);
    return value === null
      ? problem('terms-amount', `${what} "${text}" harus Rupiah bulat, misalnya 45000.`)
      : ok(value);
  };
  if (input.kind === 'beli-putus') {
    if (input.cost === undefined || input.price !== undefined || input.commission !== undefined)
      return problem('terms-shape', 'Beli putus butuh harga beli per unit saja, misalnya: beli-putus 40000.');
    const cost = amount(input.cost, 'Harga beli');
    return cost.ok ? ok({ kind: 'beli-putus', unitCost: cost.value }) : cost;
  }
  if (input.kind !== 'konsinyasi')
    return problem('terms-kind', `Jenis pasok "${input.kind}" tidak dikenal: beli-putus atau konsinyasi.`);
  if (input.cost !== undefined || (input.price === undefined) === (input.commission === undefined))
    return problem('terms-shape', 'Konsinyasi butuh salah satu: --price HARGA_PEMASOK atau --commission PERSEN.');
  if (input.price !== undefined) {
    const price = amount(input.price, 'Harga pemasok');
    return price.ok ? ok({ kind: 'konsinyasi', supplierPrice: price.value }) : price;
  }
  const commission = parseCommission(input.commission!);
  return commission.ok ? ok({ kind: 'konsinyasi', commissionBp: commission.value }) : commission;
}

/** "20", "12,5" or "12.5" (percent) as basis points; refused outside 0–100 or finer than 0,01 %. */
export function parseCommission(text: string): Result<number> {
  const cleaned = text.trim().replace(/%$/, '').replace(',', '.');
  const percent = /^\d{1,3}(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : NaN;
  if (!(percent >= 0 && percent <= 100))
    return problem('commission-range', `Komisi "${text}" harus persen antara 0 dan 100, misalnya 20 atau 12,5.`);
  return ok(Math.round(percent * 100));
}

/**
 * The first day of new terms for a product whose latest terms start on `latest` (null: none yet).
 * Terms are never rewritten: new ones start after the latest, and not before today — only a
 * product's first terms may start in the past (what it sold before the terms were recorded).
 */
export function termsStart(
  from: string | undefined,
  latest: BusinessDate | null,
  today: BusinessDate,
): Result<BusinessDate> {
  if (from !== undefined && !isBusinessDate(from))
    return problem('terms-date', `Tanggal mulai "${from}" harus TTTT-BB-HH, misalnya 2026-12-01.`);
  const start = from === undefined ? today : toBusinessDate(from);
  if (latest !== null && start <= latest)
    return problem(
      'terms-date',
      `Syarat yang berlaku mulai ${formatBusinessDate(latest)} tidak diubah; syarat baru harus mulai sesudahnya.`,
    );
  if (latest !== null && start < today)
    return problem(
      'terms-date',
      'Syarat baru tidak boleh berlaku mundur: penjualan yang sudah terjadi memakai syarat lama.',
    );
  return ok(start);
}

export function termsLabel(terms: SupplyTerms): string {
  if (terms.kind === 'beli-putus') return `beli putus ${formatRupiah(terms.unitCost)}/unit`;
  if ('supplierPrice' in terms) return `konsinyasi ${formatRupiah(terms.supplierPrice)}/unit`;
  return `konsinyasi komisi ${String(terms.commissionBp / 100).replace('.', ',')}%`;
}
