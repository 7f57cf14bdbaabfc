/**
 * Money is a whole number of Rupiah, never a float. Rates are scaled integers (basis points).
 * Arithmetic that can exceed 2^53 (price × grams) goes through BigInt; every rounding is explicit.
 */
declare const rupiahBrand: unique symbol;
export type Rupiah = number & { readonly [rupiahBrand]: 'Rupiah' };

export type Rounding = 'half-up' | 'down' | 'up';

export function rupiah(amount: number): Rupiah {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole Rupiah amount: ${amount}`);
  return amount as Rupiah;
}

export const ZERO = rupiah(0);

export function isRupiah(value: unknown): value is Rupiah {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function sum(amounts: readonly Rupiah[]): Rupiah {
  let total = 0;
  for (const a of amounts) total += a;
  return rupiah(total);
}

export function add(a: Rupiah, b: Rupiah): Rupiah {
  return rupiah(a + b);
}

export function subtract(a: Rupiah, b: Rupiah): Rupiah {
  return rupiah(a - b);
}

export function multiply(amount: Rupiah, quantity: number): Rupiah {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantity must be a whole number: ${quantity}`);
  return rupiah(amount * quantity);
}

/** amount × numerator ÷ denominator, rounded as asked (e.g. price per kg × grams ÷ 1000). */
export function multiplyRatio(amount: Rupiah, numerator: number, denominator: number, rounding: Rounding): Rupiah {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Bad ratio ${numerator}/${denominator}`);
  }
  return rupiah(Number(divide(BigInt(amount) * BigInt(numerator), BigInt(denominator), rounding)));
}

/** A percentage given in basis points (1 % = 100 bp) of an amount. */
export function percentOf(amount: Rupiah, basisPoints: number, rounding: Rounding): Rupiah {
  return multiplyRatio(amount, basisPoints, 10_000, rounding);
}

function divide(n: bigint, d: bigint, rounding: Rounding): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let q = abs / d;
  const r = abs % d;
  if (r !== 0n) {
    if (rounding === 'up' && !negative) q += 1n;
    if (rounding === 'down' && negative) q += 1n;
    if (rounding === 'half-up' && r * 2n >= d) q += 1n;
  }
  return negative ? -q : q;
}

/**
 * Splits a total over weights so the parts always add up to the total: each part gets its floor
 * share and the remainder goes one Rupiah at a time to the largest fractional shares.
 */
export function allocate(total: Rupiah, weights: readonly number[]): Rupiah[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError('Weights must be whole and not negative');
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weightSum === 0) return weights.map((_, i) => rupiah(i === 0 ? total : 0));
  const sign = total < 0 ? -1n : 1n;
  const abs = BigInt(Math.abs(total));
  const denominator = BigInt(weightSum);
  const shares = weights.map((w, index) => {
    const exact = abs * BigInt(w);
    return { index, floor: exact / denominator, remainder: exact % denominator };
  });
  let left = abs - shares.reduce((a, s) => a + s.floor, 0n);
  const byRemainder = [...shares].sort((a, b) =>
    b.remainder === a.remainder ? a.index - b.index : b.remainder > a.remainder ? 1 : -1,
  );
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.floor += 1n;
    left -= 1n;
  }
  return shares.map((s) => rupiah(Number(s.floor * sign)));
}

const formatter = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** "Rp 20.000" as Indonesians write it (Intl puts a no-break space after "Rp"). */
export function formatRupiah(amount: Rupiah): string {
  return formatter.format(amount);
}

const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** "1.065.000": an amount without "Rp", as an amount field shows it while the cashier types. */
export function groupThousands(amount: Rupiah): string {
  return grouped.format(amount);
}

/**
 * Reads an amount a person typed: "20000", "20.000", "Rp 20.000", "rp20.000". Dots and spaces are
 * thousands separators in Indonesian; a comma starts a decimal part, which Rupiah does not have.
 */
export function parseRupiah(text: string): Rupiah | null {
  const cleaned = text
    .trim()
    .replace(/^rp\.?/i, '')
    .replace(/[\s.\u00a0]/g, '');
  if (!/^\d{1,15}$/.test(cleaned)) return null;
  return rupiah(Number(cleaned));
}
