import { describe, expect, it } from 'vitest';
import { formatReceiptNo } from '../checkout/receipt-number';
import { DEMO_IDENTITY } from '#renderer/training/demo-outlet';
import { toTerminalId, toOutletId, enrolledIdentity, outletCodeOf, terminalCodeOf } from './terminal';
import { toBusinessDate } from '../wita';

describe('an enrolled terminal’s identity', () => {
  it('takes ids of 1 to 64 characters, as the sync protocol does', () => {
    expect(toOutletId('manggarai-barat')).toBe('manggarai-barat');
    expect(toTerminalId('x'.repeat(64))).toHaveLength(64);
    expect(() => toOutletId('')).toThrow(RangeError);
    expect(() => toTerminalId('x'.repeat(65))).toThrow(RangeError);
  });

  it('takes receipt codes from the outlet and terminal ids', () => {
    expect(
      ['timor-tengah-selatan', 'sumba-barat-daya', 'manggarai-barat', 'kota-kupang', 'ende', 'rote-ndao'].map(
        outletCodeOf,
      ),
    ).toEqual(['TTS', 'SBD', 'MB', 'KK', 'END', 'RN']);
    expect(terminalCodeOf('manggarai-barat-t01')).toBe('T01');
    expect(terminalCodeOf('ende-t12')).toBe('T12');
  });

  it('is not in mode latihan and numbers receipts apart from the training terminal’s', () => {
    const identity = enrolledIdentity({
      outletId: toOutletId('manggarai-barat'),
      terminalId: toTerminalId('manggarai-barat-t01'),
      outletName: 'NTT Mart Manggarai Barat',
      outletAddress: 'Labuan Bajo',
      qrisStatic: '',
    });
    expect(identity.training).toBe(false);
    const date = toBusinessDate('2026-12-21');
    const real = formatReceiptNo({
      outletCode: identity.outletCode,
      terminalCode: identity.terminalCode,
      businessDate: date,
      sequence: 1,
    });
    const practice = formatReceiptNo({
      outletCode: DEMO_IDENTITY.outletCode,
      terminalCode: DEMO_IDENTITY.terminalCode,
      businessDate: date,
      sequence: 1,
    });
    expect(real).toBe('MB-T01-20261221-0001');
    expect(real).not.toBe(practice);
  });
});
