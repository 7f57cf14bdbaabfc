import { describe, expect, it } from 'vitest';
import { formatNip, isNipScan, maskNip, nipDigits, nipGroups, parseNip, toNip, type NipProblem } from './nip';

const NOW = '2026-03-15T04:00:00Z';

function info(input: string, now: Date | string | number = NOW) {
  const result = parseNip(input, now);
  if (!result.ok) throw new Error(`expected ${input} to be valid: ${result.error.message}`);
  return result.value;
}

function problem(input: string, now: Date | string | number = NOW): NipProblem {
  const result = parseNip(input, now);
  if (result.ok) throw new Error(`expected ${input} to be refused`);
  return result.error;
}

describe('a NIP from a document or roster', () => {
  it('is 18 digits, checked no further', () => {
    expect(toNip('111111111111111111')).toBe('111111111111111111');
    expect(() => toNip('19860926 201505 1 001')).toThrow(RangeError);
    expect(() => toNip('12345678901234567')).toThrow(RangeError);
  });
});

describe('PNS NIP', () => {
  it('reads the published example, with or without the printed spaces', () => {
    const expected = {
      kind: 'pns',
      nip: '198609262015051001',
      birthDate: '1986-09-26',
      appointedMonth: '2015-05',
      gender: 'male',
      sequence: 1,
    };
    expect(info('198609262015051001')).toEqual(expected);
    expect(info('19860926 201505 1 001')).toEqual(expected);
    expect(info('  19860926.201505.1.001 ')).toEqual(expected);
    expect(info('19860926-201505-1-001')).toEqual(expected);
    expect(info('NIP. 19860926 201505 1 001')).toEqual(expected);
    expect(info('19860926\u00a0201505\t1 001')).toEqual(expected);
  });

  it('reads other published examples', () => {
    expect(info('19660801.198803.1.001')).toMatchObject({
      birthDate: '1966-08-01',
      appointedMonth: '1988-03',
      gender: 'male',
    });
    expect(info('19840706 200604 2 020')).toMatchObject({ kind: 'pns', gender: 'female', sequence: 20 });
    expect(info('19801230 201001 2 005')).toMatchObject({ appointedMonth: '2010-01', gender: 'female', sequence: 5 });
  });

  it('names a birth date that is not a real date', () => {
    expect(problem('198613322015051001')).toEqual({
      code: 'nip-birth-date',
      part: 'birth-date',
      message: 'Tanggal lahir 19861332 tidak valid.',
    });
    expect(problem('198602302015051001').message).toBe('Tanggal lahir 19860230 tidak valid.');
    expect(problem('198600102015051001').message).toBe('Tanggal lahir 19860010 tidak valid.');
    expect(problem('198609002015051001').message).toBe('Tanggal lahir 19860900 tidak valid.');
    expect(problem('188609262015051001').message).toBe('Tanggal lahir 18860926 tidak valid.');
    expect(info('198802292015051001').birthDate).toBe('1988-02-29');
    expect(problem('198702292015051001').part).toBe('birth-date');
  });

  it('refuses a birth date after today', () => {
    expect(problem('202704012015051001')).toMatchObject({
      part: 'birth-date',
      message: 'Tanggal lahir 20270401 belum terjadi.',
    });
  });

  it('names an appointment month that is not a month', () => {
    expect(problem('198609262015131001')).toEqual({
      code: 'nip-appointment',
      part: 'appointment',
      message: 'Bulan pengangkatan 201513 tidak valid.',
    });
    expect(problem('198609262015001001').message).toBe('Bulan pengangkatan 201500 tidak valid.');
  });

  it('refuses an appointment month in the future, judged by the WITA date of now', () => {
    expect(info('199001012026031001', NOW)).toMatchObject({ kind: 'pns', appointedMonth: '2026-03' });
    expect(problem('199001012026041001', NOW)).toMatchObject({
      part: 'appointment',
      message: 'Bulan pengangkatan 202604 belum terjadi.',
    });
    // 31 March 17:00 UTC is already 1 April in WITA.
    expect(info('199001012026041001', '2026-03-31T17:00:00Z')).toMatchObject({
      kind: 'pns',
      appointedMonth: '2026-04',
    });
    expect(problem('199001012026041001', '2026-03-31T15:59:00Z').part).toBe('appointment');
  });

  it('wants the appointment at least 17 years after the birth month', () => {
    expect(info('199805102015051001')).toMatchObject({ kind: 'pns', appointedMonth: '2015-05' });
    expect(problem('199806102015051001')).toEqual({
      code: 'nip-appointment',
      part: 'appointment',
      message: 'Bulan pengangkatan 201505 kurang dari 17 tahun setelah lahir (19980610).',
    });
  });

  it('wants gender 1 or 2', () => {
    expect(problem('198609262015053001')).toEqual({
      code: 'nip-gender',
      part: 'gender',
      message: 'Kode jenis kelamin harus 1 atau 2, bukan 3.',
    });
    expect(problem('198609262015050001').message).toBe('Kode jenis kelamin harus 1 atau 2, bukan 0.');
  });

  it('wants a sequence from 001 to 999', () => {
    expect(problem('198609262015051000')).toEqual({
      code: 'nip-sequence',
      part: 'sequence',
      message: 'Nomor urut harus 001–999, bukan 000.',
    });
    expect(info('198609262015051999').sequence).toBe(999);
  });
});

describe('NI PPPK', () => {
  it('accepts published PPPK numbers as PPPK, not as bad PNS numbers', () => {
    expect(info('199312282025212001')).toEqual({
      kind: 'pppk',
      nip: '199312282025212001',
      birthDate: '1993-12-28',
      appointedYear: 2025,
      agreements: 1,
      gender: 'female',
      sequence: 1,
    });
    expect(info('19900913 2025 24 2 014')).toMatchObject({
      kind: 'pppk',
      appointedYear: 2025,
      agreements: 4,
      gender: 'female',
      sequence: 14,
    });
    expect(info('200012312024211001')).toMatchObject({ kind: 'pppk', birthDate: '2000-12-31', gender: 'male' });
    expect(info('NI PPPK 19850712 2021 21 1 003')).toMatchObject({ kind: 'pppk', appointedYear: 2021 });
  });

  it('names each malformed part', () => {
    expect(problem('199313282025212001')).toMatchObject({
      part: 'birth-date',
      message: 'Tanggal lahir 19931328 tidak valid.',
    });
    expect(problem('199312282027212001')).toMatchObject({
      part: 'appointment',
      message: 'Tahun pengangkatan PPPK 2027 belum terjadi.',
    });
    expect(problem('201012282025212001')).toMatchObject({
      part: 'appointment',
      message: 'Tahun pengangkatan PPPK 2025 kurang dari 17 tahun setelah tahun lahir 2010.',
    });
    expect(problem('199312282025202001')).toMatchObject({
      part: 'pppk-code',
      message: 'Kode PPPK 20 tidak dikenal: angka ke-14 harus 1–9.',
    });
    expect(problem('199312282025213001')).toMatchObject({
      part: 'gender',
      message: 'Kode jenis kelamin harus 1 atau 2, bukan 3.',
    });
    expect(problem('199312282025212000')).toMatchObject({ part: 'sequence' });
  });

  it('takes a 13th digit above 2 for a bad PNS month, not for PPPK', () => {
    expect(problem('199312282025312001')).toMatchObject({
      part: 'appointment',
      message: 'Bulan pengangkatan 202531 tidak valid.',
    });
  });
});

describe('input shape', () => {
  it('counts the digits that were entered', () => {
    expect(problem('19860926 201505 1 01')).toEqual({
      code: 'nip-length',
      part: 'length',
      message: 'NIP harus 18 angka, yang dimasukkan 17 angka.',
    });
    expect(problem('1986092620150510011').message).toBe('NIP harus 18 angka, yang dimasukkan 19 angka.');
    expect(problem('').message).toBe('NIP harus 18 angka, yang dimasukkan 0 angka.');
  });

  it('refuses letters and other signs', () => {
    expect(problem('19860926201505100O')).toMatchObject({ part: 'characters' });
    expect(problem('1986+0926201505100')).toMatchObject({ part: 'characters' });
    expect(nipDigits('19860926 201505 1 001')).toBe('198609262015051001');
    expect(nipDigits('12a')).toBeNull();
  });
});

describe('register scans', () => {
  it('takes an 18-digit code for a NIP and product barcodes for products', () => {
    expect(isNipScan('198609262015051001')).toBe(true);
    expect(isNipScan('19860926 201505 1 001')).toBe(true);
    expect(isNipScan('199312282025212001')).toBe(true);
    // A malformed NIP is still routed to the NIP check, which explains what is wrong.
    expect(isNipScan('198613322015051001')).toBe(true);
    expect(isNipScan('8991234567891')).toBe(false);
    expect(isNipScan('96385074')).toBe(false);
    expect(isNipScan('012345678905')).toBe(false);
    expect(isNipScan('10012345678902')).toBe(false);
    expect(isNipScan('00123456789012345678')).toBe(false);
  });
});

describe('printed groups', () => {
  it('groups a PNS NIP and an NI PPPK the way they are printed', () => {
    expect(formatNip(info('198609262015051001').nip)).toBe('19860926 201505 1 001');
    expect(formatNip(info('19900913 2025 24 2 014').nip)).toBe('19900913 2025 24 2 014');
  });

  it('names the group of each part, so the screen can mark the wrong one', () => {
    const bad = problem('198609262015053001');
    expect(nipGroups('198609262015053001')!.find((g) => g.part === bad.part)).toEqual({ part: 'gender', text: '3' });
    const pppk = problem('199312282025202001');
    expect(nipGroups('199312282025202001')!.find((g) => g.part === pppk.part)).toEqual({
      part: 'pppk-code',
      text: '20',
    });
    expect(nipGroups('1986092620150510')).toBeNull();
  });
});

describe('maskNip', () => {
  it('shows the first 4 and last 3 digits only', () => {
    expect(maskNip(info('198609262015051001').nip)).toBe('1986***********001');
    expect(maskNip(info('199312282025212007').nip)).toBe('1993***********007');
  });
});
