import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  toBusinessDate,
  businessDate,
  businessDateRange,
  businessMonth,
  formatBusinessDate,
  formatBusinessMonth,
  formatWita,
  isBusinessDate,
  type BusinessDate,
} from './wita';

describe('WITA business time', () => {
  it('writes a business date as dd/mm/yyyy, like formatWita', () => {
    expect(formatBusinessDate(toBusinessDate('2026-12-02'))).toBe('02/12/2026');
    expect(formatWita('2026-12-02T05:00:00Z').slice(0, 10)).toBe(
      formatBusinessDate(businessDate('2026-12-02T05:00:00Z')),
    );
  });

  it('puts 23:30 WITA on 31 January in January and 00:10 on 1 February in February', () => {
    expect(businessMonth('2026-01-31T23:30:00+08:00')).toBe('2026-01');
    expect(businessMonth('2026-01-31T15:30:00Z')).toBe('2026-01');
    expect(businessMonth('2026-02-01T00:10:00+08:00')).toBe('2026-02');
    // The same instant written with a terminal's Jakarta (WIB) or UTC offset.
    expect(businessMonth('2026-01-31T23:10:00+07:00')).toBe('2026-02');
    expect(businessMonth('2026-01-31T16:10:00Z')).toBe('2026-02');
  });

  it('formats dates and times in WITA', () => {
    expect(businessDate('2026-03-01T16:00:00Z')).toBe('2026-03-02');
    expect(formatWita('2026-03-01T16:05:00Z')).toBe('02/03/2026 00:05');
    expect([formatBusinessMonth('2026-01'), formatBusinessMonth('2026-12')]).toEqual(['Januari 2026', 'Desember 2026']);
  });

  it('gives the UTC range of a business day', () => {
    const { start, end } = businessDateRange(toBusinessDate('2026-12-21'));
    expect(start.toISOString()).toBe('2026-12-20T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-21T16:00:00.000Z');
    expect(() => businessDateRange('21-12-2026' as BusinessDate)).toThrow(RangeError);
  });

  it('takes a typed date only when it is a real calendar date', () => {
    expect(isBusinessDate('2024-02-29')).toBe(true);
    expect(isBusinessDate('2026-02-29')).toBe(false);
    expect(isBusinessDate('2026-2-1')).toBe(false);
    expect(() => toBusinessDate('2026-13-01')).toThrow(RangeError);
  });
});

describe('business date arithmetic', () => {
  it('adds days across months and years, and counts the days between dates', () => {
    expect(addDays(toBusinessDate('2026-12-30'), 3)).toBe('2027-01-02');
    expect(addDays(toBusinessDate('2028-03-01'), -1)).toBe('2028-02-29');
    expect(daysBetween(toBusinessDate('2026-12-30'), toBusinessDate('2027-01-02'))).toBe(3);
    expect(daysBetween(toBusinessDate('2027-01-02'), toBusinessDate('2026-12-30'))).toBe(-3);
  });
});
