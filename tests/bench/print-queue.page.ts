/**
 * The print-queue part of the hardware benchmark inside the terminal's page (bundled by
 * hardware.bench.ts): a queue of N pending jobs in a fresh IndexedDB database of the terminal's
 * schema, the printer offline, and one retry attempt of the real engine over the real Dexie store
 * timed; beside it, reading every pending job as each attempt did before (the old query).
 */
import { PrintQueue } from '#hardware/print-queue/print-queue';
import { PosDatabase } from '#renderer/db/database';
import { DexiePrintJobStore, newPrintJob } from '#renderer/print/print-queue';

const OFFLINE = { ok: false, error: { code: 'printer-offline', message: 'Printer mati' } } as const;

async function queueOf(pending: number): Promise<{ queue: PrintQueue; db: PosDatabase }> {
  const db = new PosDatabase(`bench-print-queue-${pending}`);
  await db.printQueue.clear();
  const start = Date.UTC(2026, 11, 21);
  const jobs = Array.from({ length: pending }, (_, i) =>
    newPrintJob({ kind: 'test-page' }, new Date(start + i * 1000).toISOString()),
  );
  for (let i = 0; i < jobs.length; i += 2_000) await db.printQueue.bulkAdd(jobs.slice(i, i + 2_000));
  const queue = new PrintQueue({
    store: new DexiePrintJobStore(db),
    deliver: async () => OFFLINE,
    retryDelaysMs: [3_600_000],
  });
  await queue.start();
  await queue.settled();
  return { queue, db };
}

/** Milliseconds of each retry attempt (read the next job, mark it printing, deliver, mark it pending). */
async function attempts(pending: number, rounds: number): Promise<{ attempt: number[]; readAll: number[] }> {
  const { queue, db } = await queueOf(pending);
  const attempt: number[] = [];
  const readAll: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let start = performance.now();
    queue.retryNow();
    await queue.settled();
    attempt.push(performance.now() - start);
    start = performance.now();
    await new DexiePrintJobStore(db).unfinished();
    readAll.push(performance.now() - start);
  }
  await queue.stop();
  db.close();
  return { attempt, readAll };
}

(window as unknown as { __printQueue: unknown }).__printQueue = { attempts };
