/** A PrinterLink over a Node duplex stream: a TCP socket and a serial port are both one. */
import type { Duplex } from 'node:stream';
import { PrinterUnreachable, type PrinterLink } from './transport';

export class StreamLink implements PrinterLink {
  private received: number[] = [];
  private waiter: (() => void) | null = null;
  private broken: Error | null = null;

  constructor(
    private readonly stream: Duplex,
    private readonly closeStream: () => Promise<void>,
  ) {
    stream.on('data', (chunk: Buffer) => {
      this.received.push(...chunk);
      this.waiter?.();
    });
    const fail = (error?: Error) => {
      this.broken ??= new PrinterUnreachable(error?.message ?? 'connection closed');
      this.waiter?.();
    };
    stream.on('error', fail);
    stream.on('close', () => fail());
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.stream.write(bytes, (error) => (error ? reject(new PrinterUnreachable(error.message)) : resolve()));
    });
  }

  read(count: number, timeoutMs: number): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new PrinterUnreachable(`no reply within ${timeoutMs} ms`)), timeoutMs);
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.waiter = null;
        if (error) reject(error);
        else resolve(Uint8Array.from(this.received.splice(0, count)));
      };
      this.waiter = () => {
        if (this.received.length >= count) finish();
        else if (this.broken) finish(this.broken);
      };
      this.waiter();
    });
  }

  discard(): void {
    this.received = [];
  }

  close(): Promise<void> {
    return this.closeStream();
  }
}
