/**
 * `npm run build`: the renderer with Vite into dist/renderer, the main process and preload with
 * esbuild into dist/electron (CommonJS, Electron left external), and electron-builder's hooks into
 * dist/build.
 */
import { build as esbuild } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';
import { ELECTRON_DIST, PACKAGING_DIST, PROJECT_ROOT, RENDERER_DIST } from './paths';

/**
 * Always React's production build: Vite takes the build's kind from NODE_ENV, which vitest sets to
 * 'test', and a renderer built by a test (and then run by a benchmark) was React's development
 * build, several times slower at rendering.
 */
export async function buildRenderer(outDir = RENDERER_DIST): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({
      configFile: join(PROJECT_ROOT, 'vite.renderer.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/**
 * What main.cjs loads from node_modules at run time instead of from its bundle: serialport's native
 * binding, which finds its prebuilt .node file next to its own package, with that package's own
 * dependencies. electron-builder.yml ships exactly these modules beside the bundle.
 */
export const MAIN_EXTERNAL = '@serialport/bindings-cpp';
export const MAIN_RUNTIME_MODULES = [
  '@serialport/bindings-cpp',
  '@serialport/bindings-interface',
  'debug',
  'ms',
  'node-gyp-build',
] as const;

/** Bundles Node entry points the way the main process is built (CommonJS, Electron and the native binding left out). */
export async function bundleForMain(entryPoints: Record<string, string>, outDir: string): Promise<void> {
  await esbuild({
    entryPoints,
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', MAIN_EXTERNAL],
    sourcemap: true,
    logLevel: 'warning',
  });
}

export async function buildMain(outDir = ELECTRON_DIST): Promise<void> {
  await bundleForMain(
    { main: join(PROJECT_ROOT, 'electron', 'main.ts'), preload: join(PROJECT_ROOT, 'electron', 'preload.ts') },
    outDir,
  );
}

/** electron-builder's afterPack hook (fuses.ts), for `npm run dist`; not shipped in the app. */
export async function buildPackagingHooks(outDir = PACKAGING_DIST): Promise<void> {
  await bundleForMain({ 'after-pack': join(PROJECT_ROOT, 'electron', 'fuses.ts') }, outDir);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await Promise.all([buildRenderer(), buildMain(), buildPackagingHooks()]);
  console.log(`Built ${RENDERER_DIST} and ${ELECTRON_DIST}`);
}
