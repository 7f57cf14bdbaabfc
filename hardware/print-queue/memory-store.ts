/**
 * A PrintJobStore in memory. It copies jobs in and out, as a database does, so a queue built over the
 * same store after a "restart" sees only what was saved. Used by tests and by the command line.
 */
import type { PrintRequestKind } from '#bridge/print-request';
import type { PrintJob, PrintJobStore } from './print-queue';

export class MemoryPrintJobStore implements PrintJobStore {
  private readonly jobs = new Map<string, PrintJob>();

  async add(job: PrintJob): Promise<void> {
    if (this.jobs.has(job.id)) throw new Error(`Print job ${job.id} already exists`);
    this.jobs.set(job.id, structuredClone(job));
  }

  async put(job: PrintJob): Promise<void> {
    this.jobs.set(job.id, structuredClone(job));
  }

  async get(id: string): Promise<PrintJob | undefined> {
    const job = this.jobs.get(id);
    return job && structuredClone(job);
  }

  async unfinished(): Promise<PrintJob[]> {
    return this.sorted().filter((j) => j.state === 'pending' || j.state === 'printing');
  }

  async nextPending(): Promise<PrintJob | undefined> {
    return this.sorted().find((j) => j.state === 'pending');
  }

  async interrupted(): Promise<PrintJob[]> {
    return this.sorted().filter((j) => j.state === 'printing');
  }

  async waiting(): Promise<PrintJob[]> {
    return this.sorted().filter((j) => j.state === 'pending' || j.state === 'failed' || j.state === 'held');
  }

  async latest(kind: PrintRequestKind): Promise<PrintJob | undefined> {
    return this.sorted()
      .filter((j) => j.request.kind === kind)
      .at(-1);
  }

  async all(): Promise<PrintJob[]> {
    return this.sorted();
  }

  private sorted(): PrintJob[] {
    return [...this.jobs.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((j) => structuredClone(j));
  }
}
