import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { insertRows, type Insertable } from './insert-rows';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase('pglite');
});
afterAll(() => test.close());

const supplier: Insertable<'suppliers'> = {
  name: 'UMKM Kopi Bajawa',
  nib: null,
  bank_name: null,
  bank_account: null,
  bank_holder: null,
};

it('writes several tables in one statement, parents first, leaving defaulted columns to the database', async () => {
  await insertRows(test.db, {
    suppliers: [supplier],
    products: [
      {
        id: 'p1',
        natural_key: 'kopi-250',
        barcode: null,
        plu: null,
        name: 'Kopi Bajawa 250 g',
        price: 45_000,
        sold_by: 'unit',
        supplier_id: null,
        category: 'Minuman',
        unit: 'pcs',
        minimum_stock: null,
      },
    ],
    seq_gaps: [],
  });
  const { rows } = await test.db.query('SELECT p.name, p.active, s.name AS supplier FROM products p, suppliers s');
  expect(rows).toEqual([{ name: 'Kopi Bajawa 250 g', active: true, supplier: 'UMKM Kopi Bajawa' }]);
});

it('refuses, at the typecheck, columns the table does not have or of another type', () => {
  // @ts-expect-error: a column the table does not have (a renamed one).
  const renamed: Insertable<'suppliers'> = { ...supplier, supplier_name: 'x' };
  // @ts-expect-error: a required column left out.
  const missing: Insertable<'seq_gaps'> = { terminal_id: 't01', from_seq: 1 };
  // @ts-expect-error: text where the column is bigint.
  const mistyped: Insertable<'seq_gaps'> = { terminal_id: 't01', from_seq: 1, to_seq: '2' };
  // @ts-expect-error: a column the database always computes.
  const generated: Insertable<'suppliers'> = { ...supplier, id: 1 };
  // @ts-expect-error: a table the migrations do not make.
  const unknownTable = () => insertRows(test.db, { supplier: [supplier] });
  expect([renamed, missing, mistyped, generated, unknownTable]).toHaveLength(5);
});
