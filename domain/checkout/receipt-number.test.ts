import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReceiptNo, parseReceiptNo, receiptCounterName } from './receipt-number';
import { toBusinessDate } from '../wita';

describe('receipt numbers', () => {
  it('read outlet-terminal-date-sequence', () => {
    expect(
      formatReceiptNo({
        outletCode: 'MBR',
        terminalCode: 'T01',
        businessDate: toBusinessDate('2026-12-21'),
        sequence: 42,
      }),
    ).toBe('MBR-T01-20261221-0042');
    expect(
      formatReceiptNo({
        outletCode: 'MBR',
        terminalCode: 'T01',
        businessDate: toBusinessDate('2026-12-21'),
        sequence: 12_345,
      }),
    ).toBe('MBR-T01-20261221-12345');
    expect(receiptCounterName(toBusinessDate('2026-12-21'))).toBe('receipt:2026-12-21');
  });

  it('refuse a sequence below 1 and lower-case codes', () => {
    expect(() =>
      formatReceiptNo({
        outletCode: 'MBR',
        terminalCode: 'T01',
        businessDate: toBusinessDate('2026-12-21'),
        sequence: 0,
      }),
    ).toThrow();
    expect(() =>
      formatReceiptNo({
        outletCode: 'mbr',
        terminalCode: 'T01',
        businessDate: toBusinessDate('2026-12-21'),
        sequence: 1,
      }),
    ).toThrow();
  });

  it('parse back to what they were made of, and differ whenever a part differs', () => {
    const parts = fc.record({
      outletCode: fc.stringMatching(/^[A-Z0-9]{1,8}$/),
      terminalCode: fc.stringMatching(/^[A-Z0-9]{1,8}$/),
      businessDate: fc
        .date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
        .map((d) => toBusinessDate(d.toISOString().slice(0, 10))),
      sequence: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseReceiptNo(formatReceiptNo(p))).toEqual(p);
      }),
    );
    fc.assert(
      fc.property(
        parts,
        parts,
        (a, b) => (formatReceiptNo(a) === formatReceiptNo(b)) === (JSON.stringify(a) === JSON.stringify(b)),
      ),
    );
  });
});
