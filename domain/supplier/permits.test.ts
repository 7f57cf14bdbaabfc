import { describe, expect, it } from 'vitest';
import { toBusinessDate } from '../wita';
import { parsePermit, permitFlags, permitStatus, type Permit } from './permits';

const day = toBusinessDate;

describe('food permits', () => {
  it('read a P-IRT as printed, ending with the year its last two digits name', () => {
    expect(parsePermit('pirt', 'P-IRT No. 2065301010123-28')).toEqual({
      ok: true,
      value: { kind: 'pirt', number: '206530101012328', validUntil: '2028-12-31' },
    });
    expect(parsePermit('pirt', '2065301010123')).toMatchObject({ ok: false, error: { code: 'permit-shape' } });
    expect(parsePermit('pirt', '20653010101232A')).toMatchObject({ ok: false });
  });

  it('read BPOM MD and halal numbers with their letters, and refuse other shapes or dates', () => {
    expect(parsePermit('bpom-md', 'BPOM RI MD 224510001234', '2029-06-30')).toEqual({
      ok: true,
      value: { kind: 'bpom-md', number: 'MD224510001234', validUntil: '2029-06-30' },
    });
    expect(parsePermit('bpom-md', 'ML 224510001234')).toMatchObject({ ok: false, error: { code: 'permit-shape' } });
    expect(parsePermit('halal', 'ID53110000123450125')).toMatchObject({ ok: true, value: { validUntil: null } });
    expect(parsePermit('halal', '53110000123450125')).toMatchObject({ ok: false });
    const badDate = parsePermit('halal', 'ID53110000123450125', '30/06/2029');
    expect(badDate).toMatchObject({ ok: false, error: { code: 'permit-date' } });
    expect(badDate.ok || badDate.error.message).toContain('TTTT-BB-HH');
  });

  it('are valid, ending within 60 days, or expired', () => {
    const until = (validUntil: string | null) => ({ validUntil: validUntil === null ? null : day(validUntil) });
    expect(permitStatus(until(null), day('2030-01-01'))).toBe('valid');
    expect(permitStatus(until('2027-03-01'), day('2026-12-02'))).toBe('valid');
    expect(permitStatus(until('2027-01-31'), day('2026-12-02'))).toBe('ending');
    expect(permitStatus(until('2026-12-02'), day('2026-12-02'))).toBe('ending');
    expect(permitStatus(until('2026-12-01'), day('2026-12-02'))).toBe('expired');
  });

  it('flag a food producer without a food permit in force, and without halal once it is mandatory', () => {
    const pirt: Permit = { kind: 'pirt', number: '206530101012325', validUntil: day('2025-12-31') };
    const halal: Permit = { kind: 'halal', number: 'ID53110000123450125', validUntil: null };
    expect(permitFlags(false, [], day('2026-12-02'))).toEqual([]);
    expect(permitFlags(true, [pirt, halal], day('2025-06-01'))).toEqual([]);
    expect(permitFlags(true, [pirt], day('2026-10-16'))).toEqual([
      'P-IRT 206530101012325 berakhir 2025-12-31',
      'tanpa izin pangan (P-IRT/BPOM MD) yang berlaku',
    ]);
    expect(permitFlags(true, [{ ...pirt, validUntil: day('2028-12-31') }], day('2026-10-17'))).toEqual([
      'tanpa sertifikat halal yang berlaku',
    ]);
  });
});
