/**
 * vitest globalSetup: end-to-end tests run against a fresh build of the renderer, made once per
 * run, and of the back office when stale (made here, so server processes started in parallel do
 * not each build it).
 */
import { buildRenderer } from '#electron/build';
import { ensureBackofficeBuild } from '#sync/server/backoffice/build';

export default async function setup(): Promise<void> {
  await buildRenderer();
  await ensureBackofficeBuild();
}
