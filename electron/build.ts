/**
 * `npm run build`: the renderer with Vite into dist/renderer, the main process and preload with
 * esbuild into dist/electron (CommonJS, Electron left external).
 */
import { build as esbuild } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { ELECTRON_DIST, PROJECT_ROOT, RENDERER_DIST } from './paths';

export async function buildRenderer(outDir = RENDERER_DIST): Promise<void> {
  await viteBuild({ configFile: join(PROJECT_ROOT, 'vite.renderer.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export async function buildMain(outDir = ELECTRON_DIST): Promise<void> {
  await esbuild({
    entryPoints: { main: join(PROJECT_ROOT, 'electron', 'main.ts'), preload: join(PROJECT_ROOT, 'electron', 'preload.ts') },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await Promise.all([buildRenderer(), buildMain()]);
  console.log(`Built ${RENDERER_DIST} and ${ELECTRON_DIST}`);
}
