import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncScheduler, type SyncReason } from './scheduler';

describe('sync scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function harness(outcomes: boolean[]) {
    const runs: SyncReason[] = [];
    let release: (() => void) | null = null;
    let hold = false;
    const scheduler = createSyncScheduler({
      intervalMs: 60_000,
      random: () => 1,
      cycle: async (reason) => {
        runs.push(reason);
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        return outcomes.shift() ?? true;
      },
    });
    return { runs, scheduler, hold: (on: boolean) => (hold = on), release: () => release?.() };
  }

  it('runs one cycle at a time and one more for requests made during it', async () => {
    const h = harness([true, true]);
    h.hold(true);
    h.scheduler.request('start');
    h.scheduler.request('sale');
    h.scheduler.request('sale');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.runs).toEqual(['start']);
    h.hold(false);
    h.release();
    await h.scheduler.idle();
    expect(h.runs).toEqual(['start', 'sale']);
    h.scheduler.stop();
  });

  it('syncs again on its timer while all is well', async () => {
    const h = harness([]);
    h.scheduler.request('start');
    await vi.advanceTimersByTimeAsync(59_000);
    expect(h.runs).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.runs).toEqual(['start', 'timer']);
    h.scheduler.stop();
  });

  it('backs off exponentially after failures; sales wait, coming online and a manager do not', async () => {
    const h = harness([false, false, false, true]);
    h.scheduler.request('start');
    await h.scheduler.idle();
    h.scheduler.request('sale');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(h.runs).toEqual(['start']);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.runs).toEqual(['start', 'timer']);
    // Second failure: 4 s.
    await vi.advanceTimersByTimeAsync(3_999);
    expect(h.runs).toHaveLength(2);
    h.scheduler.request('online');
    await h.scheduler.idle();
    expect(h.runs).toEqual(['start', 'timer', 'online']);
    h.scheduler.request('manual');
    await h.scheduler.idle();
    expect(h.runs).toEqual(['start', 'timer', 'online', 'manual']);
    // Success: back to the regular interval, and sales sync at once again.
    h.scheduler.request('sale');
    await h.scheduler.idle();
    expect(h.runs.at(-1)).toBe('sale');
    h.scheduler.stop();
  });

  it('treats a cycle that throws as a failure', async () => {
    const scheduler = createSyncScheduler({
      intervalMs: 60_000,
      cycle: async () => {
        throw new Error('boom');
      },
      onRetryScheduled: (at) => retries.push(at),
    });
    const retries: (Date | null)[] = [];
    scheduler.request('start');
    await scheduler.idle();
    expect(retries).toHaveLength(1);
    expect(retries[0]).toBeInstanceOf(Date);
    scheduler.stop();
  });
});
