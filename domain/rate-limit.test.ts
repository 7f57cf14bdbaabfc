import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows the limit per window and key, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 10_000, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('b')]).toEqual([0, 0, 0]);
    now = 4_000;
    expect(limiter.take('a')).toBe(6);
    now = 10_000;
    expect(limiter.take('a')).toBe(0);
  });

  it('counts an attempt of several items as that many', () => {
    const limiter = new RateLimiter(5, 60_000, () => 0);
    expect(limiter.take('nips', 4)).toBe(0);
    expect(limiter.take('nips', 2)).toBe(60);
  });
});
