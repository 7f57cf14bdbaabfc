import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from './renderer-files';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, isAllowedPermission, secureWebPreferences } from './security';

describe('renderer security', () => {
  it('isolates the renderer from Node', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: '/p/preload.cjs',
    });
  });

  it('allows no remote content, inline script or eval', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('denies navigation away from the app and every permission but fullscreen', () => {
    expect(isAllowedNavigation('app://terminal/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
    expect(isAllowedNavigation('not a url')).toBe(false);
    expect(isAllowedPermission('fullscreen')).toBe(true);
    expect(['media', 'geolocation', 'notifications', 'openExternal'].some((p) => isAllowedPermission(p))).toBe(false);
    expect(isAllowedPermission('media', ['video'])).toBe(true);
    expect(isAllowedPermission('media', ['video', 'audio'])).toBe(false);
    expect(isAllowedPermission('media', ['audio'])).toBe(false);
  });

  it('serves files from the renderer folder only, and the page for app routes', () => {
    const root = mkdtempSync(join(tmpdir(), 'ntt-renderer-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), '');
    expect(resolveRendererFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveRendererFile(root, '/penjualan')).toBe(join(root, 'index.html'));
    expect(resolveRendererFile(root, '/assets/missing.js')).toBeNull();
    expect(resolveRendererFile(root, '/../../etc/passwd')).toBeNull();
    expect(resolveRendererFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRendererFile(root, '/%E0%A4%A')).toBeNull();
  });
});
