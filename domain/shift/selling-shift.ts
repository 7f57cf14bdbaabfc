/**
 * Which shift a person may sell in: the open one, and only their own — a kasir never takes money into
 * another kasir's drawer; a manager may work in any shift.
 */
import { ok, problem, type Result } from '../result';
import type { StaffRef, StaffRole } from '../staff/staff';
import type { Shift } from './shift';

export function sellingShift(shift: Shift | null, user: StaffRef & { role: StaffRole }): Result<Shift> {
  if (!shift)
    return problem('no-open-shift', 'Belum ada shift terbuka: buka shift dulu (F5) dengan menghitung modal awal.');
  if (user.role !== 'manager' && shift.cashier.id !== user.id)
    return problem(
      'shift-of-another-cashier',
      `Shift yang terbuka milik ${shift.cashier.name}: ${shift.cashier.name} atau manajer menutupnya dulu.`,
    );
  return ok(shift);
}
