import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type DiskSpace } from '#bridge/bridge-contract';
import { configPath, DEFAULT_CONFIG, loadConfig } from './config';
import { createBridgeHost } from './terminal-host';
import type { Result } from '#domain/result';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ntt-pos-'));

describe('config in the user data folder', () => {
  it('starts from the defaults and keeps what was updated', async () => {
    const dir = tempDir();
    const { registry, events } = createBridgeHost(dir, 'web', '1.2.3');
    const seen: unknown[] = [];
    events.subscribe((event, payload) => seen.push([event, payload]));
    expect(await registry.invoke('config-get', [])).toEqual({ ok: true, value: DEFAULT_CONFIG });
    expect(await registry.invoke('config-update', [{ kiosk: true }])).toEqual({
      ok: true,
      value: { ...DEFAULT_CONFIG, kiosk: true },
    });
    expect(JSON.parse(readFileSync(configPath(dir), 'utf8'))).toEqual({ ...DEFAULT_CONFIG, kiosk: true });
    expect(loadConfig(dir)).toEqual({ ...DEFAULT_CONFIG, kiosk: true });
    expect(seen).toEqual([['config-changed', { ...DEFAULT_CONFIG, kiosk: true }]]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps a broken file aside and carries on with the defaults', async () => {
    const dir = tempDir();
    writeFileSync(configPath(dir), '{"kiosk": tru');
    expect(loadConfig(dir)).toEqual(DEFAULT_CONFIG);
    expect(existsSync(configPath(dir))).toBe(false);
    const kept = readdirSync(dir).filter((f) => f.startsWith('config.json.bad-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"kiosk": tru');
  });

  it('reads a file written before printers and scanners were set up, filling in their defaults', () => {
    const dir = tempDir();
    writeFileSync(configPath(dir), JSON.stringify({ kiosk: true, fullscreen: true, lowDiskMb: 800 }));
    expect(loadConfig(dir)).toEqual({ ...DEFAULT_CONFIG, kiosk: true, fullscreen: true, lowDiskMb: 800 });
  });

  it('reports the app and the free disk space of the data folder', async () => {
    const dir = join(tempDir(), 'nested');
    const { registry } = createBridgeHost(dir, 'electron', '1.2.3');
    expect(await registry.invoke('app-info', [])).toEqual({
      ok: true,
      value: { version: '1.2.3', host: 'electron', platform: process.platform, userDataDir: dir },
    });
    const disk = (await registry.invoke('disk-space', [])) as Result<DiskSpace>;
    expect(disk.ok && disk.value.freeBytes > 0 && disk.value.totalBytes >= disk.value.freeBytes).toBe(true);
  });

  it('registers a handler for every channel', () => {
    const { registry } = createBridgeHost(tempDir(), 'web', '0');
    expect(registry.registered().sort()).toEqual([...CHANNELS].sort());
  });
});
