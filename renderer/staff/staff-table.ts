/**
 * The outlet's staff on the terminal: what the server's staff stream serves (names, roles, PIN
 * hashes; see sync/protocol/streams), kept so that login works offline. In mode latihan the demo
 * staff stand in; they are never offered once the terminal is enrolled.
 */
import { DEMO_STAFF, isDemoStaff } from '#domain/staff/demo-staff';
import { isServerHash } from '#domain/staff/pin-hash';
import type { TerminalIdentity } from '#domain/outlet/terminal';
import type { StaffItem } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';
import { bridgePinService, type PinService } from './pin-service';

/**
 * Upserts staff stream items by id. Called by the sync client's staff pull inside its own Dexie
 * transaction (with the stream's cursor), which this joins rather than opening another.
 */
export async function applyStaff(db: PosDatabase, items: readonly StaffItem[]): Promise<void> {
  await db.staff.bulkPut([...items]);
}

/**
 * Each start in mode latihan: the demo kasir and manager, their PINs peppered by the main process
 * like any other. Hashed afresh each time, so a profile that meets another pepper (carried to
 * another PC, a new web host data folder) still lets them sign in.
 */
export async function seedDemoStaff(db: PosDatabase, pins: PinService = bridgePinService): Promise<void> {
  const hashes = await pins.demoHashes();
  await applyStaff(
    db,
    DEMO_STAFF.map((s): StaffItem => ({ id: s.id, name: s.name, role: s.role, pinHash: hashes[s.id]!, active: true })),
  );
}

/**
 * Staff hashes an earlier version stored as the server sent them: peppered once by the main process
 * at start, so those people still sign in offline and the database no longer holds searchable hashes.
 */
export async function pepperStoredStaff(db: PosDatabase, pins: PinService = bridgePinService): Promise<void> {
  const plain = await db.staff.filter((s) => isServerHash(s.pinHash)).toArray();
  if (plain.length === 0) return;
  const hashes = await pins.wrap(plain.map((s) => s.pinHash));
  await db.staff.bulkPut(plain.map((s, i) => ({ ...s, pinHash: hashes[i]! })));
}

/** Who may log in on this terminal now: active staff, demo staff only in mode latihan; by name. */
export async function loginStaff(db: PosDatabase, identity: TerminalIdentity): Promise<StaffItem[]> {
  const all = await db.staff.toArray();
  return all
    .filter((s) => s.active && isDemoStaff(s.id) === identity.training)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
