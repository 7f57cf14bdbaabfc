/**
 * The drain's settlements on their way to the store, in the order the answers came, committed
 * together at most once per interval: each commit wakes every live query over the outbox (the sync
 * screen's and the top bar's counts and lists), which cost the terminal more than the drain itself
 * when each answer had its own. One commit runs at a time; what comes meanwhile waits for the next.
 * A crash in between only sends those events again (the server answers them as duplicates).
 */
import type { Settlement } from './settle';

export interface SettleQueue {
  /** Queues a settlement behind the others; it is committed with those queued by its commit's turn. */
  add(settlement: Settlement): void;
  /** Commits what is queued without waiting out the interval; resolves once all of it is committed, rejects with a failed commit's error. */
  flush(): Promise<void>;
  /** True once a commit failed: the drain ends with its error (flush) at its next step. */
  failed(): boolean;
}

export function settleQueue(commit: (settlements: Settlement[]) => Promise<void>, intervalMs: number): SettleQueue {
  let queued: Settlement[] = [];
  /** The last commit, run or scheduled: each waits for the one before. */
  let last: Promise<void> = Promise.resolve();
  /** A commit waits out the interval: no other needs scheduling. */
  let scheduled = false;
  /** The scheduled commit goes without waiting: someone flushed. */
  let urgent = false;
  /** Ends the scheduled commit's wait. */
  let hurry: (() => void) | null = null;
  let lastCommitAt = -Infinity;
  let failed = false;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      hurry = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  return {
    add(settlement) {
      queued.push(settlement);
      if (scheduled) return;
      scheduled = true;
      last = last.then(async () => {
        const wait = lastCommitAt + intervalMs - Date.now();
        if (wait > 0 && !urgent) await pause(wait);
        hurry = null;
        scheduled = false;
        urgent = false;
        const settlements = queued;
        queued = [];
        lastCommitAt = Date.now();
        await commit(settlements);
      });
      last.catch(() => (failed = true));
    },
    flush() {
      if (scheduled) urgent = true;
      hurry?.();
      return last;
    },
    failed: () => failed,
  };
}
