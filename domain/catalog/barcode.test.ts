import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkDigit,
  expandUpcE,
  inStoreArticleCode,
  isInStoreArticle,
  LAST_ARTICLE_SERIAL,
  nextInStoreArticleCodes,
  normalizeGtin,
  parseBarcode,
  withCheckDigit,
} from './barcode';

describe('check digits', () => {
  it('match published codes', () => {
    expect(checkDigit('899100010001')).toBe(7);
    expect(checkDigit('978020137962')).toBe(4);
    expect(withCheckDigit('400638133393')).toBe('4006381333931');
    expect(withCheckDigit('9638507')).toBe('96385074');
    expect(normalizeGtin('036000291452')).toBe('0036000291452');
    expect(normalizeGtin('036000291453')).toBeNull();
  });

  it('catch every single-digit error', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.nat(12),
        fc.integer({ min: 1, max: 9 }),
        (body, position, delta) => {
          const code = withCheckDigit(body);
          const wrong = code.slice(0, position) + ((Number(code[position]) + delta) % 10) + code.slice(position + 1);
          expect(parseBarcode(wrong).ok).toBe(false);
        },
      ),
    );
  });
});

describe('parseBarcode', () => {
  it('reads EAN-13, UPC-A, EAN-8 and UPC-E as articles', () => {
    expect(parseBarcode('4006381333931')).toEqual({
      ok: true,
      value: { kind: 'article', symbology: 'ean13', keys: ['4006381333931'] },
    });
    expect(parseBarcode('036000291452')).toEqual({
      ok: true,
      value: { kind: 'article', symbology: 'upca', keys: ['0036000291452'] },
    });
    expect(parseBarcode('96385074')).toMatchObject({ ok: true, value: { symbology: 'ean8', keys: ['96385074'] } });
    // UPC-E 04252614 expands to UPC-A 042100005264.
    expect(expandUpcE('04252614')).toBe('042100005264');
    expect(parseBarcode('04252614')).toMatchObject({ ok: true, value: { symbology: 'upce', keys: ['0042100005264'] } });
  });

  it('reads price- and weight-embedded in-store codes', () => {
    expect(parseBarcode(withCheckDigit('220123025000'))).toMatchObject({
      ok: true,
      value: { kind: 'price-embedded', plu: '0123', price: 25_000 },
    });
    expect(parseBarcode(withCheckDigit('250042001255'))).toMatchObject({
      ok: true,
      value: { kind: 'weight-embedded', plu: '0042', grams: 1_255 },
    });
    expect(parseBarcode(withCheckDigit('200000000123'))).toMatchObject({
      ok: true,
      value: { kind: 'article', keys: ['2000000001234'] },
    });
  });

  it('explains what is wrong, in Indonesian', () => {
    expect(parseBarcode('4006381333932')).toEqual({
      ok: false,
      error: { code: 'barcode-check-digit', message: expect.stringContaining('digit pemeriksa salah') },
    });
    expect(parseBarcode('12345')).toEqual({
      ok: false,
      error: { code: 'barcode-length', message: expect.stringContaining('panjangnya 5 digit') },
    });
    expect(parseBarcode('40063A1333931')).toEqual({
      ok: false,
      error: { code: 'barcode-not-digits', message: expect.stringContaining('hanya boleh berisi angka') },
    });
    expect(parseBarcode(withCheckDigit('250042000000'))).toEqual({
      ok: false,
      error: { code: 'barcode-zero-weight', message: expect.stringContaining('0 gram') },
    });
  });
});

describe('in-store article codes for products without a barcode', () => {
  it('number serials from the first article body to the last, each with a valid check digit', () => {
    expect(inStoreArticleCode(1)).toBe(withCheckDigit('200000000001'));
    expect(inStoreArticleCode(LAST_ARTICLE_SERIAL)).toBe(withCheckDigit('219999999999'));
    expect(parseBarcode(inStoreArticleCode(42))).toMatchObject({ ok: true, value: { kind: 'article' } });
    expect(() => inStoreArticleCode(0)).toThrow(RangeError);
    expect(() => inStoreArticleCode(LAST_ARTICLE_SERIAL + 1)).toThrow(RangeError);
  });

  it('continue after the highest article code taken and ignore other codes', () => {
    expect(nextInStoreArticleCodes([], 2)).toEqual([withCheckDigit('200000000001'), withCheckDigit('200000000002')]);
    const taken = [
      '8995120100025',
      withCheckDigit('200000000107'),
      withCheckDigit('200000000042'),
      '2510010003550',
      withCheckDigit('290000000000'),
    ];
    expect(nextInStoreArticleCodes(taken, 1)).toEqual([withCheckDigit('200000000108')]);
    expect(nextInStoreArticleCodes([withCheckDigit('209999999999')], 1)).toEqual([withCheckDigit('210000000000')]);
    expect(() => nextInStoreArticleCodes([withCheckDigit('219999999998')], 2)).toThrow(/used up/);
  });

  it('never give a code that is taken, and each is a valid in-store article scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 200_000_000_001, max: 219_999_999_000 }).map((n) => withCheckDigit(String(n)))),
        fc.integer({ min: 1, max: 20 }),
        (taken, count) => {
          const codes = nextInStoreArticleCodes(taken, count);
          expect(new Set([...codes, ...taken]).size).toBe(new Set(taken).size + count);
          for (const code of codes) {
            expect(isInStoreArticle(code)).toBe(true);
            expect(parseBarcode(code)).toEqual({
              ok: true,
              value: { kind: 'article', symbology: 'ean13', keys: [code] },
            });
          }
        },
      ),
    );
  });
});
