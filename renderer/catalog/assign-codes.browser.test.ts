import { describe, expect, it } from 'vitest';
import { parseBarcode, withCheckDigit } from '#domain/catalog/barcode';
import { rupiah } from '#domain/money';
import type { Product } from '#domain/catalog/product';
import { toTerminalId } from '#domain/outlet/terminal';
import { OUTLET_CODE_BLOCK_SETTING } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';
import { useFreshDatabases } from '../db/test-databases';
import { DEMO_IDENTITY } from '../training/demo-outlet';
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

/** Till 2 of the outlet the province numbered 7. */
const till = { ...DEMO_IDENTITY, terminalId: toTerminalId('ende-t02'), training: false };
const enrolledTill = (db: PosDatabase) => db.serverSettings.put({ key: OUTLET_CODE_BLOCK_SETTING, value: 7 });

describe('in-store codes for products without a barcode (real IndexedDB)', () => {
  it("continue after the highest code of this till's block and make the products scannable", async () => {
    const db = freshDb();
    await enrolledTill(db);
    await db.products.bulkAdd([
      product('gs1', '899512010002'),
      product('province', '200000000099'),
      product('other-till', '210070300050'),
      product('a', '210070200041'),
      product('b', '210070200007'),
      product('scale', null, 'weight', '1001'),
      product('tenun', null),
      product('kain', null),
    ]);
    const coded = await assignInStoreCodes(db, till, ['tenun', 'kain', 'scale', 'a', 'missing']);
    expect(coded.map((p) => [p.id, p.barcode])).toEqual([
      ['tenun', withCheckDigit('210070200042')],
      ['kain', withCheckDigit('210070200043')],
    ]);
    expect((await db.products.get('scale'))?.barcode).toBeNull();
    const catalog = buildCatalogIndex(await db.products.toArray());
    const scan = parseBarcode(withCheckDigit('210070200043'));
    expect(scan.ok && scan.value.kind === 'article' && catalog.byBarcode(scan.value.keys[0]!)?.id).toBe('kain');
  });

  it("gives no code before the outlet's number arrived; a training till uses the training block", async () => {
    const db = freshDb();
    await db.products.add(product('tenun', null));
    expect(await assignInStoreCodes(db, till, ['tenun'])).toEqual([]);
    expect((await db.products.get('tenun'))?.barcode).toBeNull();
    expect((await assignInStoreCodes(db, DEMO_IDENTITY, ['tenun']))[0]?.barcode).toBe(withCheckDigit('210000000001'));
  });

  it('never gives one code twice when two assignments run at once', async () => {
    const db = freshDb();
    await enrolledTill(db);
    await db.products.bulkAdd(Array.from({ length: 6 }, (_, i) => product(`p${i}`, null)));
    await Promise.all([
      assignInStoreCodes(db, till, ['p0', 'p1', 'p2']),
      assignInStoreCodes(db, till, ['p3', 'p4', 'p5']),
    ]);
    const codes = (await db.products.toArray()).map((p) => p.barcode);
    expect(new Set(codes).size).toBe(6);
    expect(codes.every((c) => c !== null && c.startsWith('2100702'))).toBe(true);
  });
});
