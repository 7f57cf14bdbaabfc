/**
 * The persistent print queue: a sale never waits for the printer. A job is stored before `enqueue`
 * returns, printed in order, and marked printed only when the printer confirmed it. A printer that
 * is off, out of paper or open keeps the job waiting and is tried again (sooner when asked to, e.g.
 * when the status turns ready); a job is never dropped. Only a job the printer side rejects as
 * invalid stops, marked failed with the reason, and stays in the store for the cashier to see.
 * Waiting jobs can be held (kept, not tried, until released) or, with a reason and a name, discarded:
 * a discarded job stays in the store with why and who, it is only never printed.
 *
 * Storage-agnostic and free of Node: the renderer backs it with its Dexie print-queue table and
 * delivers through the bridge; tests back it with the in-memory store and deliver directly.
 */
import { v7 as uuidv7 } from 'uuid';
import type { PrintRequest, PrintRequestKind } from '#bridge/print-request';
import type { Problem } from '#domain/result';

export type PrintJobState = 'pending' | 'printing' | 'printed' | 'failed' | 'held' | 'discarded';

/** Why a waiting job was not printed, and who decided it. */
export interface PrintDiscard {
  reason: string;
  by: { id: string; name: string };
  at: string;
}

export interface PrintJob {
  /** UUIDv7: ordering by id is ordering by enqueue time. */
  id: string;
  request: PrintRequest;
  state: PrintJobState;
  createdAt: string;
  attempts: number;
  lastError: Problem | null;
  printedAt: string | null;
  /** Set when the job was discarded; absent on jobs stored before discarding existed. */
  discarded?: PrintDiscard;
}

/** Where jobs live: the renderer's Dexie table, or memory in tests. */
export interface PrintJobStore {
  add(job: PrintJob): Promise<void>;
  put(job: PrintJob): Promise<void>;
  get(id: string): Promise<PrintJob | undefined>;
  /**
   * The oldest pending job: all a print attempt needs. An indexed read of one job, so a retry costs
   * the same with 20,000 jobs waiting (a printer out for a busy day) as with one.
   */
  nextPending(): Promise<PrintJob | undefined>;
  /** Jobs left marked printing by a reload or crash. */
  interrupted(): Promise<PrintJob[]>;
  /** The newest job of a kind, whatever its state. */
  latest(kind: PrintRequestKind): Promise<PrintJob | undefined>;
  /** Jobs not printed and not being printed (pending, failed, held), oldest first: a backlog. */
  waiting(): Promise<PrintJob[]>;
}

/** What the printer side answered; `invalid-job` is the one error that is not worth retrying. */
export type DeliveryResult = { ok: true } | { ok: false; error: Problem };
export type Deliver = (request: PrintRequest) => Promise<DeliveryResult>;

export const NOT_RETRYABLE = 'invalid-job';

export interface PrintQueueOptions {
  store: PrintJobStore;
  deliver: Deliver;
  /** Waits before trying a waiting job again, by failures in a row; the last one repeats. */
  retryDelaysMs?: readonly number[];
  onChange?: (job: PrintJob) => void;
  now?: () => Date;
}

export class PrintQueue {
  private readonly store: PrintJobStore;
  private readonly deliver: Deliver;
  private readonly delays: readonly number[];
  private readonly onChange: (job: PrintJob) => void;
  private readonly now: () => Date;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failuresInRow = 0;
  private stopped = true;

  constructor(options: PrintQueueOptions) {
    this.store = options.store;
    this.deliver = options.deliver;
    this.delays = options.retryDelaysMs ?? [1000, 2000, 5000, 10_000, 15_000];
    this.onChange = options.onChange ?? (() => {});
    this.now = options.now ?? (() => new Date());
  }

  /** Resumes after a restart: a job caught mid-print is printed again rather than lost. */
  async start(): Promise<void> {
    this.stopped = false;
    for (const job of await this.store.interrupted()) await this.save({ ...job, state: 'pending' });
    this.retryNow();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  async enqueue(request: PrintRequest): Promise<PrintJob> {
    const job: PrintJob = {
      id: uuidv7(),
      request,
      state: 'pending',
      createdAt: this.now().toISOString(),
      attempts: 0,
      lastError: null,
      printedAt: null,
    };
    await this.store.add(job);
    this.onChange(job);
    this.retryNow();
    return job;
  }

  /** Prints a job again; a receipt comes out marked "SALINAN". */
  async reprint(jobId: string): Promise<PrintJob | null> {
    const job = await this.store.get(jobId);
    if (!job) return null;
    return this.enqueue(job.request.kind === 'receipt' ? { ...job.request, reprint: true } : job.request);
  }

  async reprintLastReceipt(): Promise<PrintJob | null> {
    const last = await this.store.latest('receipt');
    return last ? this.reprint(last.id) : null;
  }

  /** Puts a failed or held job back in line. */
  async retry(jobId: string): Promise<void> {
    const job = await this.store.get(jobId);
    if (job?.state === 'failed' || job?.state === 'held')
      await this.save({ ...job, state: 'pending', lastError: null });
    this.retryNow();
  }

  /** Keeps every waiting job (a backlog) from printing until released. */
  async holdWaiting(): Promise<number> {
    const jobs = await this.store.waiting();
    for (const job of jobs) if (job.state !== 'held') await this.save({ ...job, state: 'held' });
    return jobs.length;
  }

  /** The held jobs back in line, oldest first. */
  async releaseHeld(): Promise<number> {
    const held = (await this.store.waiting()).filter((j) => j.state === 'held');
    for (const job of held) await this.save({ ...job, state: 'pending', lastError: null });
    this.retryNow();
    return held.length;
  }

  /** Never prints the waiting jobs; each keeps the reason and who decided. */
  async discardWaiting(reason: string, by: PrintDiscard['by']): Promise<number> {
    const jobs = await this.store.waiting();
    const discarded: PrintDiscard = { reason, by, at: this.now().toISOString() };
    for (const job of jobs) await this.save({ ...job, state: 'discarded', discarded });
    return jobs.length;
  }

  /** Tries the waiting jobs now instead of at the next scheduled retry. */
  retryNow(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.retryNow();
      }
    });
  }

  /** Resolves once the queue has nothing it can print right now. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const job = await this.store.nextPending();
      if (!job) return;
      const printing: PrintJob = { ...job, state: 'printing', attempts: job.attempts + 1 };
      await this.save(printing);
      const result = await this.deliver(job.request).catch((error: unknown): DeliveryResult => ({
        ok: false,
        error: { code: 'delivery-failed', message: error instanceof Error ? error.message : String(error) },
      }));
      if (result.ok) {
        this.failuresInRow = 0;
        await this.save({ ...printing, state: 'printed', lastError: null, printedAt: this.now().toISOString() });
        continue;
      }
      if (result.error.code === NOT_RETRYABLE) {
        await this.save({ ...printing, state: 'failed', lastError: result.error });
        continue;
      }
      await this.save({ ...printing, state: 'pending', lastError: result.error });
      const delay = this.delays[Math.min(this.failuresInRow, this.delays.length - 1)]!;
      this.failuresInRow++;
      if (!this.stopped) this.timer = setTimeout(() => this.retryNow(), delay);
      return;
    }
  }

  private async save(job: PrintJob): Promise<void> {
    await this.store.put(job);
    this.onChange(job);
  }
}
