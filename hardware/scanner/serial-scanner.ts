/**
 * A barcode scanner on a serial port (RS-232, or USB in "virtual COM" mode): it sends each code
 * followed by a terminator. The scanner splits codes out of the byte stream and hands each to the
 * same scan callback the keyboard wedge feeds. When the cable is pulled the port closes; the scanner
 * keeps trying to open it again and carries on when it is plugged back.
 */
import { SerialPort } from 'serialport';
import type {
  ScannerState,
  SerialPortInfo,
  SerialScannerSettings,
  SerialScannerStatus,
  Terminator,
} from './scanner-settings';

/** A code longer than this without a terminator is noise (wrong baud rate), not a barcode. */
const MAX_CODE_LENGTH = 128;

/** What each terminator setting is on the wire. */
const TERMINATOR_TEXT: Record<Terminator, string> = { cr: '\r', lf: '\n', crlf: '\r\n', tab: '\t' };

/** Splits codes out of a stream of text; keeps the unfinished tail for the next chunk. */
export class CodeSplitter {
  private tail = '';

  constructor(private readonly terminator: string) {}

  push(text: string): string[] {
    const parts = (this.tail + text).split(this.terminator);
    this.tail = parts.pop() ?? '';
    if (this.tail.length > MAX_CODE_LENGTH) this.tail = '';
    // Trimming drops the LF of a CRLF scanner set to CR (and stray control bytes) from either end.
    return parts
      .map((p) => p.replace(/^[\s\x00-\x1f]+|[\s\x00-\x1f]+$/g, ''))
      .filter((code) => code !== '' && code.length <= MAX_CODE_LENGTH);
  }
}

export class SerialScanner {
  private port: SerialPort | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private last: SerialScannerStatus | null = null;

  constructor(
    readonly settings: SerialScannerSettings,
    private readonly onScan: (code: string) => void,
    private readonly onStatus: (status: SerialScannerStatus) => void,
    private readonly reconnectMs = 1000,
  ) {}

  /** Opens the port (or starts trying to); resolves with how the first attempt went. */
  async start(): Promise<SerialScannerStatus> {
    this.running = true;
    return this.connect();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    this.report('stopped', 'Pemindai serial dimatikan');
  }

  private connect(): Promise<SerialScannerStatus> {
    const { path, baudRate } = this.settings;
    const port = new SerialPort({ path, baudRate, autoOpen: false });
    const splitter = new CodeSplitter(TERMINATOR_TEXT[this.settings.terminator]);
    return new Promise((resolve) => {
      port.open((error) => {
        if (!this.running) {
          if (!error) port.close();
          return resolve(this.status('stopped', 'Pemindai serial dimatikan'));
        }
        if (error) return resolve(this.retry(`Pemindai di ${path} tidak terhubung: ${error.message}. Mencoba lagi…`));
        this.port = port;
        port.on('data', (chunk: Buffer) => {
          for (const code of splitter.push(chunk.toString('latin1'))) this.onScan(code);
        });
        port.on('error', () => {});
        // A device that goes away may end the stream (a read of 0 bytes) instead of failing the read,
        // which emits no 'close': close the port, so the scanner notices and waits for it again.
        port.on('end', () => {
          if (port.isOpen) port.close();
        });
        port.on('close', () => {
          if (this.port !== port) return;
          this.port = null;
          if (this.running) this.retry(`Kabel pemindai di ${path} terlepas. Menunggu dipasang kembali…`);
        });
        resolve(this.report('connected', `Pemindai serial terhubung di ${path}`));
      });
    });
  }

  private retry(message: string): SerialScannerStatus {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) void this.connect();
    }, this.reconnectMs);
    return this.report('reconnecting', message);
  }

  /** Tells the listener about a change; a retry that fails the same way again is not news. */
  private report(state: ScannerState, message: string): SerialScannerStatus {
    const status = this.status(state, message);
    if (status.state !== this.last?.state || status.message !== this.last.message) this.onStatus(status);
    this.last = status;
    return status;
  }

  private status(state: ScannerState, message: string): SerialScannerStatus {
    return { state, path: this.settings.path, message };
  }
}

export async function listSerialPorts(): Promise<SerialPortInfo[]> {
  const ports = await SerialPort.list();
  return ports.map((p) => ({
    path: p.path,
    label:
      [p.manufacturer, p.vendorId && p.productId ? `${p.vendorId}:${p.productId}` : null].filter(Boolean).join(' ') ||
      p.path,
  }));
}
