import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '#tests/support/server-databases';
import { TABLES_FILE, tableTypesSource } from './table-types';

let test: TestDatabase;
beforeAll(async () => {
  test = await openTestDatabase('pglite');
});
afterAll(() => test.close());

it('tables.ts is what the migrations make (else run `npm run db:types`)', async () => {
  expect(readFileSync(TABLES_FILE, 'utf8')).toBe(await tableTypesSource(test.db));
});
