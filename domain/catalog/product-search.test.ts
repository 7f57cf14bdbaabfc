import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '#renderer/training/demo-catalog';
import { createSearchIndex, normalizeSearchText, searchProducts } from './product-search';

const index = createSearchIndex(DEMO_CATALOG);
const names = (query: string, limit?: number) => searchProducts(index, query, limit).map((p) => p.name);

describe('product search', () => {
  it('ignores case, diacritics and apostrophes', () => {
    expect(normalizeSearchText("SE'I Sapí  Vakum")).toBe('sei sapi vakum');
    expect(names('sei sapi')[0]).toMatch(/^Se'i Sapi/);
    expect(names('LU’AT')).toContain("Sambal Lu'at 100 g");
    expect(names('kópi bájawa').length).toBeGreaterThan(3);
  });

  it('needs every typed word and ranks name starts first', () => {
    const hits = names('kopi baj');
    const inName = (n: string) => /kopi/i.test(n) && /baj/i.test(n);
    // Name matches first, then products matched through their producer (Koperasi Kopi Bajawa).
    expect(hits.findIndex((n) => !inName(n))).toBe(hits.filter(inName).length);
    expect(hits.at(-1)).toMatch(/^Kopi Robusta Ngada/);
    expect(names('madu')[0]).toMatch(/^Madu/);
    expect(names('tenun kopi')).toEqual([]);
  });

  it('finds a product by its barcode or PLU, exact code first', () => {
    const kopi = DEMO_CATALOG.find((p) => p.barcode?.startsWith('899'))!;
    expect(searchProducts(index, kopi.barcode!)[0]).toBe(kopi);
    expect(searchProducts(index, '1001')[0]!.plu).toBe('1001');
  });

  it('matches the producer too, and returns nothing for nothing', () => {
    const watublapi = searchProducts(index, 'watublapi');
    expect(watublapi.length).toBeGreaterThan(3);
    expect(watublapi.every((p) => p.supplier.includes('Watublapi'))).toBe(true);
    expect(names('   ')).toEqual([]);
    expect(names('tenun', 5)).toHaveLength(5);
  });

  it('forgives one typing slip per word in words of five letters or more', () => {
    const bajawa = names('kopi bajwa');
    expect(bajawa.slice(0, 8).every((n) => /^Kopi .*Bajawa/.test(n))).toBe(true);
    expect(bajawa).toContain('Kopi Arabika Bajawa Bubuk 250 g');
    expect(names('kopi arabka bajawa')[0]).toMatch(/^Kopi Arabika Bajawa/);
    expect(names('madu hutna')[0]).toMatch(/^Madu Hutan/); // two letters swapped
    expect(names('kopi arabiika')[0]).toMatch(/^Kopi Arabika/); // a letter too many
    expect(names('kopi bjw')).toEqual([]); // two slips, and a short word gets none
  });

  it('finds common Indonesian spelling variants', () => {
    expect(names('coklat')[0]).toMatch(/^Cokelat/);
    expect(names('tjokelat')[0]).toMatch(/^Cokelat/);
    expect(names('kopinya bajawa')[0]).toMatch(/^Kopi/);
    expect(names('madoe')[0]).toMatch(/^Madu/);
  });

  it('ranks an exact word above a prefix, a prefix above a variant, a variant above a slip', () => {
    const catalog = ['Cokelat Batang', 'Cokelatos Manis', 'Coklat Ende', 'Cokelar Alor'].map((name, i) => ({
      ...DEMO_CATALOG[0]!,
      id: `p${i}`,
      barcode: null,
      plu: null,
      name,
      supplier: 'UMKM',
      category: 'Kue',
    }));
    expect(searchProducts(createSearchIndex(catalog), 'cokelat').map((p) => p.name)).toEqual([
      'Cokelat Batang',
      'Cokelatos Manis',
      'Coklat Ende',
      'Cokelar Alor',
    ]);
  });

  it('keeps the same best hits whatever the limit', () => {
    const fragments = [
      'k',
      'ko',
      'kopi',
      'madu',
      'a',
      'e',
      'sei',
      'ten',
      'sambal',
      '250',
      'sumba',
      'kacang mete',
      'i',
      'ba',
      'coklat',
      'kopi bajwa',
      'madoe',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...fragments), fc.integer({ min: 1, max: 30 }), (query, limit) => {
        expect(searchProducts(index, query, limit)).toEqual(searchProducts(index, query, 1000).slice(0, limit));
      }),
    );
  });

  it('answers as a scan of every word and product would, words typed before or not', () => {
    // Article numbers in names make most of a big catalog's words digits only, as in the benchmark's.
    const catalog = [
      ...DEMO_CATALOG,
      ...DEMO_CATALOG.map((p, i) => ({ ...p, id: `n${i}`, barcode: null, name: `${p.name} #${1000 + i}` })),
    ];
    const fast = createSearchIndex(catalog);
    const everything = () => ({
      ...fast,
      lettered: Int32Array.from(fast.words.keys()),
      digitCodes: false,
      recent: new Map(),
    });
    const pieces = [
      'k',
      'kopi',
      'bajwa',
      'madoe',
      '250',
      '100',
      '#10',
      '1001',
      'a1',
      'sei',
      'ka',
      'coklat',
      'tenun',
      '8991',
      'sumba',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }), (words) => {
        const query = words.join(' ');
        expect(searchProducts(fast, query, 1000)).toEqual(searchProducts(everything(), query, 1000));
      }),
    );
  });

  it('finds a product by a code that is not all digits', () => {
    const odd = {
      ...DEMO_CATALOG[0]!,
      id: 'odd',
      barcode: null,
      plu: 'zqxw',
      name: 'Kue Rambut',
      supplier: 'UMKM',
      category: 'Kue',
    };
    expect(searchProducts(createSearchIndex([...DEMO_CATALOG, odd]), 'zqxw')[0]).toBe(odd);
  });
});
