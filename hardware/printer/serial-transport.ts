/** Serial printers through serialport: a port, a baud rate and the flow control the printer is set to. */
import { SerialPort } from 'serialport';
import type { BaudRate, FlowControl } from './printer-config';
import { StreamLink } from './stream-link';
import { PrinterUnreachable, type PrinterLink, type PrinterTransport } from './transport';

export class SerialTransport implements PrinterTransport {
  readonly bidirectional = true;

  constructor(
    private readonly path: string,
    private readonly baudRate: BaudRate,
    private readonly flowControl: FlowControl,
  ) {}

  get description(): string {
    return `${this.path} @ ${this.baudRate}`;
  }

  /** 8N1: ten bits a byte. */
  get msPerByte(): number {
    return 10_000 / this.baudRate;
  }

  open(timeoutMs: number): Promise<PrinterLink> {
    const port = new SerialPort({
      path: this.path,
      baudRate: this.baudRate,
      rtscts: this.flowControl === 'rts-cts',
      xon: this.flowControl === 'xon-xoff',
      xoff: this.flowControl === 'xon-xoff',
      autoOpen: false,
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new PrinterUnreachable(`${this.description} did not open within ${timeoutMs} ms`)),
        timeoutMs,
      );
      port.open((error) => {
        clearTimeout(timer);
        if (error) return reject(new PrinterUnreachable(`${this.description}: ${error.message}`));
        const close = () => new Promise<void>((done) => (port.isOpen ? port.close(() => done()) : done()));
        resolve(new StreamLink(port, close));
      });
    });
  }
}
