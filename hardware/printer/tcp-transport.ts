/** Network printers: a raw TCP connection to port 9100 (JetDirect), as `tcp://host:port`. */
import { connect } from 'node:net';
import { StreamLink } from './stream-link';
import { PrinterUnreachable, type PrinterLink, type PrinterTransport } from './transport';

export class TcpTransport implements PrinterTransport {
  readonly bidirectional = true;
  readonly msPerByte = 0;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  get description(): string {
    return `tcp://${this.host}:${this.port}`;
  }

  open(timeoutMs: number): Promise<PrinterLink> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new PrinterUnreachable(`${this.description} did not accept a connection within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(new PrinterUnreachable(`${this.description}: ${error.message}`));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        const close = () =>
          new Promise<void>((done) => {
            if (socket.destroyed) return done();
            socket.once('close', () => done());
            socket.end();
            setTimeout(() => socket.destroy(), 1000).unref();
          });
        resolve(new StreamLink(socket, close));
      });
    });
  }
}
