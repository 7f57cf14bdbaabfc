/**
 * `npm run server`: the provincial sync server. PORT (default 8080); DATABASE_URL for PostgreSQL,
 * else an embedded PGlite database under DATA_DIR (default ./data/server); LOG_LEVEL (info).
 * With PGlite it also takes `npm run admin` commands from this machine (routes/admin-command.ts),
 * since no other process may open that database while it runs. It serves the back office's web app
 * at /kantor/, building it first when its build is missing or stale (backoffice/build.ts).
 */
import type { AddressInfo } from 'node:net';
import { newAdminSecret, removeAdminEndpoint, writeAdminEndpoint } from './admin-commands/endpoint-file';
import { ensureBackofficeBuild } from './backoffice/build';
import { migrate } from './db/migrate';
import { configuredDataDir, openConfiguredDatabase } from './db/open';
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
  const db = await openConfiguredDatabase(process.env, {
    onConnectionError: (error) => log.warn({ err: error }, 'database connection lost'),
  });
  const applied = await migrate(db);
  log.info({ database: db.kind, applied }, 'database ready');
  if (await ensureBackofficeBuild()) log.info('back office built (dist/backoffice)');
  const dataDir = db.kind === 'pglite' ? configuredDataDir() : null;
  const adminSecret = dataDir === null ? undefined : newAdminSecret();
  const server = await createSyncServer({ db, log, ...(adminSecret === undefined ? {} : { adminSecret }) });
  server.listen(port, () => {
    log.info({ port }, 'NTT Mart sync server listening');
    if (dataDir !== null) {
      const endpoint = { port: (server.address() as AddressInfo).port, secret: adminSecret!, pid: process.pid };
      writeAdminEndpoint(dataDir, endpoint).catch((error: unknown) =>
        log.error({ err: error }, 'could not write the admin endpoint file'),
      );
    }
  });
  const stop = (signal: string) => {
    log.info({ signal }, 'stopping');
    const closed = dataDir === null ? Promise.resolve() : removeAdminEndpoint(dataDir);
    server.close(() => void closed.then(() => db.close()).then(() => process.exit(0)));
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  log.fatal({ err: error }, 'could not start');
  process.exit(1);
}
