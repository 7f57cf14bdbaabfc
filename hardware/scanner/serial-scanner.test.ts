import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { until } from '#tests/support/until';
import { openPtyPair, type PtyPair } from '../virtual-printer/pty-pair';
import type { SerialScannerStatus } from './scanner-settings';
import { CodeSplitter, SerialScanner } from './serial-scanner';

describe('CodeSplitter', () => {
  it('splits codes however the bytes arrive and keeps the unfinished tail', () => {
    const splitter = new CodeSplitter('\r');
    expect(splitter.push('89912345')).toEqual([]);
    expect(splitter.push('67890\r20000000000')).toEqual(['8991234567890']);
    expect(splitter.push('15\r\n\r')).toEqual(['2000000000015']);
  });

  it('drops noise that never ends in a terminator', () => {
    const splitter = new CodeSplitter('\n');
    expect(splitter.push('x'.repeat(500))).toEqual([]);
    expect(splitter.push('123\n')).toEqual(['123']);
  });
});

function openDevice(path: string): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  return new Promise((resolve, reject) => port.open((e) => (e ? reject(e) : resolve(port))));
}

const send = (port: SerialPort, text: string) =>
  new Promise<void>((resolve) => port.write(text, () => port.drain(() => resolve())));

describe('SerialScanner over a socat pty pair', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntt-scanner-'));
  const cleanup: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('feeds each code to the scan callback, reconnects after the cable is pulled, and stops', async () => {
    const app = join(dir, 'scanner');
    const device = join(dir, 'scanner-device');
    let pty: PtyPair = await openPtyPair(app, device);
    const codes: string[] = [];
    const statuses: SerialScannerStatus[] = [];
    const scanner = new SerialScanner(
      { path: app, baudRate: 9600, terminator: 'crlf' },
      (c) => codes.push(c),
      (s) => statuses.push(s),
      50,
    );
    cleanup.push(
      () => scanner.stop(),
      () => pty.close(),
    );

    expect(await scanner.start()).toMatchObject({ state: 'connected' });
    let scannerEnd = await openDevice(device);
    await send(scannerEnd, '8991234567890\r\n2000000000015\r');
    await send(scannerEnd, '\n');
    await until(() => codes.length === 2, 'two codes');
    expect(codes).toEqual(['8991234567890', '2000000000015']);

    await new Promise<void>((resolve) => scannerEnd.close(() => resolve()));
    await pty.close();
    await until(() => statuses.at(-1)?.state === 'reconnecting', 'the scanner to notice the pulled cable');
    expect(statuses.at(-1)!.message).toContain('terlepas');

    pty = await openPtyPair(app, device);
    await until(() => statuses.at(-1)?.state === 'connected', 'the scanner to reconnect');
    scannerEnd = await openDevice(device);
    cleanup.push(() => new Promise<void>((resolve) => scannerEnd.close(() => resolve())));
    await send(scannerEnd, '4006381333931\r\n');
    await until(() => codes.length === 3, 'a code after reconnecting');
    expect(codes[2]).toBe('4006381333931');

    await scanner.stop();
    expect(statuses.at(-1)).toMatchObject({ state: 'stopped' });
  });

  it('keeps trying a port that is not there yet and connects when it appears', async () => {
    const app = join(dir, 'late');
    const statuses: SerialScannerStatus[] = [];
    const scanner = new SerialScanner(
      { path: app, baudRate: 19200, terminator: 'cr' },
      () => {},
      (s) => statuses.push(s),
      50,
    );
    cleanup.push(() => scanner.stop());
    expect(await scanner.start()).toMatchObject({ state: 'reconnecting' });
    const pty = await openPtyPair(app, join(dir, 'late-device'));
    cleanup.push(() => pty.close());
    await until(() => statuses.at(-1)?.state === 'connected', 'the port to appear');
    expect(statuses.filter((s) => s.state === 'reconnecting')).toHaveLength(1);
  });
});
