/** A tests/bench *.page.ts bundled for the terminal's page (evaluated there through the DevTools protocol). */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function pageBundle(page: URL): Promise<string> {
  const bundle = await build({
    entryPoints: [fileURLToPath(page)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  return bundle.outputFiles[0]!.text;
}
