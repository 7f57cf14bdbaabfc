import { describe, expect, it } from 'vitest';
import { shortAsnName } from './short-name';

describe('shortAsnName', () => {
  it('keeps the first name and the initials of the others', () => {
    expect(shortAsnName('Fransiskus Jehadu')).toBe('Fransiskus J.');
    expect(shortAsnName('Yohanes Don Bosco Seran')).toBe('Yohanes D. B. S.');
    expect(shortAsnName('  maria   goreti nona ')).toBe('maria G. N.');
    expect(shortAsnName('Sukarno')).toBe('Sukarno');
  });

  it('leaves out degrees after a comma and leading titles', () => {
    expect(shortAsnName('Agustina Mbura, S.Kep., Ns.')).toBe('Agustina M.');
    expect(shortAsnName('Drs. H. Kornelius Jemadu, M.Si')).toBe('Kornelius J.');
    expect(shortAsnName('dr.')).toBe('dr.');
  });
});
