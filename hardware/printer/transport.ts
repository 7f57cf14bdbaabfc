/**
 * One interface for every way a printer is reached; the implementations sit beside it:
 * tcp-transport (network printers, port 9100), serial-transport (serialport) and
 * device-transport (a device or share path such as /dev/usb/lp0 or \\localhost\PrinterShare).
 */
export interface PrinterLink {
  write(bytes: Uint8Array): Promise<void>;
  /** The next `count` bytes the printer sends; rejects when they do not come within `timeoutMs`. */
  read(count: number, timeoutMs: number): Promise<Uint8Array>;
  /** Forgets bytes received but not read (a late reply to an earlier request). */
  discard(): void;
  close(): Promise<void>;
}

export interface PrinterTransport {
  /** For messages: "tcp://10.0.0.5:9100", "/dev/ttyUSB0 @ 9600". */
  readonly description: string;
  /** Whether replies come back (a device file cannot carry them, so its status is assumed). */
  readonly bidirectional: boolean;
  /** How long one byte takes on the wire, to allow for it when waiting after a long write. */
  readonly msPerByte: number;
  open(timeoutMs: number): Promise<PrinterLink>;
}

/** The printer did not answer, or the connection broke: the caller reports the printer offline. */
export class PrinterUnreachable extends Error {
  override readonly name = 'PrinterUnreachable';
}
