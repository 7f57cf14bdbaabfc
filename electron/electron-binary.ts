/** Finds the Electron binary the `electron` package downloaded, if it did. */
import { existsSync } from 'node:fs';

/**
 * `load` is require('electron') from Node: the binary's path (the package tries to download a
 * missing binary first), or a throw when it could not get one.
 */
export function findElectronBinary(load: () => unknown): string | null {
  try {
    const path = load();
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const MISSING_ELECTRON_MESSAGE = [
  '',
  'The Electron binary is not on this machine and could not be downloaded now, so the desktop',
  'window cannot open (installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without internet skip it).',
  '  - To get it: run `npm install` again with internet access, without ELECTRON_SKIP_BINARY_DOWNLOAD.',
  '  - Meanwhile the same terminal runs in a browser: starting `npm run start:web` for you now.',
].join('\n');
