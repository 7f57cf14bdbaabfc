/**
 * A terminal keeps several push batches in flight; each names the last seq of the batch it follows
 * (`after`), and waits here until a batch of that terminal reaching that seq has been answered
 * (terminals.pushed_seq), so batches are applied in seq order whatever order they arrive in: no
 * gap, no dead letter because a later batch overtook an earlier one. A waiting batch holds no
 * database connection. A push of this process wakes its terminal's waiters at once; a push taken by
 * another server process on the same database is seen by polling.
 */
import type { Queryable } from '../db/database';

/** Longer than a 256 KB batch takes over a 1 Mbit/s link while a few others share it. */
export const FOLLOW_TIMEOUT_MS = 30_000;
/**
 * Batches of one terminal that may wait at once. A terminal keeps at most 4 in flight (3 waiting);
 * the rest is room for requests a terminal gave up on and sent again. Beyond it a terminal (or a
 * stolen token) would hold server memory and sockets for 30 s a request.
 */
export const MAX_WAITING_PER_TERMINAL = 16;
const POLL_MS = 250;

export type FollowOutcome = 'reached' | 'timed-out' | 'too-many-waiting';

export class PushOrder {
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly following = new Map<string, number>();

  constructor(
    private readonly timeoutMs = FOLLOW_TIMEOUT_MS,
    private readonly maxWaiting = MAX_WAITING_PER_TERMINAL,
  ) {}

  /** Waits until a batch of the terminal reaching `after` has been answered, at most the timeout. */
  async follow(db: Queryable, terminalId: string, after: number): Promise<FollowOutcome> {
    const waiting = this.following.get(terminalId) ?? 0;
    if (waiting >= this.maxWaiting) return 'too-many-waiting';
    this.following.set(terminalId, waiting + 1);
    try {
      return (await this.waitFor(db, terminalId, after)) ? 'reached' : 'timed-out';
    } finally {
      const left = this.following.get(terminalId)! - 1;
      if (left === 0) this.following.delete(terminalId);
      else this.following.set(terminalId, left);
    }
  }

  private async waitFor(db: Queryable, terminalId: string, after: number): Promise<boolean> {
    const deadline = performance.now() + this.timeoutMs;
    for (;;) {
      // Listening before reading: a push answered in between still wakes this one.
      const woken = this.wake(terminalId, Math.min(POLL_MS, deadline - performance.now()));
      if (await reached(db, terminalId, after)) {
        woken.cancel();
        return true;
      }
      if (performance.now() >= deadline) {
        woken.cancel();
        return false;
      }
      await woken.promise;
    }
  }

  /** A push of the terminal was answered: its waiters look again. */
  pushed(terminalId: string): void {
    const waiting = this.waiters.get(terminalId);
    this.waiters.delete(terminalId);
    for (const wake of waiting ?? []) wake();
  }

  private wake(terminalId: string, ms: number): { promise: Promise<void>; cancel: () => void } {
    let cancel = () => undefined as void;
    const promise = new Promise<void>((resolve) => {
      const waiting = this.waiters.get(terminalId) ?? new Set();
      this.waiters.set(terminalId, waiting);
      const done = () => {
        clearTimeout(timer);
        waiting.delete(done);
        if (waiting.size === 0 && this.waiters.get(terminalId) === waiting) this.waiters.delete(terminalId);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      waiting.add(done);
      cancel = done;
    });
    return { promise, cancel };
  }
}

async function reached(db: Queryable, terminalId: string, after: number): Promise<boolean> {
  const { rows } = await db.query<{ reached: boolean }>(
    'SELECT pushed_seq >= $2 AS reached FROM terminals WHERE id = $1',
    [terminalId, after],
  );
  return rows[0]?.reached ?? false;
}
