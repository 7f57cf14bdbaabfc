/**
 * `npm run admin -- COMMAND`: provincial staff's tools (see command-line.ts). With PostgreSQL the
 * command runs on the database; with the embedded database it runs there too, unless the server
 * holds it: then it is sent to that server (routes/admin-command.ts), which runs it the same way.
 */
import { readAdminEndpoint } from '../server/admin-commands/endpoint-file';
import { migrate } from '../server/db/migrate';
import { DataDirInUseError } from '../server/db/pglite';
import { configuredDataDir, openConfiguredDatabase } from '../server/db/open';
import type { AdminRequest, AdminResult } from './admin-request';
import { parseAdminCommand, USAGE, UsageError } from './command-line';
import { runAdminRequest } from './commands';
import { deliverResult, prepareRequest } from './local-files';
import { AdminError } from './output';
import { askSecret } from './pin-prompt';
import { runOnServer } from './server-link';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv.includes('--help')) {
  console.log(USAGE);
  process.exit(argv.length === 0 ? 2 : 0);
}

try {
  const request = await prepareRequest(parseAdminCommand(argv), (kind) => askSecret(kind));
  console.log(await deliverResult(await run(request)));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(
    error instanceof AdminError ? error.message : `Gagal karena kesalahan tak terduga: ${(error as Error).message}`,
  );
  process.exit(1);
}

async function run(request: AdminRequest): Promise<AdminResult> {
  const dataDir = configuredDataDir();
  if (!process.env.DATABASE_URL) {
    const endpoint = await readAdminEndpoint(dataDir);
    if (endpoint) return runOnServer(endpoint, request);
  }
  const db = await openDatabase(dataDir);
  try {
    await migrate(db);
    return await runAdminRequest(db, request);
  } finally {
    await db.close();
  }
}

async function openDatabase(dataDir: string) {
  try {
    return await openConfiguredDatabase();
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new AdminError(
        `Basis data di ${dataDir} sedang dipakai proses ${error.pid}: server yang baru mulai, atau perintah admin lain. Tunggu sebentar lalu coba lagi.`,
      );
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT') {
      throw new AdminError(
        `PostgreSQL di DATABASE_URL tidak bisa dihubungi (${code}). Periksa alamatnya dan apakah PostgreSQL berjalan.`,
      );
    }
    throw error;
  }
}
