/**
 * The Database interface over PGlite: PostgreSQL compiled to WebAssembly, in this process. One
 * connection, so transactions run one after another. A lock file keeps a second process (the
 * admin CLI while the server runs) from opening the same data directory and corrupting it.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { DATE_OID, INT8_OID, parseInt8, type Database, type Queryable } from './database';

/** dataDir undefined: an in-memory database (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const unlock = dataDir === undefined ? () => {} : lockDataDir(dataDir);
  try {
    const db = await PGlite.create({
      ...(dataDir === undefined ? {} : { dataDir }),
      parsers: { [INT8_OID]: parseInt8, [DATE_OID]: (text: string) => text },
    });
    const wrap = (client: PGlite | Transaction): Queryable => ({
      async query<R>(sql: string, params?: readonly unknown[]) {
        const result = await client.query<R>(sql, params as unknown[] | undefined);
        return { rows: result.rows };
      },
      async script(sql: string) {
        await client.exec(sql);
      },
    });
    return {
      kind: 'pglite',
      ...wrap(db),
      transaction: (work) => db.transaction((tx) => work(wrap(tx))),
      async close() {
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

/** Another process (the server, or another admin command) has the data directory open. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`Database ${dataDir} is in use by process ${pid}; stop it first (or use PostgreSQL through DATABASE_URL).`);
  }
}

function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
