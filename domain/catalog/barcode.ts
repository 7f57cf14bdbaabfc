/**
 * Retail barcodes: check digits for EAN-13, EAN-8, UPC-A and UPC-E, and NTT Mart's in-store codes.
 *
 * In-store EAN-13 codes (GS1 prefixes 20–29 are reserved for in-store use):
 *   20     PP NNNNNNNNNN C   an article code the province issues to a product without a barcode
 *   21     PP OOOTTSSSSS C   an article code a till mints offline, from its own block (TillCodeBlock)
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
const LAST_ARTICLE_BODY = 209_999_999_999;

/** Serials a province-wide sequence may hand out: serial n is the article body 200000000000 + n (prefix 20). */
export const LAST_ARTICLE_SERIAL = LAST_ARTICLE_BODY - FIRST_ARTICLE_BODY + 1;

/** The in-store article code (prefix 20, with its check digit) of a serial from 1 to LAST_ARTICLE_SERIAL. */
export function inStoreArticleCode(serial: number): Gtin {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial > LAST_ARTICLE_SERIAL)
    throw new RangeError(`In-store article serial out of range: ${serial}`);
  return withCheckDigit(String(FIRST_ARTICLE_BODY - 1 + serial));
}

/**
 * The block of in-store article codes one till mints offline (prefix 21), so two tills never mint
 * the same code and none equals a code the province issues (prefix 20): 21 OOO TT SSSSS C — the
 * outlet's code block (1–999, numbered by the province; 0 for a training till), the till's number
 * in its outlet (1–99; its terminal id ends in `-tNN`), a serial (1–99,999).
 */
export interface TillCodeBlock {
  outlet: number;
  till: number;
}

/** A training till's block: no outlet is numbered 0, so its codes are no real till's. */
export const TRAINING_CODE_BLOCK: TillCodeBlock = { outlet: 0, till: 0 };
const LAST_TILL_SERIAL = 99_999;

/** The block of a till from its outlet's code block and its terminal id (`kupang-t02`), or null when neither tells. */
export function tillCodeBlock(outletBlock: unknown, terminalId: string): TillCodeBlock | null {
  const till = Number(/-t(\d{1,2})$/.exec(terminalId)?.[1] ?? 0);
  if (!Number.isInteger(outletBlock) || (outletBlock as number) < 1 || (outletBlock as number) > 999 || till < 1)
    return null;
  return { outlet: outletBlock as number, till };
}

const blockPrefix = (block: TillCodeBlock) =>
  `21${String(block.outlet).padStart(3, '0')}${String(block.till).padStart(2, '0')}`;

/** The block's first and last codes as text, for a range query over stored barcodes. */
export function tillCodeRange(block: TillCodeBlock): readonly [string, string] {
  return [`${blockPrefix(block)}000000`, `${blockPrefix(block)}999999`];
}

/** The till block an in-store code of prefix 21 belongs to, or null for any other code. */
export function tillOfArticleCode(code: string): TillCodeBlock | null {
  if (!/^21\d{11}$/.test(code)) return null;
  return { outlet: Number(code.slice(2, 5)), till: Number(code.slice(5, 7)) };
}

/**
 * `count` new codes of the till's block: after the highest code of the block already taken, so
 * none can equal a code the catalog holds. Codes outside the block in `taken` are ignored: other
 * tills, the province (prefix 20) and GS1 codes cannot collide with it.
 */
export function nextTillArticleCodes(block: TillCodeBlock, taken: Iterable<string>, count: number): Gtin[] {
  const prefix = blockPrefix(block);
  let highest = 0;
  for (const code of taken) {
    if (code.length === 13 && code.startsWith(prefix)) highest = Math.max(highest, Number(code.slice(7, 12)));
  }
  if (highest + count > LAST_TILL_SERIAL) throw new RangeError(`In-store codes of till block ${prefix} are used up`);
  return Array.from({ length: count }, (_, i) =>
    withCheckDigit(`${prefix}${String(highest + 1 + i).padStart(5, '0')}`),
  );
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
