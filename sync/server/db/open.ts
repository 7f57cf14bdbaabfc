/** The server's and admin CLI's database: PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR. */
import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres, type PostgresOptions } from './postgres';

export const DEFAULT_DATA_DIR = './data/server';

export async function openConfiguredDatabase(
  env: NodeJS.ProcessEnv = process.env,
  options: Pick<PostgresOptions, 'onConnectionError'> = {},
): Promise<Database> {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL, options) : openPglite(configuredDataDir(env));
}

/** Where the embedded database lives (used when DATABASE_URL is unset). */
export function configuredDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR ?? DEFAULT_DATA_DIR;
}
