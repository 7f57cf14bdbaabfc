/**
 * The outlet staff the terminals sign in with (the staff stream): added, given a new PIN and
 * deactivated by `npm run admin -- staff add` and the back office's Staf screen alike. Each write
 * marks the member changed for the outlet's terminals, which get it on their next pull. Only PIN
 * hashes are stored (domain/staff/pin-hash.ts).
 */
import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { hashPin } from '#domain/staff/pin-hash';
import type { StaffRole } from '#domain/staff/staff';
import type { Queryable } from '../db/database';
import type { WriteTx } from '../streams/change-log';

export interface StaffRecord {
  id: string;
  outletId: string;
  name: string;
  role: StaffRole;
  active: boolean;
  createdAt: Date;
}

const COLUMNS = 'id, outlet_id AS "outletId", name, role, active, created_at AS "createdAt"';

export async function insertStaff(
  tx: WriteTx,
  member: { outletId: string; name: string; role: StaffRole; pin: string },
): Promise<StaffRecord> {
  const pinHash = await hashPin(member.pin);
  const { rows } = await tx.query<StaffRecord>(
    `INSERT INTO staff (id, outlet_id, name, role, pin_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [uuidv7(), member.outletId, member.name, member.role, pinHash],
  );
  tx.changed('staff', member.outletId, [rows[0]!.id]);
  return rows[0]!;
}

export async function listStaff(db: Queryable, outletId: string): Promise<StaffRecord[]> {
  const { rows } = await db.query<StaffRecord>(
    `SELECT ${COLUMNS} FROM staff WHERE outlet_id = $1 ORDER BY active DESC, name`,
    [outletId],
  );
  return rows;
}

/** The member, locked for a change in this transaction; undefined when there is none. */
export async function lockStaff(tx: Queryable, id: string): Promise<StaffRecord | undefined> {
  const { rows } = await tx.query<StaffRecord>(`SELECT ${COLUMNS} FROM staff WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

export async function setStaffPin(tx: WriteTx, member: StaffRecord, pin: string): Promise<void> {
  await tx.query('UPDATE staff SET pin_hash = $2 WHERE id = $1', [member.id, await hashPin(pin)]);
  tx.changed('staff', member.outletId, [member.id]);
}

/** Terminals then refuse the member's PIN: the staff stream serves `active: false`. */
export async function deactivateStaff(tx: WriteTx, member: StaffRecord): Promise<void> {
  await tx.query('UPDATE staff SET active = false WHERE id = $1', [member.id]);
  tx.changed('staff', member.outletId, [member.id]);
}

/** A PIN the back office hands out once: six random digits, which every role accepts. */
export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
