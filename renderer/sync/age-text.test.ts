import { describe, expect, it } from 'vitest';
import { ageText } from './age-text';

describe('age of a waiting sale', () => {
  const now = new Date('2026-12-21T12:00:00Z');
  it('reads in minutes, hours, then days', () => {
    expect(ageText('2026-12-21T11:59:30Z', now)).toBe('baru saja');
    expect(ageText('2026-12-21T11:55:00Z', now)).toBe('5 menit');
    expect(ageText('2026-12-21T09:00:00Z', now)).toBe('3 jam');
    expect(ageText('2026-12-19T12:00:00Z', now)).toBe('2 hari');
    // A sale "from the future" (a clock set ahead) is not an age.
    expect(ageText('2026-12-21T13:00:00Z', now)).toBe('baru saja');
  });
});
