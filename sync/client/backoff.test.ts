import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelay } from './backoff';

describe('retry delay', () => {
  it('doubles from 2 s, with jitter in the upper half of each step', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(retryDelay(1, () => 0.5)).toBe(FIRST_RETRY_MS * 0.75);
  });

  it('never waits longer than the cap, however many failures', () => {
    for (const failures of [8, 9, 20, 1_000]) {
      expect(retryDelay(failures, () => 1)).toBe(MAX_RETRY_MS);
      expect(retryDelay(failures, () => 0)).toBe(MAX_RETRY_MS / 2);
    }
  });
});
