/**
 * The hardware channels as the renderer reaches them: through the host's registry (argument checks
 * included) to a virtual printer over TCP and a serial scanner on a socat pty pair, with the printer
 * taken from the terminal's config in the user data folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_OUTLET, sampleSale } from '#hardware/receipt/sample-sale';
import { DeviceTransport } from '#hardware/printer/device-transport';
import { openPtyPair } from '#hardware/virtual-printer/pty-pair';
import { until } from '#tests/support/until';
import { startVirtualPrinter } from '#tests/support/virtual-printer';
import { configPath } from './config';
import { createBridgeHost, type BridgeHost } from './terminal-host';

const receipt = { kind: 'receipt', sale: sampleSale(3), outlet: SAMPLE_OUTLET, reprint: false, asn: null };
const tempDir = () => mkdtempSync(join(tmpdir(), 'ntt-pos-hw-'));

describe('printer channels', () => {
  let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
  let dir: string;
  let host: BridgeHost;

  beforeEach(async () => {
    virtual = await startVirtualPrinter(32);
    dir = tempDir();
    host = createBridgeHost(dir, 'web', 'test');
  });
  afterEach(async () => {
    await host.close();
    await virtual.close();
  });

  it('say there is no printer until one is saved, then print on the saved one', async () => {
    const { registry } = host;
    expect(await registry.invoke('printer-status', [])).toMatchObject({
      ok: true,
      value: { state: 'offline', message: expect.stringContaining('printer belum diatur') },
    });
    expect(await registry.invoke('printer-print', [receipt])).toMatchObject({
      ok: true,
      value: { ok: false, error: { code: 'no-printer', message: expect.stringContaining('Pengaturan') } },
    });

    expect(
      await registry.invoke('config-update', [{ printer: { connection: virtual.config.connection, columns: 32 } }]),
    ).toMatchObject({ ok: true, value: { printer: virtual.config } });
    expect(await registry.invoke('printer-print', [receipt])).toMatchObject({
      ok: true,
      value: { ok: true, status: { state: 'ready' } },
    });
    expect(virtual.printer.jobs[0]!.text).toMatch(/TOTAL +Rp 390\.000/);
    // Saved in the user data folder: a restarted host prints to the same printer.
    expect(JSON.parse(readFileSync(configPath(dir), 'utf8')).printer).toEqual(virtual.config);
    const restarted = createBridgeHost(dir, 'web', 'test');
    expect(await restarted.registry.invoke('printer-status', [])).toEqual({
      ok: true,
      value: { state: 'ready', message: 'Printer siap', reported: true },
    });
    await restarted.close();
  });

  it('report paper out with the job refused, and kick the drawer only when it can', async () => {
    const { registry } = host;
    await registry.invoke('config-update', [{ printer: virtual.config }]);
    virtual.printer.setState('paper-out');
    expect(await registry.invoke('printer-status', [])).toMatchObject({ ok: true, value: { state: 'paper-out' } });
    expect(await registry.invoke('printer-print', [receipt])).toMatchObject({
      ok: true,
      value: { ok: false, error: { code: 'printer-not-ready' }, status: { state: 'paper-out' } },
    });
    expect(await registry.invoke('drawer-open', [])).toMatchObject({
      ok: true,
      value: { ok: false, status: { state: 'paper-out' } },
    });
    virtual.printer.setState('ready');
    expect(await registry.invoke('drawer-open', [])).toMatchObject({ ok: true, value: { ok: true } });
    expect(virtual.printer.drawerKicks).toEqual([{ type: 'drawer', pin: 2, onMs: 50, offMs: 500 }]);
    expect(virtual.printer.jobs).toHaveLength(0);
  });

  it('print the test page on unsaved settings and refuse bad settings and jobs with the reason', async () => {
    const { registry } = host;
    expect(
      await registry.invoke('printer-test', [{ connection: virtual.config.connection, columns: 48 }]),
    ).toMatchObject({ ok: true, value: { ok: true } });
    expect(virtual.printer.jobs[0]!.text).toContain('HALAMAN UJI PRINTER');
    expect(host.config.current().printer).toBeNull();

    const badPort = await registry.invoke('config-update', [
      { printer: { connection: { type: 'tcp', host: '127.0.0.1', port: 70000 }, columns: 32 } },
    ]);
    expect(badPort).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments', message: expect.stringContaining('Port harus 1–65535') },
    });
    const badWidth = await registry.invoke('printer-test', [
      { connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 4800, flowControl: 'none' }, columns: 40 },
    ]);
    expect(badWidth).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Baud rate harus salah satu dari 9600.*Lebar kertas harus 32/) },
    });
    const emptyJob = await registry.invoke('printer-print', [{ ...receipt, sale: { ...receipt.sale, lines: [] } }]);
    expect(emptyJob).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(host.config.current().printer).toBeNull();
    expect(virtual.printer.jobs).toHaveLength(1);
  });
});

describe('printer device paths through the bridge', () => {
  it('refuse an ordinary file as the printer, so no receipt is ever appended to it', async () => {
    const dir = tempDir();
    const profile = join(dir, '.bashrc');
    writeFileSync(profile, 'export PATH\n');
    const host = createBridgeHost(join(dir, 'data'), 'web', 'test');
    try {
      const asDevice = { connection: { type: 'device', path: profile }, columns: 32 };
      expect(await host.registry.invoke('config-update', [{ printer: asDevice }])).toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments', message: expect.stringContaining('Path printer harus perangkat printer') },
      });
      expect(await host.registry.invoke('printer-test', [asDevice])).toMatchObject({
        ok: false,
        error: { message: expect.stringContaining('Path printer harus perangkat printer') },
      });
      expect(host.config.current().printer).toBeNull();
      // Should a file sit where a device is expected, the transport still will not append to it.
      await expect(new DeviceTransport(profile).open()).rejects.toThrow(/bukan perangkat printer/);
      expect(readFileSync(profile, 'utf8')).toBe('export PATH\n');
    } finally {
      await host.close();
    }
  });
});

describe('serial scanner channels', () => {
  it('list ports, push scans and status as events, and let go of the port on close', async () => {
    const dir = tempDir();
    const pty = await openPtyPair(join(dir, 'scanner'), join(dir, 'device'));
    const host = createBridgeHost(join(dir, 'data'), 'web', 'test');
    const events: Array<[string, unknown]> = [];
    host.events.subscribe((event, payload) => events.push([event, payload]));
    try {
      expect(await host.registry.invoke('serial-list', [])).toMatchObject({ ok: true, value: expect.any(Array) });
      const bad = await host.registry.invoke('scanner-start', [
        { path: pty.app, baudRate: 9600, terminator: 'semicolon' },
      ]);
      expect(bad).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-arguments',
          message: expect.stringContaining('Akhiran kode harus cr, lf, crlf atau tab'),
        },
      });

      expect(
        await host.registry.invoke('scanner-start', [{ path: pty.app, baudRate: 9600, terminator: 'cr' }]),
      ).toMatchObject({ ok: true, value: { state: 'connected', path: pty.app } });
      const device = new SerialPort({ path: pty.device, baudRate: 9600 });
      await new Promise((resolve) => device.once('open', resolve));
      device.write('8995120100025\r');
      await until(() => events.some(([name]) => name === 'scanner-scan'), 'the scan event');
      await new Promise((resolve) => device.close(resolve));
      await host.close();
      expect(events).toEqual([
        ['scanner-status', expect.objectContaining({ state: 'connected' })],
        ['scanner-scan', '8995120100025'],
        ['scanner-status', expect.objectContaining({ state: 'stopped' })],
      ]);
    } finally {
      await host.close();
      await pty.close();
    }
  });
});
