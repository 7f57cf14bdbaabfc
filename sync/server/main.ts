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

// A server that dies says why: whatever escapes every handler is logged before the process ends.
process.on('uncaughtException', (error, origin) => {
  log.fatal({ err: error, origin }, 'uncaught exception; exiting');
  process.exit(1);
});
process.on('unhandledRejection', (reason) => {
  log.fatal({ err: reason }, 'unhandled promise rejection; exiting');
  process.exit(1);
});
process.on('exit', (code) => log.info({ code }, 'exit'));

try {
  const db = await openConfiguredDatabase(process.env, { onConnectionError: (error) => log.warn({ err: error }, 'database connection lost') });
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
