import { describe, expect, it } from 'vitest';
import { parsePrinterUri, printerConfigSchema } from './printer-config';
import { transportFor } from './transport-for';

describe('parsePrinterUri', () => {
  it('reads network, serial and device printers', () => {
    expect(parsePrinterUri('tcp://192.168.1.50:9100')).toEqual({
      ok: true,
      value: { type: 'tcp', host: '192.168.1.50', port: 9100 },
    });
    expect(parsePrinterUri('tcp://printer.local')).toEqual({
      ok: true,
      value: { type: 'tcp', host: 'printer.local', port: 9100 },
    });
    expect(parsePrinterUri('serial:/dev/ttyUSB0?baud=19200&flow=rts-cts')).toEqual({
      ok: true,
      value: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 19200, flowControl: 'rts-cts' },
    });
    expect(parsePrinterUri('serial:COM3')).toEqual({
      ok: true,
      value: { type: 'serial', path: 'COM3', baudRate: 9600, flowControl: 'none' },
    });
    expect(parsePrinterUri('/dev/usb/lp0')).toEqual({ ok: true, value: { type: 'device', path: '/dev/usb/lp0' } });
    expect(parsePrinterUri('\\\\localhost\\PrinterShare')).toEqual({
      ok: true,
      value: { type: 'device', path: '\\\\localhost\\PrinterShare' },
    });
  });

  it('explains what is wrong in Bahasa Indonesia', () => {
    expect(parsePrinterUri('tcp://10.0.0.5:99999')).toEqual({
      ok: false,
      error: { code: 'printer-address-invalid', message: 'Port harus 1–65535' },
    });
    expect(parsePrinterUri('tcp:/10.0.0.5')).toMatchObject({
      ok: false,
      error: { code: 'printer-address-invalid', message: expect.stringContaining('contoh tcp://192.168.1.50:9100') },
    });
    expect(parsePrinterUri('serial:/dev/ttyS0?baud=4800')).toMatchObject({
      ok: false,
      error: {
        code: 'printer-address-invalid',
        message: expect.stringContaining('Baud rate harus salah satu dari 9600'),
      },
    });
    expect(parsePrinterUri('serial:/dev/ttyS0?flow=hardware')).toMatchObject({
      ok: false,
      error: { code: 'printer-address-invalid', message: expect.stringContaining('Kontrol alur') },
    });
    expect(parsePrinterUri('  ')).toEqual({
      ok: false,
      error: { code: 'printer-address-empty', message: 'Alamat printer kosong' },
    });
  });
});

describe('printer device paths', () => {
  it('accepts only printer devices: USB line printers, serial ttys, COM ports and Windows shares', () => {
    for (const path of [
      '/dev/usb/lp0',
      '/dev/usb/lp12',
      '/dev/ttyUSB0',
      '/dev/ttyS1',
      '/dev/ttyACM0',
      '/dev/serial/by-id/usb-EPSON_TM-T82-if00',
      'COM3',
      'com12',
      '\\\\.\\COM10',
      '\\\\localhost\\PrinterShare',
      '\\\\kasir-1\\EPSON TM-T82',
    ]) {
      expect(parsePrinterUri(path), path).toEqual({ ok: true, value: { type: 'device', path } });
    }
  });

  it('refuses ordinary files, climbing out of /dev, and share paths into folders', () => {
    for (const path of [
      '/home/kasir/.bashrc',
      '/tmp/printer',
      'receipts.txt',
      '/dev/usb/lp0/../../home/kasir/.profile',
      '/dev/usb/../../etc/profile',
      '/dev/ttyUSB0.log',
      '/dev/serial/by-id/../../../home/kasir/.bashrc',
      '/dev/shm/lp0',
      'C:\\Users\\kasir\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\x.bat',
      '\\\\host\\share\\folder\\file.bat',
      'COM3:/etc/profile',
      '',
    ]) {
      expect(parsePrinterUri(path), path).toMatchObject({ ok: false });
    }
    expect(
      printerConfigSchema.safeParse({ connection: { type: 'device', path: '/home/kasir/.bashrc' }, columns: 32 }).error
        ?.issues[0]?.message,
    ).toMatch(/^Path printer harus perangkat printer/);
  });
});

describe('printer settings', () => {
  it('fill in the standard drawer pulse and pick the transport by connection type', () => {
    const config = printerConfigSchema.parse({
      connection: { type: 'serial', path: '/dev/ttyUSB0', baudRate: 115200, flowControl: 'xon-xoff' },
      columns: 48,
    });
    expect(config.drawer).toEqual({ pin: 2, onMs: 50, offMs: 500 });
    expect(transportFor(config.connection)).toMatchObject({
      description: '/dev/ttyUSB0 @ 115200',
      bidirectional: true,
    });
    expect(transportFor({ type: 'device', path: '/dev/usb/lp0' })).toMatchObject({ bidirectional: false });
    expect(transportFor({ type: 'tcp', host: '10.0.0.5', port: 9100 }).description).toBe('tcp://10.0.0.5:9100');
  });
});
