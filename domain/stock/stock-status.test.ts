import { describe, expect, it } from 'vitest';
import { toBusinessDate as date } from '../wita';
import { expiresWithin, isExpired, stockStatus } from './stock-status';

describe('stock status', () => {
  it('is out at zero or below, low at or below the minimum, ok above it', () => {
    expect([
      stockStatus(0, 5),
      stockStatus(-3, null),
      stockStatus(5, 5),
      stockStatus(6, 5),
      stockStatus(1, null),
    ]).toEqual(['out', 'out', 'low', 'ok', 'ok']);
  });

  it('finds expired batches and those expiring within N days', () => {
    const today = date('2026-12-30');
    expect(isExpired(date('2026-12-29'), today)).toBe(true);
    expect(isExpired(today, today)).toBe(false);
    expect(isExpired(null, today)).toBe(false);
    expect(expiresWithin(date('2027-01-06'), today, 7)).toBe(true);
    expect(expiresWithin(date('2027-01-07'), today, 7)).toBe(false);
    expect(expiresWithin(date('2026-12-29'), today, 7)).toBe(false);
    expect(expiresWithin(null, today, 7)).toBe(false);
  });
});
