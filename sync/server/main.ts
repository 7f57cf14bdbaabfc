/**
 * `npm run server`: the provincial sync server. PORT (default 8080); DATABASE_URL for PostgreSQL,
 * else an embedded PGlite database under DATA_DIR (default ./data/server); LOG_LEVEL (info).
 */
import { migrate } from './db/migrate';
import { openConfiguredDatabase } from './db/open';
import { createSyncServer } from './http/app';
import { createLogger } from './log';

const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
const port = Number(process.env.PORT ?? 8080);

try {
  const db = await openConfiguredDatabase();
  const applied = await migrate(db);
  log.info({ database: db.kind, applied }, 'database ready');
  const server = await createSyncServer({ db, log });
  server.listen(port, () => log.info({ port }, 'NTT Mart sync server listening'));
  const stop = (signal: string) => {
    log.info({ signal }, 'stopping');
    server.close(() => void db.close().then(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
