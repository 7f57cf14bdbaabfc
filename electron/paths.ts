/** Where the repository's pieces are, for the Node scripts that build and start the terminal. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_DIST = join(PROJECT_ROOT, 'dist', 'renderer');
export const ELECTRON_DIST = join(PROJECT_ROOT, 'dist', 'electron');
export const PACKAGING_DIST = join(PROJECT_ROOT, 'dist', 'build');
/** The web host's settings folder (the browser keeps the sales themselves in its IndexedDB). */
export const WEB_DATA_DIR = process.env.NTT_MART_DATA ?? join(PROJECT_ROOT, 'data', 'web');

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
