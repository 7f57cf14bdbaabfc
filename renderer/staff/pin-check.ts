/**
 * Checking a staff member's PIN, offline, at login or when a manager approves at the counter. The
 * main process checks it against the peppered hash and keeps the wrong PINs per person, locking that
 * person out for a while (domain/staff/pin-guard, pin-lockout), whichever screen they were typed
 * on; a correct PIN clears them. Each wrong PIN and each login is an audit entry.
 */
import { isDemoStaff } from '#domain/staff/demo-staff';
import type { StaffRef } from '#domain/staff/staff';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { StaffItem } from '#sync/protocol/streams';
import { auditEntry, recordAudit } from '../audit/audit-log';
import type { PosDatabase } from '../db/database';
import { bridgePinService, type PinService } from './pin-service';
import { ok, problem, type Result } from '#domain/result';

export type PinPurpose = 'login' | 'approval';

/** The staff member whose PIN it was, or why not. */
export type PinCheck = Result<StaffItem>;

export function staffRef(staff: Pick<StaffItem, 'id' | 'name'>): StaffRef {
  return { id: staff.id, name: staff.name };
}

export async function checkPin(
  db: PosDatabase,
  identity: TerminalIdentity,
  staffId: string,
  pin: string,
  purpose: PinPurpose,
  now: Date,
  pins: PinService = bridgePinService,
): Promise<PinCheck> {
  const staff = await db.staff.get(staffId);
  if (!staff || !staff.active || isDemoStaff(staff.id) !== identity.training)
    return problem('staff-unknown', 'Nama ini tidak terdaftar di terminal ini.');
  if (purpose === 'approval' && staff.role !== 'manager')
    return problem('not-manager', `${staff.name} bukan manajer: persetujuan butuh PIN manajer.`);

  const verdict = await pins.check({ staffId: staff.id, pin, pinHash: staff.pinHash }, now);
  if (verdict.ok) {
    if (purpose === 'login') await recordAudit(db, auditEntry(identity, now, staffRef(staff), { kind: 'login' }));
    return ok(staff);
  }
  const refusal = verdict.error;
  if (refusal.locked) return problem('pin-locked', `${staff.name}: ${refusal.message}`);
  await recordAudit(
    db,
    auditEntry(identity, now, staffRef(staff), { kind: 'pin-failed', purpose, lockedUntil: refusal.lockedUntil }),
  );
  return problem('pin-wrong', refusal.message);
}
