/**
 * When to try again after failed attempts: exponential from 2 s, capped at 3 minutes, with
 * "equal jitter" (a random point in the upper half of the step) so that terminals knocked off
 * together by the same outage do not all come back in the same second.
 */
export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 3 * 60_000;

export function retryDelay(failures: number, random: () => number = Math.random): number {
  const step = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
