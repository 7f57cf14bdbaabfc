import { describe, expect, it } from 'vitest';
import { toOutletId, toTerminalId } from '../outlet/terminal';
import { openShift, toShiftId } from './shift';
import { sellingShift } from './selling-shift';

const shift = openShift({
  id: toShiftId('shift-1'),
  outletId: toOutletId('LBJ'),
  terminalId: toTerminalId('T1'),
  cashier: { id: 'k1', name: 'Maria' },
  training: false,
  openingFloat: { 'note-50000': 2 },
  openedAt: '2026-01-31T01:00:00Z',
});

describe('the shift a person may sell in', () => {
  it('is the open shift, for its own kasir', () => {
    expect(sellingShift(shift, { id: 'k1', name: 'Maria', role: 'kasir' })).toEqual({ ok: true, value: shift });
  });

  it('is any open shift for a manager', () => {
    expect(sellingShift(shift, { id: 'm1', name: 'Agustina', role: 'manager' })).toEqual({ ok: true, value: shift });
  });

  it('is none for another kasir, who is told whose drawer it is', () => {
    expect(sellingShift(shift, { id: 'k2', name: 'Yohanes', role: 'kasir' })).toEqual({
      ok: false,
      error: {
        code: 'shift-of-another-cashier',
        message: 'Shift yang terbuka milik Maria: Maria atau manajer menutupnya dulu.',
      },
    });
  });

  it('is none when no shift is open, with what to do', () => {
    expect(sellingShift(null, { id: 'k1', name: 'Maria', role: 'kasir' })).toMatchObject({
      ok: false,
      error: { code: 'no-open-shift', message: expect.stringMatching(/^Belum ada shift terbuka/) },
    });
  });
});
