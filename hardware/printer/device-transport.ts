/**
 * A printer reached through a path the operating system gives it: /dev/usb/lp0 on Linux or a
 * shared printer (\\localhost\PrinterShare) on Windows. Bytes go out; no reply comes back.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { PrinterUnreachable, type PrinterLink, type PrinterTransport } from './transport';

export class DeviceTransport implements PrinterTransport {
  readonly bidirectional = false;
  readonly msPerByte = 0;

  constructor(private readonly path: string) {}

  get description(): string {
    return this.path;
  }

  async open(): Promise<PrinterLink> {
    let file: FileHandle;
    try {
      // A missing device means an unplugged printer: never create a plain file in its place, nor
      // append to one (the path rules in printer-config.ts are the first guard, this the second).
      // A Windows share cannot be inspected first, only opened.
      if (!this.path.startsWith('\\\\')) {
        const found = await stat(this.path);
        if (process.platform !== 'win32' && !found.isCharacterDevice()) throw new Error('bukan perangkat printer');
      }
      file = await open(this.path, 'a');
    } catch (error) {
      throw new PrinterUnreachable(`${this.path}: ${(error as Error).message}`);
    }
    return {
      write: async (bytes) => {
        try {
          await file.write(bytes);
        } catch (error) {
          throw new PrinterUnreachable(`${this.path}: ${(error as Error).message}`);
        }
      },
      read: () => Promise.reject(new PrinterUnreachable(`${this.path} cannot send replies`)),
      discard: () => {},
      close: () => file.close(),
    };
  }
}
