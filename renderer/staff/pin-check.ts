/**
 * Checking a staff member's PIN, offline, at login or when a manager approves at the counter. Wrong
 * PINs are kept per person (pinFailures) and lock that person out for a while (domain/staff/pin-lockout),
 * whichever terminal screen they were typed on; a correct PIN clears them. Each wrong PIN and each
 * login is an audit entry, written with the lockout row in one transaction.
 */
import { isDemoStaff } from '../../domain/staff/demo-staff';
import { verifyPin } from '../../domain/staff/pin-hash';
import { pinLockState } from '../../domain/staff/pin-lockout';
import type { StaffRef } from '../../domain/staff/staff';
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import type { StaffItem } from '../../sync/protocol/streams';
import { auditEntry, auditWrites } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { commitDocuments } from '../outbox/commit';

export type PinPurpose = 'login' | 'approval';

export type PinCheck = { ok: true; staff: StaffItem } | { ok: false; message: string };

export function staffRef(staff: Pick<StaffItem, 'id' | 'name'>): StaffRef {
  return { id: staff.id, name: staff.name };
}

export async function checkPin(db: PosDatabase, identity: TerminalIdentity, staffId: string, pin: string, purpose: PinPurpose, now: Date): Promise<PinCheck> {
  const staff = await db.staff.get(staffId);
  if (!staff || !staff.active || isDemoStaff(staff.id) !== identity.training) return { ok: false, message: 'Nama ini tidak terdaftar di terminal ini.' };
  if (purpose === 'approval' && staff.role !== 'manager') return { ok: false, message: `${staff.name} bukan manajer: persetujuan butuh PIN manajer.` };
  const failures = (await db.pinFailures.get(staff.id))?.failures ?? [];
  const before = pinLockState(failures, now);
  if (before.locked) return { ok: false, message: `${staff.name}: ${before.message}` };

  if (await verifyPin(pin, staff.pinHash)) {
    const login = purpose === 'login' ? auditWrites(auditEntry(identity, now, staffRef(staff), { kind: 'login' })) : { writes: [], events: [] };
    await commitDocuments(db, {
      receiptDate: null,
      stores: ['pinFailures', 'audit'],
      plan: () => ({ writes: [{ op: 'delete', store: 'pinFailures', key: staff.id }, ...login.writes], events: login.events, result: undefined }),
    });
    return { ok: true, staff };
  }

  const recorded = [...failures, now.toISOString()];
  const after = pinLockState(recorded, now);
  const lockedUntil = after.locked ? after.until.toISOString() : null;
  const entry = auditEntry(identity, now, staffRef(staff), { kind: 'pin-failed', purpose, lockedUntil });
  const audit = auditWrites(entry);
  await commitDocuments(db, {
    receiptDate: null,
    stores: ['pinFailures', 'audit'],
    plan: () => ({ writes: [{ op: 'put', store: 'pinFailures', value: { staffId: staff.id, failures: recorded } }, ...audit.writes], events: audit.events, result: undefined }),
  });
  if (after.locked) return { ok: false, message: `PIN salah. ${after.message}` };
  return { ok: false, message: `PIN salah. Sisa ${after.attemptsLeft} kali sebelum dikunci.` };
}
