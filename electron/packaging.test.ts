import { execFile } from 'node:child_process';
import { getCurrentFuseWire, FuseV1Options } from '@electron/fuses';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { startVirtualPrinter } from '#tests/support/virtual-printer';
import { buildPackagingHooks, bundleForMain, MAIN_RUNTIME_MODULES } from './build';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary';
import { FUSES, type PackedApp } from './fuses';
import { PROJECT_ROOT } from './paths';

const builderConfig = () =>
  load(readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

/** The node_modules an exclusion like "!node_modules/!(a|b)/**\/*" keeps, scoped packages spelled out. */
function keptModules(patterns: string[]): string[] {
  const kept = (prefix: string) =>
    patterns.flatMap((p) => new RegExp(`^!node_modules/${prefix}!\\(([^)]*)\\)/`).exec(p)?.[1]?.split('|') ?? []);
  return kept('')
    .flatMap((name) => (name.startsWith('@') ? kept(`${name}/`).map((sub) => `${name}/${sub}`) : [name]))
    .sort();
}

describe('packaging', () => {
  it('builds a Windows NSIS installer and Linux AppImage and deb from the built files', () => {
    const config = builderConfig();
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*']));
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('ships exactly the modules the main bundle loads at run time, and the bundle prints with only those', async () => {
    expect(keptModules(builderConfig().files)).toEqual([...MAIN_RUNTIME_MODULES].sort());
    const dir = mkdtempSync(join(tmpdir(), 'ntt-main-bundle-'));
    await bundleForMain({ host: join(PROJECT_ROOT, 'electron', 'terminal-host.ts') }, dir);
    for (const name of MAIN_RUNTIME_MODULES)
      cpSync(join(PROJECT_ROOT, 'node_modules', name), join(dir, 'node_modules', name), {
        recursive: true,
        dereference: true,
      });
    writeFileSync(
      join(dir, 'run.cjs'),
      `const host = require('./host.cjs').createBridgeHost(process.argv[2], 'electron', 'test');
      (async () => {
        const ports = await host.registry.invoke('serial-list', []);
        const printed = await host.registry.invoke('printer-test', [JSON.parse(process.argv[3])]);
        console.log(JSON.stringify({ ports, printed }));
        await host.close();
      })();`,
    );
    const virtual = await startVirtualPrinter(32);
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [join(dir, 'run.cjs'), join(dir, 'data'), JSON.stringify(virtual.config)],
        { cwd: dir },
      );
      expect(JSON.parse(stdout)).toMatchObject({ ports: { ok: true }, printed: { ok: true, value: { ok: true } } });
      expect(virtual.printer.jobs[0]!.text).toContain('HALAMAN UJI PRINTER');
    } finally {
      await virtual.close();
    }
  });

  it('flips the fuses in the packed binary: no RunAsNode, NODE_OPTIONS or inspect; asar integrity and asar only', async () => {
    expect(builderConfig().afterPack).toBe('./dist/build/after-pack.cjs');
    expect(FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });

    // The hook as electron-builder loads it, on an executable laid out as Electron's (the fuse wire
    // after its sentinel, every fuse at Electron's default), for each platform's file name.
    const dir = mkdtempSync(join(tmpdir(), 'ntt-fuses-'));
    await buildPackagingHooks(join(dir, 'build'));
    const { afterPack } = createRequire(import.meta.url)(join(dir, 'build', 'after-pack.cjs')) as {
      afterPack: (context: PackedApp) => Promise<void>;
    };
    const wire = Buffer.concat([
      Buffer.from('ELF...'),
      Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
      Buffer.from([1, 8]),
      Buffer.from('10110001'),
      Buffer.from('...rest'),
    ]);
    for (const [platform, file] of [
      ['linux', 'ntt-mart-pos'],
      ['win32', 'NTT Mart POS.exe'],
    ] as const) {
      const appOutDir = join(dir, platform);
      mkdirSync(appOutDir);
      writeFileSync(join(appOutDir, file), wire);
      await afterPack({
        appOutDir,
        electronPlatformName: platform,
        packager: { appInfo: { productFilename: 'NTT Mart POS' }, executableName: 'ntt-mart-pos' },
      });
      const fuses = await getCurrentFuseWire(join(appOutDir, file));
      const on = (option: FuseV1Options) => String.fromCharCode(fuses[option] as unknown as number);
      expect(
        [
          FuseV1Options.RunAsNode,
          FuseV1Options.EnableNodeOptionsEnvironmentVariable,
          FuseV1Options.EnableNodeCliInspectArguments,
        ].map(on),
      ).toEqual(['0', '0', '0']);
      expect(
        [
          FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
          FuseV1Options.OnlyLoadAppFromAsar,
          FuseV1Options.EnableCookieEncryption,
        ].map(on),
      ).toEqual(['1', '1', '1']);
    }
  });

  it('falls back when the Electron binary was never downloaded', () => {
    const packageDir = mkdtempSync(join(tmpdir(), 'ntt-electron-package-'));
    expect(findElectronBinary(packageDir, {})).toBeNull();
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary(packageDir, {})).toBeNull();
    mkdirSync(join(packageDir, 'dist'));
    writeFileSync(join(packageDir, 'dist', 'electron'), '');
    expect(findElectronBinary(packageDir, {})).toBe(join(packageDir, 'dist', 'electron'));
    expect(findElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' })).toBeNull();
    expect(MISSING_ELECTRON_MESSAGE).toContain('npm run start:web');
  });

  it('looks for the binary without trying to download it (no fetch stack trace before the explanation)', async () => {
    const script =
      "const m = await import('./electron/electron-binary.ts'); console.log(String(m.findElectronBinary(m.electronPackageDir())));";
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '', ELECTRON_GET_USE_PROXY: '' },
      },
    );
    const expected = existsSync(join(PROJECT_ROOT, 'node_modules', 'electron', 'dist'))
      ? expect.stringMatching(/electron/)
      : 'null';
    expect([stdout.trim(), stderr]).toEqual([expected, '']);
  }, 60_000);
});
