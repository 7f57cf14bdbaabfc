/**
 * A drawer counted by denomination (modal awal at opening, the count at closing). Rp 1.000 exists as
 * both a note and a coin, so denominations are named by form and value.
 */
import { formatRupiah, multiply, rupiah, sum, type Rupiah } from '../money';

export type DenominationId =
  | 'note-100000'
  | 'note-50000'
  | 'note-20000'
  | 'note-10000'
  | 'note-5000'
  | 'note-2000'
  | 'note-1000'
  | 'coin-1000'
  | 'coin-500'
  | 'coin-200'
  | 'coin-100';

export interface Denomination {
  id: DenominationId;
  form: 'note' | 'coin';
  value: Rupiah;
  /** "Uang kertas Rp 100.000", "Koin Rp 500": how the count screen and slips name it. */
  label: string;
}

function denomination(form: 'note' | 'coin', value: number): Denomination {
  const amount = rupiah(value);
  return {
    id: `${form}-${value}` as DenominationId,
    form,
    value: amount,
    label: `${form === 'note' ? 'Uang kertas' : 'Koin'} ${formatRupiah(amount)}`,
  };
}

/** In the order a cashier counts: notes from the largest, then coins. */
export const DENOMINATIONS: readonly Denomination[] = [
  ...[100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000].map((v) => denomination('note', v)),
  ...[1_000, 500, 200, 100].map((v) => denomination('coin', v)),
];

/** Pieces per denomination; a denomination left out counts as none. */
export type CashCount = Partial<Record<DenominationId, number>>;

/** Why a count cannot be taken (each piece count a whole number, not negative), empty when sound. */
export function cashCountProblems(count: CashCount): string[] {
  const problems: string[] = [];
  for (const d of DENOMINATIONS) {
    const pieces = count[d.id];
    if (pieces !== undefined && (!Number.isSafeInteger(pieces) || pieces < 0)) {
      problems.push(`${d.label}: jumlah harus bilangan bulat, tidak negatif.`);
    }
  }
  return problems;
}

export function cashCountTotal(count: CashCount): Rupiah {
  const problems = cashCountProblems(count);
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  return sum(DENOMINATIONS.map((d) => multiply(d.value, count[d.id] ?? 0)));
}
