/**
 * Retail barcodes: check digits for EAN-13, EAN-8, UPC-A and UPC-E, and NTT Mart's in-store codes.
 *
 * In-store EAN-13 codes (GS1 prefixes 20–29 are reserved for in-store use):
 *   20–21  PP NNNNNNNNNN C   an article code the catalog assigns to a product without a barcode
 *   22–24  PP IIII VVVVVV C  price-embedded: item IIII (the product's PLU), V = price in Rupiah
 *   25–29  PP IIII VVVVVV C  weight-embedded: item IIII (the product's PLU), V = grams
 * Six value digits hold prices up to Rp 999.999 and weights up to 999 kg.
 */
import { rupiah, type Rupiah } from '../money';
import { ok, problem, type Result } from '../result';

declare const gtinBrand: unique symbol;
/** A validated GTIN-8 or GTIN-13 (UPC-A and UPC-E are normalised to GTIN-13). */
export type Gtin = string & { readonly [gtinBrand]: 'Gtin' };

export type Symbology = 'ean13' | 'ean8' | 'upca' | 'upce';

export type ScanCode =
  | { kind: 'article'; symbology: Symbology; keys: Gtin[] }
  | { kind: 'price-embedded'; gtin: Gtin; plu: string; price: Rupiah }
  | { kind: 'weight-embedded'; gtin: Gtin; plu: string; grams: number };

export type BarcodeResult = Result<ScanCode>;

/** The GS1 check digit of the digits before it (weights 3,1,3,… from the right). */
export function checkDigit(body: string): number {
  let total = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    total += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (total % 10)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  return /^\d{8,14}$/.test(code) && checkDigit(code.slice(0, -1)) === Number(code.at(-1));
}

/** Completes a body with its check digit: withCheckDigit('200000000001') → '2000000000015'. */
export function withCheckDigit(body: string): Gtin {
  if (!/^\d{7}$|^\d{12}$/.test(body)) throw new RangeError(`A GTIN body has 7 or 12 digits: ${body}`);
  return `${body}${checkDigit(body)}` as Gtin;
}

/** UPC-E (number system 0 or 1, six digits, check) expanded to its 12-digit UPC-A. */
export function expandUpcE(code: string): string | null {
  if (!/^[01]\d{7}$/.test(code)) return null;
  const ns = code[0]!;
  const d = code.slice(1, 7);
  const check = code[7]!;
  const last = d[5]!;
  let body: string;
  if (last <= '2') body = `${d[0]}${d[1]}${last}0000${d[2]}${d[3]}${d[4]}`;
  else if (last === '3') body = `${d[0]}${d[1]}${d[2]}00000${d[3]}${d[4]}`;
  else if (last === '4') body = `${d[0]}${d[1]}${d[2]}${d[3]}00000${d[4]}`;
  else body = `${d[0]}${d[1]}${d[2]}${d[3]}${d[4]}0000${last}`;
  return `${ns}${body}${check}`;
}

/**
 * Normalises a catalog barcode to the key products are stored under, or null when it is not a
 * valid GTIN. 12-digit UPC-A becomes GTIN-13 with a leading zero.
 */
export function normalizeGtin(code: string): Gtin | null {
  const trimmed = code.trim();
  if (!/^(\d{8}|\d{12}|\d{13})$/.test(trimmed) || !hasValidCheckDigit(trimmed)) return null;
  return (trimmed.length === 12 ? `0${trimmed}` : trimmed) as Gtin;
}

export function isInStoreArticle(gtin: string): boolean {
  return gtin.length === 13 && (gtin.startsWith('20') || gtin.startsWith('21'));
}

const FIRST_ARTICLE_BODY = 200_000_000_001;
const LAST_ARTICLE_BODY = 219_999_999_999;

/** Serials a province-wide sequence may hand out: serial n is the article body 200000000000 + n. */
export const LAST_ARTICLE_SERIAL = LAST_ARTICLE_BODY - FIRST_ARTICLE_BODY + 1;

/** The in-store article code (prefix 20–21, with its check digit) of a serial from 1 to LAST_ARTICLE_SERIAL. */
export function inStoreArticleCode(serial: number): Gtin {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial > LAST_ARTICLE_SERIAL)
    throw new RangeError(`In-store article serial out of range: ${serial}`);
  return withCheckDigit(String(FIRST_ARTICLE_BODY - 1 + serial));
}

/**
 * `count` new in-store article codes (prefix 20–21) for products that have no barcode: the ones
 * after the highest article code already taken, so none can equal a code the catalog holds.
 * Other codes in `taken` (GS1, price- and weight-embedded) cannot collide: they are outside 20–21.
 */
export function nextInStoreArticleCodes(taken: Iterable<string>, count: number): Gtin[] {
  let highest = FIRST_ARTICLE_BODY - 1;
  for (const code of taken) {
    if (isInStoreArticle(code)) highest = Math.max(highest, Number(code.slice(0, 12)));
  }
  if (highest + count > LAST_ARTICLE_BODY) throw new RangeError('In-store article codes 20–21 are used up');
  return Array.from({ length: count }, (_, i) => withCheckDigit(String(highest + 1 + i)));
}

/** Reads what a scanner (or a person) entered as a product barcode. Messages are for the cashier. */
export function parseBarcode(input: string): BarcodeResult {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return problem('barcode-not-digits', `Barcode "${code}" hanya boleh berisi angka.`);
  switch (code.length) {
    case 13:
      return parseEan13(code);
    case 12:
      return hasValidCheckDigit(code)
        ? ok({ kind: 'article', symbology: 'upca', keys: [`0${code}` as Gtin] })
        : badCheckDigit(code);
    case 8:
      return parseEightDigits(code);
    default:
      return problem(
        'barcode-length',
        `Barcode "${code}" tidak dikenal: panjangnya ${code.length} digit (harus 8, 12 atau 13).`,
      );
  }
}

function badCheckDigit(code: string): BarcodeResult {
  return problem('barcode-check-digit', `Barcode "${code}" tidak valid: digit pemeriksa salah. Pindai ulang.`);
}

function parseEan13(code: string): BarcodeResult {
  if (!hasValidCheckDigit(code)) return badCheckDigit(code);
  const gtin = code as Gtin;
  const prefix = Number(code.slice(0, 2));
  if (prefix >= 22 && prefix <= 29) {
    const plu = code.slice(2, 6);
    const value = Number(code.slice(6, 12));
    if (prefix <= 24) return ok({ kind: 'price-embedded', gtin, plu, price: rupiah(value) });
    if (value === 0) return problem('barcode-zero-weight', `Barcode timbangan "${code}" berisi berat 0 gram.`);
    return ok({ kind: 'weight-embedded', gtin, plu, grams: value });
  }
  return ok({ kind: 'article', symbology: 'ean13', keys: [gtin] });
}

function parseEightDigits(code: string): BarcodeResult {
  const keys: Gtin[] = [];
  let symbology: Symbology | null = null;
  if (hasValidCheckDigit(code)) {
    keys.push(code as Gtin);
    symbology = 'ean8';
  }
  const upcA = expandUpcE(code);
  if (upcA && hasValidCheckDigit(upcA)) {
    keys.push(`0${upcA}` as Gtin);
    symbology ??= 'upce';
  }
  return symbology ? ok({ kind: 'article', symbology, keys }) : badCheckDigit(code);
}
