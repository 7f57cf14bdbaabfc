import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkDigit,
  expandUpcE,
  inStoreArticleCode,
  isInStoreArticle,
  LAST_ARTICLE_SERIAL,
  nextTillArticleCodes,
  normalizeGtin,
  parseBarcode,
  tillCodeBlock,
  tillCodeRange,
  tillOfArticleCode,
  TRAINING_CODE_BLOCK,
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
  it('the province numbers serials within prefix 20, each with a valid check digit', () => {
    expect(inStoreArticleCode(1)).toBe(withCheckDigit('200000000001'));
    expect(inStoreArticleCode(LAST_ARTICLE_SERIAL)).toBe(withCheckDigit('209999999999'));
    expect(parseBarcode(inStoreArticleCode(42))).toMatchObject({ ok: true, value: { kind: 'article' } });
    expect(tillOfArticleCode(inStoreArticleCode(LAST_ARTICLE_SERIAL))).toBeNull();
    expect(() => inStoreArticleCode(0)).toThrow(RangeError);
    expect(() => inStoreArticleCode(LAST_ARTICLE_SERIAL + 1)).toThrow(RangeError);
  });

  it("a till's block comes from its outlet's number and the till's number in its id", () => {
    expect(tillCodeBlock(7, 'ende-t02')).toEqual({ outlet: 7, till: 2 });
    expect(tillCodeBlock(999, 'kupang-t99')).toEqual({ outlet: 999, till: 99 });
    expect(tillCodeBlock(undefined, 'ende-t02')).toBeNull();
    expect(tillCodeBlock(0, 'ende-t02')).toBeNull();
    expect(tillCodeBlock(1000, 'ende-t02')).toBeNull();
    expect(tillCodeBlock(7, 'demo-latihan-1')).toBeNull();
    expect(tillCodeRange({ outlet: 7, till: 2 })).toEqual(['2100702000000', '2100702999999']);
  });

  it('a till mints after the highest code of its own block and ignores every other code', () => {
    const block = { outlet: 7, till: 2 };
    expect(nextTillArticleCodes(block, [], 2)).toEqual([
      withCheckDigit('210070200001'),
      withCheckDigit('210070200002'),
    ]);
    const taken = [
      '8995120100025',
      withCheckDigit('210070200041'),
      withCheckDigit('210070200007'),
      withCheckDigit('210070399999'),
      withCheckDigit('200000000500'),
      '2510010003550',
    ];
    expect(nextTillArticleCodes(block, taken, 1)).toEqual([withCheckDigit('210070200042')]);
    expect(tillOfArticleCode(withCheckDigit('210070200042'))).toEqual(block);
    expect(() => nextTillArticleCodes(block, [withCheckDigit('210070299998')], 2)).toThrow(/used up/);
  });

  it('two tills never mint the same code, nor one the province issues, and each scans as an article', () => {
    const blocks = fc.record({ outlet: fc.integer({ min: 1, max: 999 }), till: fc.integer({ min: 1, max: 99 }) });
    fc.assert(
      fc.property(
        blocks,
        blocks,
        fc.integer({ min: 0, max: 99_000 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: LAST_ARTICLE_SERIAL }),
        (a, b, used, count, serial) => {
          fc.pre(a.outlet !== b.outlet || a.till !== b.till);
          const taken =
            used === 0 ? [] : [withCheckDigit(`${tillCodeRange(a)[0].slice(0, 7)}${String(used).padStart(5, '0')}`)];
          const mine = nextTillArticleCodes(a, taken, count);
          const theirs = nextTillArticleCodes(b, mine, count);
          const all = [...mine, ...theirs, inStoreArticleCode(serial)];
          expect(new Set(all).size).toBe(all.length);
          for (const code of mine) {
            expect(tillOfArticleCode(code)).toEqual(a);
            expect(isInStoreArticle(code)).toBe(true);
            expect(parseBarcode(code)).toEqual({
              ok: true,
              value: { kind: 'article', symbology: 'ean13', keys: [code] },
            });
          }
        },
      ),
    );
    const training = nextTillArticleCodes(TRAINING_CODE_BLOCK, [], 1)[0]!;
    expect(tillCodeBlock(tillOfArticleCode(training)!.outlet, 'x-t01')).toBeNull();
  });
});
