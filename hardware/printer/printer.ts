/**
 * One printer behind any transport. Every exchange holds the printer alone (a network printer takes
 * one connection, a serial port one opener), so receipts, drawer kicks and status polls never mix.
 *
 * A job counts as printed only when the printer confirms it: the job's bytes are followed by the
 * status requests, which the printer can only answer after receiving everything before them.
 */
import { FULL_STATUS_REQUEST, STATUS_REQUESTS } from '../escpos/commands';
import type { PrintOutcome } from './print-result';
import { canPrint, isStatusByte, stateFromReplies, statusOf, type PrinterStatus } from './status';
import { PrinterUnreachable, type PrinterLink, type PrinterTransport } from './transport';

export interface PrinterTimeouts {
  connectMs: number;
  /** How long a status reply may take once the request is on the wire. */
  replyMs: number;
}

export const DEFAULT_TIMEOUTS: PrinterTimeouts = { connectMs: 2000, replyMs: 1500 };

export class Printer {
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    readonly transport: PrinterTransport,
    private readonly timeouts: PrinterTimeouts = DEFAULT_TIMEOUTS,
  ) {}

  status(): Promise<PrinterStatus> {
    return this.exclusive(async () => {
      try {
        return await this.withLink((link) => this.readStatus(link));
      } catch (error) {
        return offline(error);
      }
    });
  }

  /** Sends a job once the printer says it can print, and confirms the printer took all of it. */
  print(bytes: Uint8Array): Promise<PrintOutcome> {
    return this.exclusive(async () => {
      try {
        return await this.withLink(async (link) => {
          const before = await this.readStatus(link);
          if (!canPrint(before.state))
            return { ok: false, error: { code: 'printer-not-ready', message: before.message }, status: before };
          if (!this.transport.bidirectional) {
            await link.write(bytes);
            return { ok: true, status: before };
          }
          await link.write(concat(bytes, FULL_STATUS_REQUEST));
          const after = await this.readReplies(link, this.timeouts.replyMs + bytes.length * this.transport.msPerByte);
          if (canPrint(after.state)) return { ok: true, status: after };
          return {
            ok: false,
            error: { code: 'print-interrupted', message: `Cetak terhenti: ${after.message}` },
            status: after,
          };
        });
      } catch (error) {
        const status = offline(error);
        return { ok: false, error: { code: 'printer-offline', message: status.message }, status };
      }
    });
  }

  private async readStatus(link: PrinterLink): Promise<PrinterStatus> {
    if (!this.transport.bidirectional) return statusOf('ready', 'status tidak terbaca lewat koneksi ini', false);
    link.discard();
    await link.write(FULL_STATUS_REQUEST);
    return this.readReplies(link, this.timeouts.replyMs);
  }

  private async readReplies(link: PrinterLink, timeoutMs: number): Promise<PrinterStatus> {
    const replies = await link.read(STATUS_REQUESTS.length, timeoutMs);
    if (!replies.every(isStatusByte)) throw new PrinterUnreachable(`unexpected status reply ${[...replies].join(',')}`);
    return statusOf(stateFromReplies(replies));
  }

  private async withLink<T>(use: (link: PrinterLink) => Promise<T>): Promise<T> {
    const link = await this.transport.open(this.timeouts.connectMs);
    try {
      return await use(link);
    } finally {
      await link.close().catch(() => {});
    }
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.turn.then(task, task);
    this.turn = run.catch(() => {});
    return run;
  }
}

function offline(error: unknown): PrinterStatus {
  return statusOf('offline', error instanceof Error ? error.message : String(error));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
