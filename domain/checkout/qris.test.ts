import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { crc16CcittFalse, encodeTlv, hasValidCrc, parseTlv, qrisAmount, toDynamicQris, withCrc } from './qris';

// A static QRIS as printed by an Indonesian bank (public sample), with its bank-computed CRC 7127.
const BANK_SAMPLE =
  '00020101021126670016COM.NOBUBANK.WWW01189360050300000879140214703239147837910303UMI51440014ID.CO.QRIS.WWW0215ID20232709941630303UMI5204481253033605802ID5923GRANOOL STORE OK12295776006KEDIRI61056421262070703A0163047127';

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the catalogue check value for "123456789"', () => {
    expect(crc16CcittFalse('123456789')).toBe(0x29b1);
  });

  it("agrees with a bank's CRC on a real static QRIS", () => {
    expect(hasValidCrc(BANK_SAMPLE)).toBe(true);
    expect(hasValidCrc(BANK_SAMPLE.replace('KEDIRI', 'KEDIRO'))).toBe(false);
  });
});

describe('toDynamicQris', () => {
  it('sets tag 01 to 12, inserts tag 54 before 58 and recomputes the CRC', () => {
    const result = toDynamicQris(BANK_SAMPLE, rupiah(125_500));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const fields = parseTlv(result.value)!;
    expect(fields.map((f) => f.tag)).toEqual([
      '00',
      '01',
      '26',
      '51',
      '52',
      '53',
      '54',
      '58',
      '59',
      '60',
      '61',
      '62',
      '63',
    ]);
    expect(fields.find((f) => f.tag === '01')!.value).toBe('12');
    expect(result.value).toContain('5303360540612550058');
    expect(qrisAmount(result.value)).toBe(125_500);
    expect(hasValidCrc(result.value)).toBe(true);
  });

  it('replaces an amount that is already there', () => {
    const first = toDynamicQris(BANK_SAMPLE, rupiah(10_000));
    if (!first.ok) throw new Error(first.error.message);
    const second = toDynamicQris(first.value, rupiah(20_000));
    if (!second.ok) throw new Error(second.error.message);
    expect(qrisAmount(second.value)).toBe(20_000);
    expect(parseTlv(second.value)!.filter((f) => f.tag === '54')).toHaveLength(1);
  });

  it('says the outlet has no QRIS yet when the province has not set one', () => {
    for (const unset of ['', '  '])
      expect(toDynamicQris(unset, rupiah(1000))).toEqual({
        ok: false,
        error: { code: 'qris-not-set', message: expect.stringContaining('belum diatur') },
      });
  });

  it('refuses a corrupted static string, a non-Rupiah one and a zero amount with a reason', () => {
    expect(toDynamicQris(BANK_SAMPLE.slice(0, -1) + '8', rupiah(1000))).toEqual({
      ok: false,
      error: { code: 'qris-invalid', message: expect.stringContaining('CRC salah') },
    });
    const dollars = withCrc(
      encodeTlv(
        parseTlv(BANK_SAMPLE)!
          .filter((f) => f.tag !== '63')
          .map((f) => (f.tag === '53' ? { tag: '53', value: '840' } : f)),
      ),
    );
    expect(toDynamicQris(dollars, rupiah(1000))).toEqual({
      ok: false,
      error: { code: 'qris-not-rupiah', message: expect.stringContaining('tag 53') },
    });
    expect(toDynamicQris(BANK_SAMPLE, rupiah(0)).ok).toBe(false);
  });

  it('always yields a payload with a valid CRC and the asked amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999 }), (amount) => {
        const result = toDynamicQris(BANK_SAMPLE, rupiah(amount));
        return result.ok && hasValidCrc(result.value) && qrisAmount(result.value) === amount;
      }),
    );
  });
});
