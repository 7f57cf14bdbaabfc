/**
 * Lockout after repeated wrong PINs, as a pure function of the failures and the time. The first
 * FREE_ATTEMPTS failures cost nothing; the 5th locks for 1 minute, and every failure after that
 * locks again for twice as long, up to 30 minutes. A success clears the history (the caller forgets
 * the failures); failures older than a day no longer count. The terminal clock may jump: a lock
 * never lasts longer from `now` than its own length.
 */
export const PIN_LOCKOUT = {
  freeAttempts: 5,
  firstLockMs: 60_000,
  maxLockMs: 30 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

export type PinLockState =
  | { locked: false; /** Wrong PINs still allowed before the next lock. */ attemptsLeft: number }
  | { locked: true; until: Date; message: string };

/** `failures` are the instants of this person's wrong PINs since their last successful login. */
export function pinLockState(
  failures: ReadonlyArray<Date | string | number>,
  now: Date | string | number,
): PinLockState {
  const nowMs = new Date(now).getTime();
  const recent = failures.map((f) => new Date(f).getTime()).filter((t) => nowMs - t < PIN_LOCKOUT.forgetAfterMs);
  const count = recent.length;
  if (count < PIN_LOCKOUT.freeAttempts) return { locked: false, attemptsLeft: PIN_LOCKOUT.freeAttempts - count };
  const lockMs = Math.min(PIN_LOCKOUT.firstLockMs * 2 ** (count - PIN_LOCKOUT.freeAttempts), PIN_LOCKOUT.maxLockMs);
  const untilMs = Math.min(Math.max(...recent) + lockMs, nowMs + lockMs);
  if (untilMs <= nowMs) return { locked: false, attemptsLeft: 1 };
  const minutes = Math.ceil((untilMs - nowMs) / 60_000);
  return {
    locked: true,
    until: new Date(untilMs),
    message: `PIN salah ${count} kali. Coba lagi dalam ${minutes} menit.`,
  };
}
