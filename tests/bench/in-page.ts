/** For the terminal's benchmarks that run inside its page: their *.page.ts bundled for chromium, and percentiles. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The page code as one script, to evaluate through the DevTools protocol (the page's CSP refuses inline scripts). */
export async function pageScript(file: URL): Promise<string> {
  const bundle = await build({
    entryPoints: [fileURLToPath(file)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  return bundle.outputFiles[0]!.text;
}

/** The p-th percentile (0–100) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
