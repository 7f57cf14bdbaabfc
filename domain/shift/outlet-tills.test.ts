import { describe, expect, it } from 'vitest';
import { toOutletId, toTerminalId, type TerminalId } from '../outlet/terminal';
import { toBusinessDate } from '../wita';
import { DEFAULT_VARIANCE_THRESHOLD, openShift, toShiftId, type Shift } from './shift';
import { outletDayClose, tillStatuses, type OutletDay, type OutletTill } from './outlet-tills';
import { shiftReport, type ShiftReport } from './shift-report';

const OUTLET = toOutletId('sikka');
const DATE = toBusinessDate('2026-03-20');
const T01 = toTerminalId('sikka-t01');
const T02 = toTerminalId('sikka-t02');
const T03 = toTerminalId('sikka-t03');
const SERVER_TIME = '2026-03-20T12:00:00Z';

function zReport(terminalId: TerminalId, id: string, openedAt: string, cash: number): ShiftReport {
  const shift: Shift = openShift({
    id: toShiftId(id),
    outletId: OUTLET,
    terminalId,
    cashier: { id: 'k1', name: 'Maria' },
    training: false,
    openedAt,
    openingFloat: { 'note-50000': cash },
  });
  return shiftReport({
    shift: {
      ...shift,
      closing: {
        closedAt: '2026-03-20T10:00:00Z',
        closedBy: shift.cashier,
        counted: { 'note-50000': cash },
        varianceThreshold: DEFAULT_VARIANCE_THRESHOLD,
        varianceReason: null,
        approvedBy: null,
      },
    },
    sales: [],
    refunds: [],
    movements: [],
  });
}

const till = (terminalId: TerminalId, over: Partial<OutletTill> = {}): OutletTill => ({
  terminalId,
  name: `Kasir ${terminalId.slice(-1)}`,
  lastPushAt: '2026-03-20T11:55:00Z',
  missingEvents: false,
  openShifts: [],
  closedShifts: [],
  ...over,
});

const day = (tills: OutletTill[], closed: OutletDay['closed'] = null): OutletDay => ({
  outletId: OUTLET,
  businessDate: DATE,
  serverTime: SERVER_TIME,
  tills,
  closed,
});

const OWN = zReport(T01, '019c0000-0000-7000-8000-000000000001', '2026-03-20T00:00:00Z', 2);
const OTHER = zReport(T02, '019c0000-0000-7000-8000-000000000002', '2026-03-19T23:30:00Z', 3);
const OPEN = {
  shiftId: toShiftId('019c0000-0000-7000-8000-000000000003'),
  cashier: { id: 'k2', name: 'Yosef' },
  openedAt: '2026-03-20T01:00:00Z',
};

describe('the outlet’s tills on the day close', () => {
  it('names each till’s state, this till first, and which hold the close back', () => {
    const statuses = tillStatuses(
      day([
        till(T02, { openShifts: [OPEN] }),
        till(T01),
        till(T03, { lastPushAt: '2026-03-20T08:00:00Z', missingEvents: true }),
        till(toTerminalId('sikka-t04'), { closedShifts: [OTHER] }),
        till(toTerminalId('sikka-t05'), { lastPushAt: null }),
      ]),
      T01,
    );
    expect(statuses.map((s) => [s.code, s.state, s.blocks, s.note])).toEqual([
      ['T01', 'this-till', false, 'Till ini: shift dihitung dari data terminal ini.'],
      ['T02', 'open-shift', true, 'Shift Yosef belum ditutup (terakhir sinkron 20/03/2026 19:55).'],
      [
        'T03',
        'unsynced',
        true,
        'Belum sinkron: sebagian data till ini belum sampai di server (terakhir sinkron 20/03/2026 16:00).',
      ],
      ['T04', 'closed', false, '1 shift ditutup (terakhir sinkron 20/03/2026 19:55).'],
      [
        'T05',
        'idle',
        false,
        'Tidak ada shift hari ini di server (belum pernah sinkron): bila till ini berjualan, sinkronkan dulu.',
      ],
    ]);
    // A till quiet for longer than a quarter of an hour with a shift open may have closed it offline.
    expect(
      tillStatuses(day([till(T02, { openShifts: [OPEN], lastPushAt: '2026-03-20T11:30:00Z' })]), T01)[0]!.note,
    ).toBe('Shift Yosef belum ditutup atau belum sinkron (terakhir sinkron 20/03/2026 19:30).');
  });

  it('closes the outlet’s day over this till’s reports and the others’ closed shifts, in opening order', () => {
    const result = outletDayClose(
      day([till(T01, { closedShifts: [OWN] }), till(T02, { closedShifts: [OTHER] })]),
      T01,
      [OWN],
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.shifts.map((s) => s.terminalId)).toEqual([T02, T01]);
    expect([result.value.openingFloat, result.value.counted]).toEqual([250_000, 250_000]);
  });

  it('refuses while a till holds it back, once it is closed, and when no till had a shift', () => {
    const held = outletDayClose(
      day([till(T01), till(T02, { openShifts: [OPEN] }), till(T03, { missingEvents: true })]),
      T01,
      [OWN],
    );
    expect(held).toEqual({
      ok: false,
      error: {
        code: 'tills-open',
        message:
          'Tutup hari belum bisa: Terminal T02 (Kasir 2) — Shift Yosef belum ditutup (terakhir sinkron 20/03/2026 19:55). ' +
          'Terminal T03 (Kasir 3) — Belum sinkron: sebagian data till ini belum sampai di server (terakhir sinkron 20/03/2026 19:55).',
      },
    });
    expect(outletDayClose(day([till(T01)], { terminalId: T02, closedAt: '2026-03-20T13:00:00Z' }), T01, [OWN])).toEqual(
      {
        ok: false,
        error: { code: 'day-closed', message: 'Hari ini sudah ditutup di Terminal T02 (20/03/2026 21:00).' },
      },
    );
    expect(outletDayClose(day([till(T01), till(T02)]), T01, [])).toMatchObject({
      ok: false,
      error: { code: 'no-shifts' },
    });
  });
});
