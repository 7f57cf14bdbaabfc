/**
 * Plain numbered SQL files (migrations/NNN-name.sql), applied at start in order, each in its own
 * transaction and recorded with a checksum in schema_migrations. An advisory lock serialises
 * servers and admin commands starting at the same moment. Shipped files are never edited: a
 * changed checksum stops the start instead of leaving databases that differ silently.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant works: the lock only has to be the same for every process migrating this database. */
const MIGRATION_LOCK = 7_216_001;

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => {
      const match = /^(\d{3})-[a-z0-9-]+\.sql$/.exec(file);
      if (!match) throw new Error(`Migration ${file} must be named NNN-name.sql`);
      const sql = readFileSync(join(dir, file), 'utf8');
      return { version: Number(match[1]), name: file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
  // Numbers are reserved per line of work, so a gap is fine (it fills when that work merges); a
  // number used twice is not.
  migrations.forEach((m, i) => {
    if (i > 0 && m.version === migrations[i - 1]!.version)
      throw new Error(`Migrations ${migrations[i - 1]!.name} and ${m.name} share number ${m.version}`);
  });
  return migrations;
}

/** Applies what is missing; returns the names applied now. */
export async function migrate(db: Database, migrations: readonly Migration[] = loadMigrations()): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.script(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await tx.query<{ name: string; checksum: string }>(
        'SELECT name, checksum FROM schema_migrations WHERE version = $1',
        [migration.version],
      );
      const recorded = rows[0];
      if (recorded) {
        if (recorded.checksum !== migration.checksum) {
          throw new Error(`Migration ${recorded.name} was edited after it was applied; add a new migration instead`);
        }
        return false;
      }
      await tx.script(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  const { rows } = await db.query<{ newest: number | null }>('SELECT max(version) AS newest FROM schema_migrations');
  const known = migrations.at(-1)?.version ?? 0;
  if ((rows[0]?.newest ?? 0) > known) {
    throw new Error(
      `The database has migrations up to ${rows[0]?.newest}, newer than this program (${known}); update it`,
    );
  }
  return applied;
}
