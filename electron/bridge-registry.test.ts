import { describe, expect, it } from 'vitest';
import { CHANNELS } from '#bridge/bridge-contract';
import { ok, problem } from '#domain/result';
import { createBridgeRegistry, createEventHub } from './bridge-registry';
import { DEFAULT_CONFIG } from './config';

describe('bridge registry', () => {
  it('refuses a second handler for a channel and names that are not channels', () => {
    const registry = createBridgeRegistry();
    registry.register('app-info', () => ok({ version: '1', host: 'web', platform: 'linux', userDataDir: '/tmp' }));
    expect(() =>
      registry.register('app-info', () => ok({ version: '2', host: 'web', platform: 'linux', userDataDir: '/tmp' })),
    ).toThrow(/already has a handler/);
    expect(() => registry.register('nope' as never, (() => 1) as never)).toThrow(/not a bridge channel/);
  });

  it('validates arguments before the handler runs', async () => {
    const registry = createBridgeRegistry();
    const seen: unknown[] = [];
    registry.register('config-update', (patch) => {
      seen.push(patch);
      return ok({ ...DEFAULT_CONFIG, kiosk: true });
    });
    const bad = await registry.invoke('config-update', [{ kiosk: 'yes' }]);
    expect(bad).toEqual({ ok: false, error: { code: 'invalid-arguments', message: expect.stringContaining('kiosk') } });
    expect(await registry.invoke('config-update', [{ kiosk: true, extra: 1 }])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(await registry.invoke('config-update', 'not an array')).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
    expect(seen).toEqual([]);
    expect(await registry.invoke('config-update', [{ kiosk: true }])).toEqual({
      ok: true,
      value: { ...DEFAULT_CONFIG, kiosk: true },
    });
    expect(seen).toEqual([{ kiosk: true }]);
  });

  it('answers unknown channels, missing handlers and thrown errors with error values', async () => {
    const registry = createBridgeRegistry();
    registry.register('disk-space', () => problem('disk-unreadable', 'Disk tidak bisa dibaca.'));
    registry.register('config-get', () => {
      throw new TypeError('boom');
    });
    expect(await registry.invoke('__proto__', [])).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await registry.invoke('app-info', [])).toMatchObject({ ok: false, error: { code: 'no-handler' } });
    expect(await registry.invoke('disk-space', [])).toEqual({
      ok: false,
      error: { code: 'disk-unreadable', message: 'Disk tidak bisa dibaca.' },
    });
    expect(await registry.invoke('config-get', [])).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: '"config-get" gagal: boom' },
    });
  });

  it('lists every channel of the contract', () => {
    expect(CHANNELS.sort()).toEqual(
      [
        'app-info',
        'asn-nip-keys',
        'config-get',
        'config-update',
        'disk-space',
        'drawer-open',
        'journal-acknowledge',
        'journal-append',
        'journal-read',
        'printer-print',
        'printer-status',
        'printer-test',
        'scanner-start',
        'scanner-stop',
        'serial-list',
        'sync-connection',
        'sync-enrol',
        'sync-export-write',
        'sync-pull',
        'sync-push',
        'sync-sale',
        'sync-purchase-order',
        'sync-outlet-day',
        'pin-check',
        'pin-demo-hashes',
        'pin-wrap',
      ].sort(),
    );
  });

  it('delivers events to subscribers until they leave', () => {
    const hub = createEventHub();
    const got: unknown[] = [];
    const leave = hub.subscribe((event, payload) => got.push([event, payload]));
    hub.emit('scanner-scan', '8995120100025');
    leave();
    hub.emit('scanner-scan', '8995120100032');
    expect(got).toEqual([['scanner-scan', '8995120100025']]);
  });
});
