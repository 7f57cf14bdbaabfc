/**
 * When this window syncs: on the browser's online event, after each sale, on a timer, and when a
 * manager presses "sinkronkan sekarang". One cycle at a time; a request during a cycle runs one
 * more cycle after it. After a failure the next attempt waits (retryDelay: exponential with jitter,
 * capped at a few minutes); sales made meanwhile wait for it too, while coming back online or a
 * manager's request try at once. Other windows are kept out by the cycle's own lock.
 */
import { retryDelay } from './backoff';

export type SyncReason = 'start' | 'timer' | 'sale' | 'online' | 'manual';

export interface SchedulerOptions {
  /** One sync cycle; resolves true when it reached the server and finished. */
  cycle: (reason: SyncReason) => Promise<boolean>;
  /** Between cycles while all is well. */
  intervalMs: number;
  random?: () => number;
  /** Told when the next attempt is due after failures (null once a cycle succeeds). */
  onRetryScheduled?: (at: Date | null) => void;
}

export interface SyncScheduler {
  request(reason: SyncReason): void;
  /** Resolves when no cycle is running or queued. */
  idle(): Promise<void>;
  stop(): void;
}

export function createSyncScheduler(options: SchedulerOptions): SyncScheduler {
  let failures = 0;
  let running: Promise<void> | null = null;
  let queued: SyncReason | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const schedule = (ms: number) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      run('timer');
    }, ms);
  };

  const run = (reason: SyncReason) => {
    if (stopped) return;
    if (running) {
      queued = reason;
      return;
    }
    running = (async () => {
      let ok: boolean;
      try {
        ok = await options.cycle(reason);
      } catch {
        ok = false;
      }
      failures = ok ? 0 : failures + 1;
      const delay = ok ? options.intervalMs : retryDelay(failures, options.random);
      options.onRetryScheduled?.(ok ? null : new Date(Date.now() + delay));
      schedule(delay);
    })().finally(() => {
      running = null;
      const next = queued;
      queued = null;
      if (next && (failures === 0 || next === 'online' || next === 'manual')) run(next);
    });
  };

  return {
    request(reason) {
      // While backing off, only a change of network or a person asking skips the wait.
      if (failures > 0 && (reason === 'sale' || reason === 'timer') && !running) return;
      run(reason);
    },
    async idle() {
      while (running) await running;
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    },
  };
}
