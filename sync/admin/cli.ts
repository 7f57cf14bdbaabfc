/** `npm run admin -- COMMAND`: provincial staff's tools, on the server's database (see commands.ts). */
import { migrate } from '../server/db/migrate';
import { openConfiguredDatabase } from '../server/db/open';
import { runAdminCommand, USAGE, UsageError } from './commands';
import { AdminError } from './output';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv.includes('--help')) {
  console.log(USAGE);
  process.exit(argv.length === 0 ? 2 : 0);
}

try {
  const db = await openConfiguredDatabase();
  try {
    await migrate(db);
    console.log(await runAdminCommand(db, argv));
  } finally {
    await db.close();
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof AdminError ? error.message : `Gagal: ${(error as Error).message}`);
  process.exit(1);
}
