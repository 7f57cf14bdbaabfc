/**
 * The audit log: every login and failed PIN, every act that needed (or, for a manager, could have
 * needed) a manager's approval — discounts, price overrides, late removals and voids, opening the
 * drawer without a sale, refunds, closing over the variance threshold — and every drawer opened for
 * cash in or out; changes to the terminal's settings, its enrolment and exports of unsynced data.
 * Each entry is an immutable document with who acted and who approved, synced to the province as an
 * event.
 */
import { describeAction, type SensitiveAction } from './approval';
import type { CashMovementId, CashMovementKind } from '../shift/cash-movement';
import { missingCase } from '../missing-case';
import type { StaffRef } from './staff';
import { formatWita } from '../wita';

export type AuditEvent =
  | { kind: 'login' }
  | { kind: 'lock'; idle: boolean }
  /** A wrong PIN at login or at an approval; lockedUntil is set when it locked the person out. */
  | { kind: 'pin-failed'; purpose: 'login' | 'approval'; lockedUntil: string | null }
  | { kind: 'approved'; action: SensitiveAction }
  | { kind: 'drawer-opened'; cause: CashMovementKind; movementId: CashMovementId }
  /** The terminal's host settings saved (printer, kiosk, scanners…), each change in words. */
  | { kind: 'settings-changed'; changes: string[] }
  | { kind: 'enrolled'; serverUrl: string; terminalId: string }
  /** Unsynced events written to a file to carry to the office. */
  | { kind: 'exported'; events: number; deadLetters: number; file: string };

export type AuditKind = AuditEvent['kind'];
export const AUDIT_KINDS: readonly AuditKind[] = [
  'login',
  'lock',
  'pin-failed',
  'approved',
  'drawer-opened',
  'settings-changed',
  'enrolled',
  'exported',
];

export interface AuditEntry {
  id: string;
  outletId: string;
  terminalId: string;
  /** UTC instant from the terminal clock. */
  at: string;
  training: boolean;
  /** Whose login or PIN it was, or who acted at the counter. */
  staff: StaffRef;
  /** The manager whose PIN approved; the manager themself when a manager acts. */
  approvedBy: StaffRef | null;
  event: AuditEvent;
}

/** The entry's event in words, for the audit screen and the province's report. */
export function describeAudit(event: AuditEvent): string {
  switch (event.kind) {
    case 'login':
      return 'Masuk';
    case 'lock':
      return event.idle ? 'Layar terkunci otomatis (tidak aktif)' : 'Layar dikunci';
    case 'pin-failed': {
      const where = event.purpose === 'login' ? 'saat masuk' : 'saat persetujuan';
      return `PIN salah ${where}${event.lockedUntil === null ? '' : `; terkunci sampai ${formatWita(event.lockedUntil)}`}`;
    }
    case 'approved':
      return describeAction(event.action);
    case 'drawer-opened':
      return `Laci dibuka untuk ${event.cause === 'pay-in' ? 'kas masuk' : 'kas keluar'}`;
    case 'settings-changed':
      return `Pengaturan diubah: ${event.changes.join('; ')}`;
    case 'enrolled':
      return `Terminal didaftarkan sebagai ${event.terminalId} di ${event.serverUrl}`;
    case 'exported':
      return `${event.events} event menunggu dan ${event.deadLetters} ditolak diekspor ke ${event.file}`;
    default:
      return missingCase(event);
  }
}
