/**
 * PPN (pajak pertambahan nilai, Indonesia's VAT) on a retail sale of a PKP outlet.
 *
 * Since 2025 the nominal rate is 12 %, but for goods that are not luxury goods the tax base (DPP
 * nilai lain) is 11/12 of the selling price without PPN (harga jual), so PPN is 11 % of harga jual
 * (PMK 131/2024). Basic necessities are exempt (dibebaskan, PP 49/2022) and carry no PPN. Shelf
 * prices include PPN, so the tax is taken out of what the buyer paid for each line after its own
 * discount and its share of the whole-sale discount (discounts reduce the base before tax).
 *
 * Rounding rule (integer Rupiah, one rounding per sale): the sale's PPN is its PPN-inclusive
 * taxable total × 11/111, rounded half up once; harga jual is the taxable total less that PPN,
 * exactly; DPP is 11/12 of harga jual, rounded half up once. The sale's PPN and DPP are then shared
 * over its taxable lines in proportion to what each line was paid, the remainder going one Rupiah
 * at a time to the largest fractional shares (money.allocate), so each line's harga jual + PPN is
 * its paid amount and the lines add up to the sale's figures and the receipt total. Lines are never
 * rounded on their own: a cart of many cheap lines pays the same PPN as one line of their sum.
 *
 * A refund returns the tax of what it returns, in proportion to the money it returns of each line
 * (floor of the running total), taken from the original sale's own line figures: refunding a line
 * in pieces returns exactly its PPN and DPP in the end, never more, and no piece is negative.
 */
import { allocate, multiplyRatio, subtract, sum, ZERO, type Rupiah } from '../money';
import { ok, problem, type Result } from '../result';

export type TaxStatus = 'kena-ppn' | 'dibebaskan';
export const TAX_STATUSES: readonly TaxStatus[] = ['kena-ppn', 'dibebaskan'];
export const DEFAULT_TAX_STATUS: TaxStatus = 'kena-ppn';

const TAX_STATUS_WORDS: Record<string, TaxStatus> = {
  '': 'kena-ppn',
  'kena-ppn': 'kena-ppn',
  'kena ppn': 'kena-ppn',
  kena: 'kena-ppn',
  ya: 'kena-ppn',
  dibebaskan: 'dibebaskan',
  bebas: 'dibebaskan',
  'bebas ppn': 'dibebaskan',
  tidak: 'dibebaskan',
};

/** A spreadsheet's PPN cell ("kena-ppn", "bebas PPN", "tidak"…; blank: kena PPN), or null when unreadable. */
export function parseTaxStatus(text: string): TaxStatus | null {
  return TAX_STATUS_WORDS[text.trim().toLowerCase()] ?? null;
}

/** The nominal rate in basis points and the DPP nilai lain fraction of harga jual (PMK 131/2024). */
export const PPN_RATE_BP = 1200;
export const DPP_NUMERATOR = 11;
export const DPP_DENOMINATOR = 12;

/** The seller as a PKP's receipt must name it to serve as a faktur pajak digunggung. */
export interface TaxSeller {
  npwp: string;
  name: string;
  address: string;
}

/** A line's tax. `base` (harga jual, without PPN) + `ppn` is what the buyer paid for the line. */
export interface LineTax {
  status: TaxStatus;
  base: Rupiah;
  dpp: Rupiah;
  ppn: Rupiah;
}

/** A sale's tax: taxable + exempt is the sale total; base + ppn is taxable. */
export interface SaleTax {
  seller: TaxSeller;
  /** What the buyer paid for goods kena PPN, PPN included. */
  taxable: Rupiah;
  /** What the buyer paid for goods bebas PPN. */
  exempt: Rupiah;
  base: Rupiah;
  dpp: Rupiah;
  ppn: Rupiah;
}

/** The tax figures of a sale or refund as sums (refunds carry them per line only). */
export interface TaxFigures {
  taxable: Rupiah;
  exempt: Rupiah;
  dpp: Rupiah;
  ppn: Rupiah;
}

export const NO_TAX: TaxFigures = { taxable: ZERO, exempt: ZERO, dpp: ZERO, ppn: ZERO };

/** PPN inside a PPN-inclusive amount: rate × DPP fraction ÷ (1 + rate × DPP fraction), i.e. 11/111. */
export function ppnIncluded(inclusive: Rupiah): Rupiah {
  const effective = PPN_RATE_BP * DPP_NUMERATOR;
  const whole = 10_000 * DPP_DENOMINATOR;
  return multiplyRatio(inclusive, effective, whole + effective, 'half-up');
}

/** DPP nilai lain of a harga jual. */
export function dppOf(base: Rupiah): Rupiah {
  return multiplyRatio(base, DPP_NUMERATOR, DPP_DENOMINATOR, 'half-up');
}

/**
 * The tax of a sale from what the buyer paid for each line (after all discounts, money.allocate's
 * shares as discount.netLineAmounts gives them) and each line's tax status.
 */
export function saleTax(
  lines: ReadonlyArray<{ paid: Rupiah; status: TaxStatus }>,
  seller: TaxSeller,
): { lines: LineTax[]; tax: SaleTax } {
  const taxed = lines.map((l) => (l.status === 'kena-ppn' ? l.paid : ZERO));
  const taxable = sum(taxed);
  const exempt = subtract(sum(lines.map((l) => l.paid)), taxable);
  const ppn = ppnIncluded(taxable);
  const base = subtract(taxable, ppn);
  const dpp = dppOf(base);
  const ppnShares = lines.length === 0 ? [] : allocate(ppn, taxed);
  const dppShares = lines.length === 0 ? [] : allocate(dpp, taxed);
  return {
    lines: lines.map((l, i) => ({
      status: l.status,
      base: subtract(l.paid, ppnShares[i]!),
      dpp: dppShares[i]!,
      ppn: ppnShares[i]!,
    })),
    tax: { seller, taxable, exempt, base, dpp, ppn },
  };
}

/**
 * The tax a refund returns of one sale line that was paid `paid` with tax `tax`: the money returned
 * of the line was `before` before this refund and is `after` with it.
 */
export function refundLineTax(tax: LineTax, paid: Rupiah, before: Rupiah, after: Rupiah): LineTax {
  const upTo = (amount: Rupiah, returned: Rupiah) =>
    paid === 0 ? ZERO : multiplyRatio(amount, returned, paid, 'down');
  const share = (amount: Rupiah) => subtract(upTo(amount, after), upTo(amount, before));
  const ppn = share(tax.ppn);
  return { status: tax.status, base: subtract(subtract(after, before), ppn), dpp: share(tax.dpp), ppn };
}

export function sameLineTax(a: LineTax, b: LineTax | undefined): boolean {
  return b !== undefined && a.status === b.status && a.base === b.base && a.dpp === b.dpp && a.ppn === b.ppn;
}

/** Sums of lines' tax, each line with the money it stands for (paid, or returned). */
export function taxFigures(lines: ReadonlyArray<{ amount: Rupiah; tax: LineTax }>): TaxFigures {
  const of = (status: TaxStatus) => sum(lines.filter((l) => l.tax.status === status).map((l) => l.amount));
  return {
    taxable: of('kena-ppn'),
    exempt: of('dibebaskan'),
    dpp: sum(lines.map((l) => l.tax.dpp)),
    ppn: sum(lines.map((l) => l.tax.ppn)),
  };
}

/** NPWP: 15 digits (the old form) or 16 (NIK or the new form since 2024), punctuation allowed. */
export function parseNpwp(text: string): Result<string> {
  if (!/^[\d.\-\s]+$/.test(text.trim()))
    return problem('invalid-npwp', 'NPWP hanya boleh berisi angka (titik dan tanda hubung boleh).');
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 15 && digits.length !== 16)
    return problem('invalid-npwp', `NPWP harus 15 atau 16 angka, bukan ${digits.length}.`);
  return ok(digits);
}

/** An NPWP as printed: the 15-digit form with its dots and dash (01.234.567.8-901.000), 16 digits as they are. */
export function formatNpwp(npwp: string): string {
  const m = /^(\d{2})(\d{3})(\d{3})(\d)(\d{3})(\d{3})$/.exec(npwp);
  return m ? `${m[1]}.${m[2]}.${m[3]}.${m[4]}-${m[5]}.${m[6]}` : npwp;
}

/** A shift's or day's PPN as the Z report and the screen show it: label, amount, and a test id. */
export function taxFigureRows(t: TaxFigures): Array<[label: string, amount: Rupiah, id: string]> {
  return [
    ['Kena PPN', t.taxable, 'ppn-taxable'],
    ['Bebas PPN', t.exempt, 'ppn-exempt'],
    ['DPP', t.dpp, 'ppn-dpp'],
    ['PPN', t.ppn, 'ppn'],
  ];
}
