/**
 * A virtual ESC/POS printer for tests and for people without one: it answers DLE EOT with a state
 * that can be set (ready, paper near end, paper out, cover open), decodes what it receives with the
 * project's reader and keeps each job as lines of text (saved to a folder when given one).
 * A job ends at a paper cut or when the sender closes the connection.
 *
 * It also plays the failures a shop sees: while paper is out or the cover is open it prints nothing;
 * `unplug()` drops every connection like a pulled cable (what was half-received is lost), and
 * `unplugAfter(n)` does so n bytes into the next data.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import type { Columns } from '../escpos/columns';
import { describeEvent, EscPosReader, type EscPosEvent } from '../escpos/reader';
import { canPrint, replyFor, type PrinterState } from '../printer/status';

export interface VirtualJob {
  number: number;
  lines: string[];
  events: EscPosEvent[];
  text: string;
}

/** The states a person can set; "offline" is what unplug() produces. */
export type SettableState = Exclude<PrinterState, 'offline'>;

interface Session {
  stream: Duplex;
  events: EscPosEvent[];
  dropOnUnplug: boolean;
}

interface VirtualPrinterEvents {
  data: [{ bytes: number; at: number }];
  job: [VirtualJob];
  drawer: [Extract<EscPosEvent, { type: 'drawer' }>];
}

export class VirtualPrinter extends EventEmitter<VirtualPrinterEvents> {
  readonly jobs: VirtualJob[] = [];
  readonly drawerKicks: Array<Extract<EscPosEvent, { type: 'drawer' }>> = [];
  /** Jobs lost half-way because the cable was pulled. */
  torn = 0;
  /** Things sent to print while the printer could not print (paper out, cover open). */
  discarded = 0;
  private state: SettableState = 'ready';
  private plugged = true;
  private unplugIn: number | null = null;
  private readonly sessions = new Set<Session>();

  constructor(
    readonly columns: Columns,
    private readonly jobsDir: string | null = null,
  ) {
    super();
    if (jobsDir) mkdirSync(jobsDir, { recursive: true });
  }

  get currentState(): PrinterState {
    return this.plugged ? this.state : 'offline';
  }

  setState(state: SettableState): void {
    this.state = state;
  }

  unplug(): void {
    this.plugged = false;
    this.unplugIn = null;
    for (const session of this.sessions) {
      if (session.events.length > 0) this.torn++;
      session.events = [];
      if (session.dropOnUnplug) session.stream.destroy();
    }
  }

  plug(): void {
    this.plugged = true;
  }

  /** Pulls the cable `bytes` bytes into the data that arrives next. */
  unplugAfter(bytes: number): void {
    this.unplugIn = bytes;
  }

  /** Takes a byte stream from a sender: a TCP connection (dropped on unplug) or a serial port. */
  attach(stream: Duplex, dropOnUnplug: boolean): void {
    if (!this.plugged && dropOnUnplug) {
      stream.destroy();
      return;
    }
    const session: Session = { stream, events: [], dropOnUnplug };
    const reader = new EscPosReader(this.columns);
    this.sessions.add(session);
    stream.on('data', (chunk: Buffer) => {
      if (!this.plugged) return;
      this.emit('data', { bytes: chunk.length, at: performance.now() });
      let usable = chunk;
      const cutAt = this.unplugIn;
      if (cutAt !== null) {
        usable = chunk.subarray(0, cutAt);
        this.unplugIn = cutAt - usable.length;
      }
      for (const event of reader.feed(usable)) this.handle(session, event);
      if (this.unplugIn === 0) this.unplug();
    });
    stream.on('error', () => {});
    stream.on('close', () => {
      for (const event of reader.flush()) this.handle(session, event);
      if (session.events.length > 0) this.finishJob(session);
      this.sessions.delete(session);
    });
  }

  private handle(session: Session, event: EscPosEvent): void {
    switch (event.type) {
      case 'status-request':
        session.stream.write(Uint8Array.of(replyFor(this.currentState, event.n)));
        return;
      case 'drawer':
        if (!canPrint(this.currentState)) return void this.discarded++;
        this.drawerKicks.push(event);
        this.emit('drawer', event);
        return;
      default:
        if (!canPrint(this.currentState)) return void this.discarded++;
        session.events.push(event);
        if (event.type === 'cut') this.finishJob(session);
    }
  }

  private finishJob(session: Session): void {
    const lines = session.events.flatMap(describeEvent);
    const job: VirtualJob = {
      number: this.jobs.length + 1,
      lines,
      events: session.events,
      text: `${lines.join('\n')}\n`,
    };
    session.events = [];
    this.jobs.push(job);
    if (this.jobsDir) writeFileSync(join(this.jobsDir, `job-${String(job.number).padStart(4, '0')}.txt`), job.text);
    this.emit('job', job);
  }
}

/** Listens like a network printer (port 9100 on a real one). */
export function listenTcp(printer: VirtualPrinter, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    printer.attach(socket, true);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Serves a serial port (one end of a pty pair, see pty-pair.ts) like a serial printer. */
export function attachSerial(printer: VirtualPrinter, path: string, baudRate: number): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  return new Promise((resolve, reject) => {
    port.open((error) => {
      if (error) return reject(error);
      printer.attach(port, false);
      resolve(port);
    });
  });
}
