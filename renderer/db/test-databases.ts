/** For browser tests: a fresh, uniquely named terminal database per test, deleted afterwards. */
import { afterEach } from 'vitest';
import { PosDatabase } from './database';

export function useFreshDatabases(): () => PosDatabase {
  const open: PosDatabase[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.delete();
  });
  return () => {
    const db = new PosDatabase(`test-${crypto.randomUUID()}`);
    open.push(db);
    return db;
  };
}
