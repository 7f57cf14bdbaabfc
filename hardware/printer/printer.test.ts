import { createReadStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SerialPort } from 'serialport';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCommands } from '../escpos/encode';
import { decodeEscPos } from '../escpos/reader';
import { layoutReceipt } from '../receipt/receipt-layout';
import { SAMPLE_OUTLET, sampleSale } from '../receipt/sample-sale';
import { openPtyPair, type PtyPair } from '../virtual-printer/pty-pair';
import { attachSerial, listenTcp, VirtualPrinter } from '../virtual-printer/virtual-printer';
import { DeviceTransport } from './device-transport';
import { Printer } from './printer';
import { SerialTransport } from './serial-transport';
import { until } from '#tests/support/until';
import { TcpTransport } from './tcp-transport';

const receipt = encodeCommands(
  layoutReceipt(sampleSale(5), SAMPLE_OUTLET, { columns: 32, reprint: false, asn: null }),
  32,
);
const fast = { connectMs: 500, replyMs: 300 };

describe('a printer over TCP', () => {
  let virtual: VirtualPrinter;
  let server: Server;
  let printer: Printer;

  beforeEach(async () => {
    virtual = new VirtualPrinter(32);
    server = await listenTcp(virtual, 0);
    printer = new Printer(new TcpTransport('127.0.0.1', (server.address() as AddressInfo).port), fast);
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads each state the printer reports through DLE EOT', async () => {
    expect((await printer.status()).state).toBe('ready');
    for (const state of ['paper-near-end', 'paper-out', 'cover-open'] as const) {
      virtual.setState(state);
      expect(await printer.status()).toMatchObject({ state, reported: true });
    }
    virtual.unplug();
    expect((await printer.status()).state).toBe('offline');
  });

  it('prints a receipt the printer receives whole and confirms', async () => {
    const outcome = await printer.print(receipt);
    expect(outcome).toMatchObject({ ok: true, status: { state: 'ready' } });
    expect(virtual.jobs).toHaveLength(1);
    expect(virtual.jobs[0]!.text).toBe(`${decodeEscPos(receipt, 32).lines.join('\n')}\n`);
    expect(virtual.jobs[0]!.text).toMatch(/TOTAL +Rp 1\.155\.000/);
  });

  it('prints on paper near end but sends nothing while paper is out', async () => {
    virtual.setState('paper-near-end');
    expect((await printer.print(receipt)).ok).toBe(true);
    virtual.setState('paper-out');
    const outcome = await printer.print(receipt);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'printer-not-ready' }, status: { state: 'paper-out' } });
    expect(outcome.ok || outcome.error.message).toContain('Kertas printer habis');
    expect(virtual.discarded).toBe(0);
    expect(virtual.jobs).toHaveLength(1);
  });

  it('reports a job cut off by a pulled cable as not printed, and prints it whole once plugged back', async () => {
    virtual.unplugAfter(300);
    const outcome = await printer.print(receipt);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'printer-offline' }, status: { state: 'offline' } });
    expect(virtual.torn).toBe(1);
    expect(virtual.jobs).toHaveLength(0);
    virtual.plug();
    expect((await printer.print(receipt)).ok).toBe(true);
    expect(virtual.jobs).toHaveLength(1);
    expect(virtual.jobs[0]!.events.at(-1)).toEqual({ type: 'cut' });
  });

  it('takes one exchange at a time when status polls and jobs overlap', async () => {
    const results = await Promise.all([
      printer.print(receipt),
      printer.status(),
      printer.print(receipt),
      printer.status(),
    ]);
    expect(results.map((r) => ('ok' in r ? r.ok : r.state))).toEqual([true, 'ready', true, 'ready']);
    expect(virtual.jobs).toHaveLength(2);
  });

  it('reports a printer nobody listens for as offline', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server = await listenTcp(new VirtualPrinter(32), 0);
    const gone = new Printer(new TcpTransport('127.0.0.1', 1), fast);
    expect(await gone.status()).toMatchObject({ state: 'offline' });
    expect(await gone.print(receipt)).toMatchObject({ ok: false, error: { code: 'printer-offline' } });
  });
});

describe('a printer on a serial port (socat pty pair)', () => {
  let pty: PtyPair;
  let virtual: VirtualPrinter;
  let port: SerialPort;
  const dir = mkdtempSync(join(tmpdir(), 'ntt-serial-printer-'));

  beforeAll(async () => {
    pty = await openPtyPair(join(dir, 'app'), join(dir, 'printer'));
    virtual = new VirtualPrinter(32, join(dir, 'jobs'));
    port = await attachSerial(virtual, pty.device, 9600);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => port.close(() => resolve()));
    await pty.close();
  });

  for (const flow of ['none', 'rts-cts', 'xon-xoff'] as const) {
    it(`answers status and prints at 9600 baud with ${flow} flow control`, async () => {
      virtual.plug();
      virtual.setState('ready');
      const printer = new Printer(new SerialTransport(pty.app, 9600, flow), fast);
      virtual.setState('cover-open');
      expect((await printer.status()).state).toBe('cover-open');
      virtual.setState('paper-out');
      expect((await printer.status()).state).toBe('paper-out');
      virtual.setState('ready');
      const before = virtual.jobs.length;
      expect((await printer.print(receipt)).ok).toBe(true);
      expect(virtual.jobs).toHaveLength(before + 1);
      const saved = readFileSync(join(dir, 'jobs', `job-${String(before + 1).padStart(4, '0')}.txt`), 'utf8');
      expect(saved).toMatch(/TOTAL +Rp 1\.155\.000/);
      virtual.unplug();
      expect(await printer.status()).toMatchObject({ state: 'offline' });
      expect((await printer.status()).message).toContain('no reply within 300 ms');
    });
  }

  it('reports a port that is not there as offline', async () => {
    const printer = new Printer(new SerialTransport(join(dir, 'missing'), 9600, 'none'), fast);
    expect(await printer.status()).toMatchObject({ state: 'offline' });
  });
});

describe('a printer on a device or share path', () => {
  it('writes the job to the path and says its status is not reported', async () => {
    // A real character device (a pty, as a USB line printer is one), read from its other end.
    const dir = mkdtempSync(join(tmpdir(), 'ntt-device-'));
    const pty = await openPtyPair(join(dir, 'lp0'), join(dir, 'printer'));
    const received: Buffer[] = [];
    const reader = createReadStream(pty.device);
    reader.on('data', (chunk) => received.push(chunk as Buffer));
    // A pending read of the pty ends in EIO once socat closes it: the end of the stream, not a failure.
    reader.on('error', (error: NodeJS.ErrnoException) => expect(error.code).toBe('EIO'));
    try {
      const printer = new Printer(new DeviceTransport(pty.app), fast);
      const outcome = await printer.print(receipt);
      expect(outcome).toMatchObject({ ok: true, status: { state: 'ready', reported: false } });
      await until(() => Buffer.concat(received).length >= receipt.length, 'the job at the device');
      expect(decodeEscPos(Buffer.concat(received), 32).lines.join('\n')).toMatch(/TOTAL +Rp 1\.155\.000/);
    } finally {
      reader.destroy();
      await pty.close();
    }
  });

  it('will not append to an ordinary file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ntt-device-')), 'lp0');
    writeFileSync(path, '');
    const printer = new Printer(new DeviceTransport(path), fast);
    expect(await printer.print(receipt)).toMatchObject({ ok: false, error: { code: 'printer-offline' } });
    expect(readFileSync(path).length).toBe(0);
  });

  it('reports a missing device as offline instead of creating a file in its place', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ntt-device-')), 'lp0');
    const printer = new Printer(new DeviceTransport(path), fast);
    expect(await printer.status()).toMatchObject({ state: 'offline' });
    expect(await printer.print(receipt)).toMatchObject({ ok: false, error: { code: 'printer-offline' } });
    expect(existsSync(path)).toBe(false);
  });
});
