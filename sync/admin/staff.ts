/** `staff add OUTLET NAME --role kasir|manager`, PIN prompted: hashed here and never stored or printed in clear. */
import { pinProblem } from '#domain/staff/pin-hash';
import { STAFF_ROLES, type StaffRole } from '#domain/staff/staff';
import type { Database } from '../server/db/database';
import { insertStaff } from '../server/staff/staff-records';
import { writeTransaction } from '../server/streams/change-log';
import { AdminError, requireOutlet } from './output';

export async function addStaff(
  db: Database,
  outletId: string,
  name: string,
  role: string,
  pin: string,
): Promise<string> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 200) throw new AdminError('Nama staf harus 1 sampai 200 huruf.');
  if (!STAFF_ROLES.includes(role as StaffRole)) throw new AdminError(`--role harus ${STAFF_ROLES.join(' atau ')}.`);
  const problem = pinProblem(pin, role as StaffRole);
  if (problem !== null) throw new AdminError(`PIN ditolak: ${problem}`);
  const outletName = await requireOutlet(db, outletId);
  const { id } = await writeTransaction(db, (tx) =>
    insertStaff(tx, { outletId, name: trimmed, role: role as StaffRole, pin }),
  );
  return `${trimmed} (${role}) ditambahkan ke ${outletName}; terminal outlet itu menerimanya pada sinkronisasi berikutnya. Id: ${id}`;
}
