/**
 * Finds the Electron binary the `electron` package downloaded, if it did. Read the way the
 * package's own index.js reads it (path.txt, ELECTRON_OVERRIDE_DIST_PATH), but without its
 * fallback of downloading a missing binary, which prints a fetch stack trace where there is no
 * internet: `npm start` explains and falls back to the browser instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** node_modules/electron of this project. */
export function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

export function findElectronBinary(packageDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const path = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    : executable && join(packageDir, 'dist', executable);
  return path && existsSync(path) ? path : null;
}

export const MISSING_ELECTRON_MESSAGE = [
  '',
  'The Electron binary is not on this machine, so the desktop window cannot open (installs with',
  'ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without internet access skip it).',
  '  - To get it: run `node node_modules/electron/install.js` (or `npm install` again) with internet access.',
  '  - Meanwhile the same terminal runs in a browser: starting `npm run start:web` for you now.',
].join('\n');
