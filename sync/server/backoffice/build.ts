/**
 * The back office's built files (dist/backoffice), made by Vite from backoffice/ with
 * vite.backoffice.config.ts. The server builds them on start when they are missing or older than
 * any of their sources, so `npm run server` is all a newcomer runs.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BACKOFFICE_DIST = join(ROOT, 'dist/backoffice');
const CONFIG = join(ROOT, 'vite.backoffice.config.ts');
/** What the bundle is made of: its own folder and the shared code it imports. */
const SOURCES = ['backoffice', 'domain', 'sync/protocol'].map((dir) => join(ROOT, dir));

/**
 * Always React's production build: Vite takes the build's kind from NODE_ENV, which vitest sets
 * to 'test' when a test run's setup builds the back office.
 */
export async function buildBackoffice(): Promise<void> {
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Builds when stale; answers whether it did. */
export async function ensureBackofficeBuild(): Promise<boolean> {
  if (!isStale()) return false;
  await buildBackoffice();
  return true;
}

function isStale(): boolean {
  const index = join(BACKOFFICE_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return [CONFIG, ...SOURCES].some((path) => newestChange(path) > built);
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}
