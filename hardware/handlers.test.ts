import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '#tests/support/until';
import { rupiah } from '#domain/money';
import { startVirtualPrinter } from '#tests/support/virtual-printer';
import { createHardwareHandlers, type HardwareHandlers } from './handlers';
import type { PrinterConfig } from './printer/printer-config';
import { SAMPLE_OUTLET, sampleSale } from './receipt/sample-sale';
import type { SerialScannerStatus } from './scanner/scanner-settings';
import { openPtyPair } from './virtual-printer/pty-pair';

const receiptRequest = { kind: 'receipt', sale: sampleSale(3), outlet: SAMPLE_OUTLET, reprint: false, asn: null };
const timeouts = { connectMs: 500, replyMs: 300 };

describe('hardware handlers with a printer', () => {
  let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
  let config: PrinterConfig | null;
  let handlers: HardwareHandlers;

  beforeEach(async () => {
    virtual = await startVirtualPrinter(32);
    config = virtual.config;
    handlers = createHardwareHandlers({
      printerConfig: () => config,
      onScan: () => {},
      onScannerStatus: () => {},
      timeouts,
    });
  });
  afterEach(() => virtual.close());

  it('prints a receipt on the configured printer', async () => {
    expect(await handlers.print(receiptRequest)).toMatchObject({ ok: true, status: { state: 'ready' } });
    expect(virtual.printer.jobs[0]!.text).toMatch(/TOTAL +Rp 390\.000/);
  });

  it('refuses an invalid job with the reason and prints nothing', async () => {
    const result = await handlers.print({ ...receiptRequest, sale: { ...receiptRequest.sale, lines: [] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-job' }, status: null });
    expect(result.ok || result.error.message).toContain('Pekerjaan cetak tidak valid: sale.lines');
    expect(virtual.printer.jobs).toHaveLength(0);
  });

  it('says when no printer is set up', async () => {
    config = null;
    expect(await handlers.print(receiptRequest)).toMatchObject({ ok: false, error: { code: 'no-printer' } });
    expect(await handlers.printerStatus()).toMatchObject({ ok: true, value: { state: 'offline' } });
    expect(await handlers.openDrawer()).toMatchObject({ ok: false, error: { code: 'no-printer' } });
  });

  it('reports the printer status', async () => {
    virtual.printer.setState('cover-open');
    expect(await handlers.printerStatus()).toEqual({
      ok: true,
      value: { state: 'cover-open', message: 'Penutup printer terbuka: tutup dulu', reported: true },
    });
  });

  it('kicks the drawer with the full pulse, and says why it cannot while paper is out', async () => {
    expect((await handlers.openDrawer()).ok).toBe(true);
    expect(virtual.printer.drawerKicks).toEqual([{ type: 'drawer', pin: 2, onMs: 50, offMs: 500 }]);
    virtual.printer.setState('paper-out');
    expect(await handlers.openDrawer()).toMatchObject({
      ok: false,
      error: { code: 'printer-not-ready' },
      status: { state: 'paper-out' },
    });
    expect(virtual.printer.drawerKicks).toHaveLength(1);
  });

  it('prints the test page on printer settings that are not saved yet, and explains bad ones', async () => {
    config = null;
    const result = await handlers.testPrinter({ ...virtual.config, columns: 32 });
    expect(result.ok).toBe(true);
    const text = virtual.printer.jobs[0]!.text;
    expect(text).toContain('HALAMAN UJI PRINTER');
    expect(text).toContain('12345678901234567890123456789012');
    expect(text).toContain('LATIHAN');
    const bad = await handlers.testPrinter({
      connection: { type: 'tcp', host: '127.0.0.1', port: 70000 },
      columns: 40,
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok || bad.error.message).toMatch(/Port harus 1–65535.*Lebar kertas harus 32/);
  });

  it('prints product labels with their in-store EAN-13, one cut each', async () => {
    const result = await handlers.print({
      kind: 'labels',
      labels: [
        { name: "Sambal Lu'at Manggarai", price: rupiah(25_000), barcode: '2000000000015', copies: 2 },
        { name: 'Gula Lontar Rote', price: rupiah(30_000), barcode: '2100000000029', copies: 1 },
      ],
    });
    expect(result.ok).toBe(true);
    expect(virtual.printer.jobs.map((j) => j.events.find((e) => e.type === 'barcode'))).toEqual([
      { type: 'barcode', symbology: 'EAN13', data: '2000000000015' },
      { type: 'barcode', symbology: 'EAN13', data: '2000000000015' },
      { type: 'barcode', symbology: 'EAN13', data: '2100000000029' },
    ]);
    expect(virtual.printer.jobs[2]!.text).toContain('Rp 30.000');
  });

  it('refuses labels whose code is not an in-store EAN-13', async () => {
    for (const barcode of ['8991234567890', '2000000000016']) {
      const result = await handlers.print({
        kind: 'labels',
        labels: [{ name: 'Kopi', price: rupiah(1), barcode, copies: 1 }],
      });
      expect(result.ok || result.error.message).toContain('EAN-13 toko (awalan 20–29)');
    }
  });
});

describe('serial scanner handlers', () => {
  it('lists ports, runs a scanner on a pty pair and refuses bad settings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntt-handlers-'));
    const pty = await openPtyPair(join(dir, 'scanner'), join(dir, 'device'));
    const codes: string[] = [];
    const statuses: SerialScannerStatus[] = [];
    const handlers = createHardwareHandlers({
      printerConfig: () => null,
      onScan: (c) => codes.push(c),
      onScannerStatus: (s) => statuses.push(s),
    });
    try {
      const ports = await handlers.listSerialPorts();
      expect(ports.ok && Array.isArray(ports.value)).toBe(true);

      const bad = await handlers.startSerialScanner({ path: pty.app, baudRate: 1234, terminator: 'cr' });
      expect(bad.ok || bad.error.message).toContain('Baud rate harus salah satu dari 9600');

      expect(await handlers.startSerialScanner({ path: pty.app, baudRate: 9600, terminator: 'lf' })).toMatchObject({
        ok: true,
        value: { state: 'connected' },
      });
      const device = new SerialPort({ path: pty.device, baudRate: 9600 });
      await new Promise((resolve) => device.once('open', resolve));
      device.write('2000000000015\n');
      await until(() => codes.length === 1, 'the scanned code');
      expect(codes).toEqual(['2000000000015']);
      await new Promise((resolve) => device.close(resolve));

      expect(await handlers.stopSerialScanner()).toEqual({ ok: true, value: null });
      expect(statuses.map((s) => s.state)).toEqual(['connected', 'stopped']);
    } finally {
      await handlers.stopSerialScanner();
      await pty.close();
    }
  });
});
