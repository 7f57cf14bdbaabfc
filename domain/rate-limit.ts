/** Fixed-window attempt counter per key (a client address, a channel), in memory: one process. */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt (of `count` items); returns the seconds to wait when it is over the limit, else 0. */
  take(key: string, count = 1): number {
    const now = this.now();
    if (this.windows.size > 10_000) {
      for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
    }
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, window);
    }
    window.count += count;
    return window.count > this.limit ? Math.ceil((window.resetAt - now) / 1000) : 0;
  }
}
