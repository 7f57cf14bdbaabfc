import { describe, expect, it } from 'vitest';
import { daysUntilFull, quotaWarning, retentionCutoff } from './storage-forecast';

const MB = 1024 * 1024;
const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString();

describe('storage forecast', () => {
  it('projects the days left from the growth between the oldest and newest readings', () => {
    // 10 MB a day, 100 MB left of the quota.
    const samples = [0, 1, 2, 3].map((n) => ({ at: day(n), usageBytes: (500 + 10 * n) * MB }));
    expect(daysUntilFull(samples, 630 * MB)).toBe(10);
    expect(daysUntilFull([...samples].reverse(), 630 * MB)).toBe(10);
  });

  it('cannot say while it does not grow, or from less than a day of readings', () => {
    expect(daysUntilFull([{ at: day(0), usageBytes: MB }], 10 * MB)).toBeNull();
    expect(
      daysUntilFull(
        [
          { at: day(0), usageBytes: 5 * MB },
          { at: day(3), usageBytes: 4 * MB },
        ],
        10 * MB,
      ),
    ).toBeNull();
    expect(
      daysUntilFull(
        [
          { at: '2026-11-01T01:00:00.000Z', usageBytes: MB },
          { at: '2026-11-01T09:00:00.000Z', usageBytes: 2 * MB },
        ],
        10 * MB,
      ),
    ).toBeNull();
  });

  it('warns the manager two weeks ahead, naming a shorter window', () => {
    expect(quotaWarning(15, 90)).toBeNull();
    expect(quotaWarning(null, 90)).toBeNull();
    expect(quotaWarning(14, 90)).toBe(
      'Kuota penyimpanan browser diperkirakan habis dalam 14 hari. Manajer: pastikan terminal sinkron, lalu perpendek masa simpan (misalnya 45 hari) atau kosongkan disk.',
    );
    expect(quotaWarning(0, 40)).toContain('misalnya 35 hari');
  });

  it('cuts off the window’s days before now', () => {
    expect(retentionCutoff(new Date('2026-11-30T12:00:00.000Z'), 90)).toBe('2026-09-01T12:00:00.000Z');
  });
});
