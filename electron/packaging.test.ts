import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary';
import { PROJECT_ROOT } from './paths';

describe('packaging', () => {
  it('builds a Windows NSIS installer and Linux AppImage and deb from the built files', () => {
    const config = load(readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*']));
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('falls back when the Electron binary was never downloaded', () => {
    expect(findElectronBinary(() => process.execPath)).toBe(process.execPath);
    expect(findElectronBinary(() => '/nowhere/electron')).toBeNull();
    expect(
      findElectronBinary(() => {
        throw new Error('Electron failed to install correctly');
      }),
    ).toBeNull();
    expect(MISSING_ELECTRON_MESSAGE).toContain('npm run start:web');
  });
});
