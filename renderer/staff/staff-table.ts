/**
 * The outlet's staff on the terminal: what the server's staff stream serves (names, roles, PIN
 * hashes; see sync/protocol/streams), kept so that login works offline. In mode latihan the demo
 * staff stand in; they are never offered once the terminal is enrolled.
 */
import { DEMO_STAFF, isDemoStaff } from '../../domain/staff/demo-staff';
import { hashPin } from '../../domain/staff/pin-hash';
import type { TerminalIdentity } from '../../domain/outlet/terminal';
import type { StaffItem } from '../../sync/protocol/streams';
import type { PosDatabase } from '../db/database';

/**
 * Upserts staff stream items by id. Called by the sync client's staff pull inside its own Dexie
 * transaction (with the stream's cursor), which this joins rather than opening another.
 */
export async function applyStaff(db: PosDatabase, items: readonly StaffItem[]): Promise<void> {
  await db.staff.bulkPut([...items]);
}

/** First start in mode latihan: the demo kasir and manager, with their PINs hashed like any other. */
export async function seedDemoStaff(db: PosDatabase): Promise<void> {
  if ((await db.staff.count()) > 0) return;
  const items = await Promise.all(DEMO_STAFF.map(async (s): Promise<StaffItem> => ({ id: s.id, name: s.name, role: s.role, pinHash: await hashPin(s.pin), active: true })));
  await applyStaff(db, items);
}

/** Who may log in on this terminal now: active staff, demo staff only in mode latihan; by name. */
export async function loginStaff(db: PosDatabase, identity: TerminalIdentity): Promise<StaffItem[]> {
  const all = await db.staff.toArray();
  return all.filter((s) => s.active && isDemoStaff(s.id) === identity.training).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}
