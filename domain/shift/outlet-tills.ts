/**
 * An outlet's tills on a WITA day as the province knows them (each till's shifts and last push),
 * and the manager's day close over all of them: this till's own shifts from its database, the
 * others' Z reports from the province. A till with a shift the province has not seen closed, or
 * with events the province is missing, holds the close back and is named; a till that has been
 * quiet for a while is named too, in case it sold without syncing.
 */
import type { OutletId, TerminalId } from '../outlet/terminal';
import { terminalCodeOf } from '../outlet/terminal';
import { problem, type Result } from '../result';
import type { StaffRef } from '../staff/staff';
import { formatWita, type BusinessDate } from '../wita';
import type { ShiftId } from './shift';
import { dayClose, type DayClose, type ShiftReport } from './shift-report';

export interface OutletTill {
  terminalId: TerminalId;
  name: string;
  lastPushAt: string | null;
  missingEvents: boolean;
  openShifts: { shiftId: ShiftId; cashier: StaffRef; openedAt: string }[];
  closedShifts: ShiftReport[];
}

export interface OutletDay {
  outletId: OutletId;
  businessDate: BusinessDate;
  serverTime: string;
  tills: OutletTill[];
  closed: { terminalId: TerminalId; closedAt: string } | null;
}

/** A till quiet this long before the server's answer may have sold without syncing. */
export const QUIET_TILL_MS = 15 * 60_000;

export type TillState = 'this-till' | 'closed' | 'open-shift' | 'unsynced' | 'idle';

export interface TillStatus {
  terminalId: TerminalId;
  /** T01, T02…: as receipts and the top bar name the till. */
  code: string;
  name: string;
  state: TillState;
  /** What the manager reads beside the till, in Bahasa Indonesia. */
  note: string;
  /** 'open-shift' and 'unsynced' hold the day close back. */
  blocks: boolean;
}

/** Each till of the outlet with what stands between it and the day close; this till first. */
export function tillStatuses(day: OutletDay, own: TerminalId): TillStatus[] {
  const statuses = day.tills.map((till): TillStatus => {
    const base = { terminalId: till.terminalId, code: terminalCodeOf(till.terminalId), name: till.name };
    if (till.terminalId === own)
      return { ...base, state: 'this-till', note: 'Till ini: shift dihitung dari data terminal ini.', blocks: false };
    const lastPush =
      till.lastPushAt === null ? 'belum pernah sinkron' : `terakhir sinkron ${formatWita(till.lastPushAt)}`;
    const quiet = till.lastPushAt === null || Date.parse(day.serverTime) - Date.parse(till.lastPushAt) > QUIET_TILL_MS;
    if (till.missingEvents)
      return {
        ...base,
        state: 'unsynced',
        note: `Belum sinkron: sebagian data till ini belum sampai di server (${lastPush}).`,
        blocks: true,
      };
    if (till.openShifts.length > 0) {
      const names = till.openShifts.map((s) => s.cashier.name).join(', ');
      return {
        ...base,
        state: 'open-shift',
        note: quiet
          ? `Shift ${names} belum ditutup atau belum sinkron (${lastPush}).`
          : `Shift ${names} belum ditutup (${lastPush}).`,
        blocks: true,
      };
    }
    if (till.closedShifts.length > 0)
      return {
        ...base,
        state: 'closed',
        note: `${till.closedShifts.length} shift ditutup (${lastPush}).`,
        blocks: false,
      };
    return {
      ...base,
      state: 'idle',
      note: quiet
        ? `Tidak ada shift hari ini di server (${lastPush}): bila till ini berjualan, sinkronkan dulu.`
        : `Tidak ada shift hari ini (${lastPush}).`,
      blocks: false,
    };
  });
  return statuses.sort((a, b) => Number(b.terminalId === own) - Number(a.terminalId === own));
}

/**
 * The day close of the whole outlet: this till's reports and the other tills' closed shifts, once
 * no till holds it back and no till closed the day already.
 */
export function outletDayClose(day: OutletDay, own: TerminalId, ownReports: readonly ShiftReport[]): Result<DayClose> {
  if (day.closed !== null)
    return problem(
      'day-closed',
      `Hari ini sudah ditutup di Terminal ${terminalCodeOf(day.closed.terminalId)} (${formatWita(day.closed.closedAt)}).`,
    );
  const holding = tillStatuses(day, own).filter((t) => t.blocks);
  if (holding.length > 0)
    return problem(
      'tills-open',
      `Tutup hari belum bisa: ${holding.map((t) => `Terminal ${t.code} (${t.name}) — ${t.note}`).join(' ')}`,
    );
  const others = day.tills.filter((t) => t.terminalId !== own).flatMap((t) => t.closedShifts);
  const reports = [...ownReports, ...others].sort((a, b) => (a.openedAt < b.openedAt ? -1 : 1));
  if (reports.length === 0) return problem('no-shifts', `Belum ada shift pada ${day.businessDate} di outlet ini.`);
  return dayClose(day.outletId, day.businessDate, reports);
}
