import { describe, expect, it } from 'vitest';
import { parseBarcode, withCheckDigit } from '#domain/catalog/barcode';
import { rupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';
import { useFreshDatabases } from '../db/test-databases';
import { assignInStoreCodes } from './assign-codes';
import { buildCatalogIndex } from './catalog-index';

const freshDb = useFreshDatabases();
const product = (
  id: string,
  barcode: string | null,
  soldBy: Product['soldBy'] = 'unit',
  plu: string | null = null,
): Product => ({
  id,
  barcode: barcode === null ? null : withCheckDigit(barcode),
  plu,
  name: `Produk ${id}`,
  price: rupiah(10_000),
  soldBy,
  supplier: 'UMKM',
  category: 'Umum',
  unit: 'pcs',
  active: true,
});

describe('in-store codes for products without a barcode (real IndexedDB)', () => {
  it('continue after the highest article code in the catalog and make the products scannable', async () => {
    const db = freshDb();
    await db.products.bulkAdd([
      product('gs1', '899512010002'),
      product('a', '200000000041'),
      product('b', '200000000007'),
      product('scale', null, 'weight', '1001'),
      product('tenun', null),
      product('kain', null),
    ]);
    const coded = await assignInStoreCodes(db, ['tenun', 'kain', 'scale', 'a', 'missing']);
    expect(coded.map((p) => [p.id, p.barcode])).toEqual([
      ['tenun', withCheckDigit('200000000042')],
      ['kain', withCheckDigit('200000000043')],
    ]);
    expect((await db.products.get('scale'))?.barcode).toBeNull();
    const catalog = buildCatalogIndex(await db.products.toArray());
    const scan = parseBarcode(withCheckDigit('200000000043'));
    expect(scan.ok && scan.value.kind === 'article' && catalog.byBarcode(scan.value.keys[0]!)?.id).toBe('kain');
  });

  it('never gives one code twice when two assignments run at once', async () => {
    const db = freshDb();
    await db.products.bulkAdd(Array.from({ length: 6 }, (_, i) => product(`p${i}`, null)));
    await Promise.all([assignInStoreCodes(db, ['p0', 'p1', 'p2']), assignInStoreCodes(db, ['p3', 'p4', 'p5'])]);
    const codes = (await db.products.toArray()).map((p) => p.barcode);
    expect(new Set(codes).size).toBe(6);
    expect(codes.every((c) => c !== null && c.startsWith('20'))).toBe(true);
  });
});
