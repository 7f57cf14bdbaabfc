import { describe, expect, it } from 'vitest';
import type { Settlement } from './settle';
import { settleQueue } from './settle-queue';

const settlement = (seq: number): Settlement => ({
  acknowledged: [],
  deadLetters: [],
  unanswered: [],
  highWaterSeq: seq,
  at: new Date(0).toISOString(),
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the drain’s settle queue', () => {
  it('commits the first settlement at once and those that come within the interval together, in order', async () => {
    const commits: number[][] = [];
    const queue = settleQueue(async (settlements) => {
      commits.push(settlements.map((s) => s.highWaterSeq!));
    }, 200);
    queue.add(settlement(1));
    await pause(20);
    expect(commits).toEqual([[1]]);
    queue.add(settlement(2));
    queue.add(settlement(3));
    await pause(50);
    // Still within the interval: nothing more is committed yet.
    expect(commits).toEqual([[1]]);
    await pause(250);
    expect(commits).toEqual([[1], [2, 3]]);
  });

  it('commits what waits at once when flushed, and waits for a commit under way', async () => {
    const commits: number[][] = [];
    let slow = true;
    const queue = settleQueue(async (settlements) => {
      if (slow) await pause(50);
      slow = false;
      commits.push(settlements.map((s) => s.highWaterSeq!));
    }, 10_000);
    queue.add(settlement(1));
    await pause(5);
    // The first commit is under way; these wait for it, then go without waiting out the interval.
    queue.add(settlement(2));
    queue.add(settlement(3));
    const started = Date.now();
    await queue.flush();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(commits).toEqual([[1], [2, 3]]);
  });

  it('reports a failed commit, and every later flush fails with its error', async () => {
    const queue = settleQueue(() => Promise.reject(new Error('disk full')), 0);
    expect(queue.failed()).toBe(false);
    queue.add(settlement(1));
    await expect(queue.flush()).rejects.toThrow('disk full');
    expect(queue.failed()).toBe(true);
    queue.add(settlement(2));
    await expect(queue.flush()).rejects.toThrow('disk full');
  });
});
