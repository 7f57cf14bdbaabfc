import { describe, expect, it } from 'vitest';
import { rupiah } from '../money';
import { toOutletId, toTerminalId } from '../outlet/terminal';
import { closingProblems, openShift, toShiftId, varianceNeedsApproval, type ShiftClosing } from './shift';

const opening = {
  id: toShiftId('shift-1'),
  outletId: toOutletId('LBJ'),
  terminalId: toTerminalId('T1'),
  cashier: { id: 'k1', name: 'Maria' },
  training: false,
  openingFloat: { 'note-50000': 2, 'coin-500': 10 },
};

describe('shifts', () => {
  it('belong to the WITA day they opened, whatever the clock offset', () => {
    expect(openShift({ ...opening, openedAt: '2026-01-31T15:00:00Z' }).businessDate).toBe('2026-01-31');
    expect(openShift({ ...opening, openedAt: '2026-01-31T23:30:00+08:00' }).businessDate).toBe('2026-01-31');
    expect(openShift({ ...opening, openedAt: '2026-01-31T23:10:00+07:00' }).businessDate).toBe('2026-02-01');
    expect(openShift({ ...opening, openedAt: '2026-01-31T15:00:00Z' }).closing).toBeNull();
  });

  it('open only with a real float count', () => {
    expect(() =>
      openShift({ ...opening, openedAt: '2026-01-31T01:00:00Z', openingFloat: { 'note-1000': -1 } }),
    ).toThrow(RangeError);
  });

  it('need a reason and a manager when the variance is over the threshold, either way', () => {
    expect(varianceNeedsApproval(rupiah(-10_000), rupiah(10_000))).toBe(false);
    expect(varianceNeedsApproval(rupiah(-10_100), rupiah(10_000))).toBe(true);
    expect(varianceNeedsApproval(rupiah(10_100), rupiah(10_000))).toBe(true);
    const closing: ShiftClosing = {
      closedAt: '2026-01-31T14:00:00Z',
      closedBy: { id: 'k1', name: 'Maria' },
      counted: { 'note-50000': 2 },
      varianceThreshold: rupiah(10_000),
      varianceReason: null,
      approvedBy: null,
    };
    expect(closingProblems(closing, rupiah(-5_000))).toEqual([]);
    expect(closingProblems(closing, rupiah(-25_000)).map((p) => p.replace(/\u00a0/g, ' '))).toEqual([
      'Selisih kas -Rp 25.000 melebihi batas Rp 10.000: alasan wajib diisi.',
      'Selisih kas -Rp 25.000 melebihi batas Rp 10.000: perlu persetujuan manajer.',
    ]);
    const approved = { ...closing, varianceReason: 'Uang kembalian salah', approvedBy: { id: 'm1', name: 'Pak Agus' } };
    expect(closingProblems(approved, rupiah(-25_000))).toEqual([]);
    expect(closingProblems({ ...approved, counted: { 'coin-100': 0.5 } }, rupiah(0))).toHaveLength(1);
  });
});
