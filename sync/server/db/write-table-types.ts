/** `npm run db:types`: applies the migrations to an in-memory PGlite and writes tables.ts from it. */
import { writeFileSync } from 'node:fs';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { TABLES_FILE, tableTypesSource } from './table-types';

const db = await openPglite();
try {
  await migrate(db);
  writeFileSync(TABLES_FILE, await tableTypesSource(db));
  console.log(`wrote ${TABLES_FILE.pathname}`);
} finally {
  await db.close();
}
