/** vitest globalSetup: end-to-end tests run against a fresh build of the renderer, made once per run. */
import { buildRenderer } from '#electron/build';

export default async function setup(): Promise<void> {
  await buildRenderer();
}
