import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { until } from '#tests/support/until';
import { startVirtualPrinter } from '#tests/support/virtual-printer';
import { createHardwareHandlers } from '../handlers';
import type { PrintRequest } from '#bridge/print-request';
import { SAMPLE_OUTLET, sampleSale } from '../receipt/sample-sale';
import { MemoryPrintJobStore } from './memory-store';
import { PrintQueue, type PrintJob } from './print-queue';

const receipt = (receiptNo: string): PrintRequest => ({
  kind: 'receipt',
  sale: sampleSale(2, { receiptNo }),
  outlet: SAMPLE_OUTLET,
  reprint: false,
  asn: null,
});

describe('PrintQueue delivering to a virtual printer over TCP', () => {
  let virtual: Awaited<ReturnType<typeof startVirtualPrinter>>;
  let store: MemoryPrintJobStore;
  let queue: PrintQueue;
  const changes: PrintJob[] = [];

  const newQueue = () => {
    const handlers = createHardwareHandlers({
      printerConfig: () => virtual.config,
      onScan: () => {},
      onScannerStatus: () => {},
      timeouts: { connectMs: 300, replyMs: 300 },
    });
    return new PrintQueue({
      store,
      deliver: handlers.print,
      retryDelaysMs: [30],
      onChange: (job) => changes.push(job),
    });
  };
  const printedNumbers = () => virtual.printer.jobs.map((j) => /No +(\S+)/.exec(j.text)?.[1]);

  beforeEach(async () => {
    virtual = await startVirtualPrinter(32);
    store = new MemoryPrintJobStore();
    changes.length = 0;
    queue = newQueue();
    await queue.start();
  });
  afterEach(async () => {
    await queue.stop();
    await virtual.close();
  });

  it('stores the job before returning and prints it', async () => {
    const job = await queue.enqueue(receipt('R-1'));
    expect(await store.get(job.id)).toBeDefined();
    await queue.settled();
    expect(await store.get(job.id)).toMatchObject({ state: 'printed', attempts: 1, lastError: null });
    expect(printedNumbers()).toEqual(['R-1']);
    expect(changes.map((c) => c.state)).toEqual(['pending', 'printing', 'printed']);
  });

  it('keeps jobs waiting while the paper is out and prints them in order once it is back', async () => {
    virtual.printer.setState('paper-out');
    const first = await queue.enqueue(receipt('R-1'));
    await queue.enqueue(receipt('R-2'));
    await queue.settled();
    expect(await store.get(first.id)).toMatchObject({
      state: 'pending',
      lastError: { code: 'printer-not-ready', message: 'Kertas printer habis: pasang gulungan baru' },
    });
    expect(virtual.printer.jobs).toHaveLength(0);

    virtual.printer.setState('ready');
    await until(async () => (await store.unfinished()).length === 0, 'the queue to print after paper came back');
    expect(printedNumbers()).toEqual(['R-1', 'R-2']);
    expect(virtual.printer.discarded).toBe(0);
  });

  it('prints a job cut off by a pulled cable once, whole, after the cable is back', async () => {
    virtual.printer.unplugAfter(250);
    const job = await queue.enqueue(receipt('R-1'));
    await queue.settled();
    expect(await store.get(job.id)).toMatchObject({ state: 'pending', lastError: { code: 'printer-offline' } });
    expect(virtual.printer.torn).toBe(1);

    virtual.printer.plug();
    queue.retryNow();
    await until(async () => (await store.get(job.id))?.state === 'printed', 'the retried job');
    expect(printedNumbers()).toEqual(['R-1']);
    expect(virtual.printer.jobs[0]!.events.at(-1)).toEqual({ type: 'cut' });
  });

  it('resumes after a restart, printing jobs caught mid-print as well as waiting ones', async () => {
    await queue.stop();
    const stuck: PrintJob = {
      id: '01900000-0000-7000-8000-000000000001',
      request: receipt('R-1'),
      state: 'printing',
      createdAt: '2025-03-05T06:07:00.000Z',
      attempts: 1,
      lastError: null,
      printedAt: null,
    };
    const waiting: PrintJob = {
      ...stuck,
      id: '01900000-0000-7000-8000-000000000002',
      request: receipt('R-2'),
      state: 'pending',
      attempts: 0,
    };
    await store.add(waiting);
    await store.add(stuck);

    queue = newQueue();
    await queue.start();
    await queue.settled();
    expect((await store.all()).map((j) => j.state)).toEqual(['printed', 'printed']);
    expect(printedNumbers()).toEqual(['R-1', 'R-2']);
  });

  it('marks a job the printer side rejects as failed, keeps it, and goes on with the next', async () => {
    const bad = await queue.enqueue({ kind: 'labels', labels: [] } as unknown as PrintRequest);
    await queue.enqueue(receipt('R-2'));
    await queue.settled();
    expect(await store.get(bad.id)).toMatchObject({ state: 'failed', attempts: 1, lastError: { code: 'invalid-job' } });
    expect(printedNumbers()).toEqual(['R-2']);
  });

  it('reprints the last receipt marked SALINAN', async () => {
    await queue.enqueue(receipt('R-1'));
    await queue.enqueue(receipt('R-2'));
    await queue.settled();
    const copy = await queue.reprintLastReceipt();
    await queue.settled();
    expect(copy?.request).toMatchObject({ kind: 'receipt', reprint: true });
    expect(printedNumbers()).toEqual(['R-1', 'R-2', 'R-2']);
    expect(virtual.printer.jobs[2]!.text).toContain('*** SALINAN ***');
    expect(virtual.printer.jobs[1]!.text).not.toContain('SALINAN');
  });

  it('puts a failed job back in line on request', async () => {
    const bad: PrintJob = {
      id: '01900000-0000-7000-8000-000000000009',
      request: receipt('R-9'),
      state: 'failed',
      createdAt: '2025-03-05T06:07:00.000Z',
      attempts: 1,
      lastError: { code: 'invalid-job', message: 'x' },
      printedAt: null,
    };
    await store.add(bad);
    await queue.retry(bad.id);
    await until(async () => (await store.get(bad.id))?.state === 'printed', 'the failed job to print after retry');
    expect(printedNumbers()).toEqual(['R-9']);
  });

  it('holds a backlog a stopped queue collected, prints it only when released, and prints new jobs meanwhile', async () => {
    await queue.stop();
    for (const no of ['R-1', 'R-2']) await queue.enqueue(receipt(no));
    expect(await queue.holdWaiting()).toBe(2);
    await queue.start();
    await queue.enqueue(receipt('R-3'));
    await queue.settled();
    expect(printedNumbers()).toEqual(['R-3']);
    expect((await store.waiting()).map((j) => j.state)).toEqual(['held', 'held']);
    expect(await queue.releaseHeld()).toBe(2);
    await until(
      async () => (await store.all()).every((j) => j.state === 'printed'),
      'the held jobs to print once released',
    );
    expect(printedNumbers()).toEqual(['R-3', 'R-1', 'R-2']);
  });

  it('discards a backlog with the reason and who decided, keeping every job in the store, printing none', async () => {
    await queue.stop();
    for (const no of ['R-1', 'R-2']) await queue.enqueue(receipt(no));
    const yohanes = { id: 'm1', name: 'Yohanes' };
    expect(
      await queue.discardWaiting('Pembeli sudah pulang; struk dicetak ulang dari riwayat bila diminta', yohanes),
    ).toBe(2);
    await queue.start();
    await queue.settled();
    expect(printedNumbers()).toEqual([]);
    const all = await store.all();
    expect(all).toHaveLength(2);
    expect(all.map((j) => [j.state, j.discarded?.reason, j.discarded?.by.name])).toEqual([
      ['discarded', 'Pembeli sudah pulang; struk dicetak ulang dari riwayat bila diminta', 'Yohanes'],
      ['discarded', 'Pembeli sudah pulang; struk dicetak ulang dari riwayat bila diminta', 'Yohanes'],
    ]);
  });
});
