import { describe, expect, it } from 'vitest';
import { printerConfigOf, printerForm, scannerForm, scannerSettingsOf } from './device-forms';

describe('printer settings form', () => {
  it('makes each kind of connection and reads saved settings back into the form', () => {
    const tcp = printerConfigOf({ ...printerForm(null), host: ' 192.168.1.50 ', port: '9100', columns: '32' }, null);
    expect(tcp).toEqual({
      ok: true,
      value: {
        connection: { type: 'tcp', host: '192.168.1.50', port: 9100 },
        columns: 32,
        drawer: { pin: 2, onMs: 50, offMs: 500 },
      },
    });
    const serial = printerConfigOf(
      { ...printerForm(null), type: 'serial', serialPath: 'COM3', baudRate: '19200', flowControl: 'rts-cts' },
      null,
    );
    expect(serial).toMatchObject({
      ok: true,
      value: { connection: { type: 'serial', path: 'COM3', baudRate: 19200, flowControl: 'rts-cts' }, columns: 32 },
    });
    const drawer = { pin: 5 as const, onMs: 100, offMs: 200 };
    const device = printerConfigOf(
      { ...printerForm(null), type: 'device', devicePath: '\\\\localhost\\EPSON' },
      { connection: { type: 'tcp', host: 'x', port: 1 }, columns: 48, drawer },
    );
    expect(device).toMatchObject({
      ok: true,
      value: { connection: { type: 'device', path: '\\\\localhost\\EPSON' }, drawer },
    });
    if (serial.ok)
      expect(printerForm(serial.value)).toMatchObject({
        type: 'serial',
        serialPath: 'COM3',
        baudRate: '19200',
        flowControl: 'rts-cts',
        columns: '32',
      });
    expect(printerForm({ connection: { type: 'tcp', host: 'x', port: 1 }, columns: 48, drawer })).toMatchObject({
      columns: '48',
    });
  });

  it('starts a new printer on 58 mm paper (32 columns), which the shops use', () => {
    expect(printerForm(null).columns).toBe('32');
  });

  it('names every problem in Bahasa Indonesia', () => {
    expect(printerConfigOf({ ...printerForm(null), host: '', port: 'abc' }, null)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-form',
        problems: ['Alamat printer jaringan wajib diisi', 'Port harus 1–65535'],
      }),
    });
    expect(printerConfigOf({ ...printerForm(null), port: '70000' }, null)).toMatchObject({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-form',
        problems: expect.arrayContaining(['Port harus 1–65535']),
      }),
    });
    expect(printerConfigOf({ ...printerForm(null), type: 'serial', baudRate: '4800' }, null)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-form',
        problems: ['Pilih port serial printer', 'Baud rate harus salah satu dari 9600, 19200, 38400, 57600, 115200'],
      }),
    });
    expect(printerConfigOf({ ...printerForm(null), type: 'device', devicePath: ' ', columns: '40' }, null)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-form',
        problems: ['Path printer wajib diisi', 'Lebar kertas harus 32 (58 mm) atau 48 (80 mm) kolom'],
      }),
    });
  });

  it('checks the serial scanner settings the same way', () => {
    expect(scannerSettingsOf({ ...scannerForm(null), path: '/dev/ttyACM0' })).toEqual({
      ok: true,
      value: { path: '/dev/ttyACM0', baudRate: 9600, terminator: 'cr' },
    });
    expect(scannerSettingsOf({ path: '', baudRate: '1200', terminator: 'cr' })).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'invalid-form',
        problems: ['Pilih port serial pemindai', 'Baud rate harus salah satu dari 9600, 19200, 38400, 57600, 115200'],
      }),
    });
  });
});
