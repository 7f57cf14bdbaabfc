import { describe, expect, it } from 'vitest';
import { pinLockState } from './pin-lockout';

const T0 = Date.parse('2026-02-01T02:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const failuresAt = (...seconds: number[]) => seconds.map(at);

describe('PIN lockout', () => {
  it('lets four wrong PINs pass and counts down', () => {
    expect(pinLockState([], at(0))).toEqual({ locked: false, attemptsLeft: 5 });
    expect(pinLockState(failuresAt(0, 1, 2, 3), at(4))).toEqual({ locked: false, attemptsLeft: 1 });
  });

  it('locks for a minute after the fifth', () => {
    const failures = failuresAt(0, 1, 2, 3, 4);
    expect(pinLockState(failures, at(5))).toEqual({
      locked: true,
      until: at(64),
      message: 'PIN salah 5 kali. Coba lagi dalam 1 menit.',
    });
    expect(pinLockState(failures, at(63)).locked).toBe(true);
    expect(pinLockState(failures, at(64))).toEqual({ locked: false, attemptsLeft: 1 });
  });

  it('locks twice as long for each further failure, up to 30 minutes', () => {
    expect(pinLockState(failuresAt(0, 1, 2, 3, 4, 70), at(71))).toMatchObject({ locked: true, until: at(70 + 120) });
    expect(pinLockState(failuresAt(0, 1, 2, 3, 4, 70, 200), at(201))).toMatchObject({
      locked: true,
      until: at(200 + 240),
      message: 'PIN salah 7 kali. Coba lagi dalam 4 menit.',
    });
    const many = failuresAt(...Array.from({ length: 12 }, (_, i) => i));
    expect(pinLockState(many, at(12))).toMatchObject({ locked: true, until: at(11 + 30 * 60) });
  });

  it('forgets failures older than a day', () => {
    const day = 24 * 60 * 60;
    expect(pinLockState(failuresAt(0, 1, 2, 3, day + 10), at(day + 11))).toEqual({ locked: false, attemptsLeft: 4 });
    // Exactly a day old is forgotten: 10 and 11 go, 12 and 13 stay.
    expect(pinLockState(failuresAt(10, 11, 12, 13), at(day + 11))).toEqual({ locked: false, attemptsLeft: 3 });
    expect(pinLockState(failuresAt(0, 1, 2, 3, 4), at(day + 5))).toEqual({ locked: false, attemptsLeft: 5 });
  });

  it('never locks longer than its length when the clock went back', () => {
    const failures = failuresAt(3600, 3601, 3602, 3603, 3604);
    expect(pinLockState(failures, at(0))).toEqual({
      locked: true,
      until: at(60),
      message: 'PIN salah 5 kali. Coba lagi dalam 1 menit.',
    });
  });

  it('accepts ISO strings from storage', () => {
    const iso = failuresAt(0, 1, 2, 3, 4).map((d) => d.toISOString());
    expect(pinLockState(iso, at(30).toISOString())).toMatchObject({ locked: true, until: at(64) });
  });
});
