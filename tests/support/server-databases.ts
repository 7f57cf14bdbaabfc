/**
 * Databases for server tests and benchmarks: real PostgreSQL (DATABASE_URL, else the local test
 * database) in a fresh schema per call, so test files run in parallel and leave nothing behind,
 * and an in-memory PGlite. Both are migrated unless asked otherwise.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '#sync/server/db/database';
import { migrate } from '#sync/server/db/migrate';
import { openPglite } from '#sync/server/db/pglite';
import { openPostgres } from '#sync/server/db/postgres';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const DATABASE_KINDS = ['postgres', 'pglite'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

export interface TestDatabase {
  db: Database;
  /** For postgres: a connection string that lands in the same schema (for a second pool). */
  url: string | null;
  close(): Promise<void>;
}

export async function openTestDatabase(
  kind: DatabaseKind,
  options: { migrated?: boolean; poolSize?: number } = {},
): Promise<TestDatabase> {
  let test: TestDatabase;
  if (kind === 'pglite') {
    const db = await openPglite();
    test = { db, url: null, close: () => db.close() };
  } else {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE SCHEMA ${schema}`);
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const db = openPostgres(url.toString(), { max: options.poolSize ?? 5 });
    test = {
      db,
      url: url.toString(),
      async close() {
        await db.close();
        await adminQuery(`DROP SCHEMA ${schema} CASCADE`);
      },
    };
  }
  if (options.migrated !== false) await migrate(test.db);
  return test;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
