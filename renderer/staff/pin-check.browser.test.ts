import { describe, expect, it } from 'vitest';
import { DEMO_IDENTITY } from '../training/demo-outlet';
import { hashPin } from '#domain/staff/pin-hash';
import { PIN_LOCKOUT } from '#domain/staff/pin-lockout';
import { auditRecordedEventSchema } from '#sync/protocol/events';
import type { StaffItem } from '#sync/protocol/streams';
import { useFreshDatabases } from '../db/test-databases';
import { createPinGuard, memoryFailureLog } from '#domain/staff/pin-guard';
import { toOutletId, toTerminalId, type TerminalIdentity } from '#domain/outlet/terminal';
import type { PosDatabase } from '../db/database';
import { checkPin as checkPinWith, type PinPurpose } from './pin-check';
import { applyStaff, loginStaff, seedDemoStaff } from './staff-table';

const freshDb = useFreshDatabases();
/** The main process's side, real, with a pepper and failures in memory. */
const pins = createPinGuard(globalThis.crypto.getRandomValues(new Uint8Array(32)), memoryFailureLog());
const checkPin = (
  db: PosDatabase,
  identity: TerminalIdentity,
  staffId: string,
  pin: string,
  purpose: PinPurpose,
  now: Date,
) => checkPinWith(db, identity, staffId, pin, purpose, now, pins);
const ENROLLED = {
  ...DEMO_IDENTITY,
  training: false,
  outletId: toOutletId('manggarai-barat'),
  terminalId: toTerminalId('manggarai-barat-t01'),
};

async function staffOf(staffPins: Record<string, string>, role: StaffItem['role'] = 'kasir'): Promise<StaffItem[]> {
  return Promise.all(
    Object.entries(staffPins).map(async ([name, pin]) => ({
      id: `id-${name}`,
      name,
      role,
      pinHash: (await pins.wrap([await hashPin(pin)]))[0]!,
      active: true,
    })),
  );
}

describe('PIN login and approval (real IndexedDB)', () => {
  it('takes the staff stream’s items, upserted by id, and offers the active ones by name', async () => {
    const db = freshDb();
    const [ana, benny] = await staffOf({ Ana: '1111', Benny: '2222' });
    await applyStaff(db, [benny!, ana!]);
    await applyStaff(db, [{ ...benny!, active: false }]);
    expect((await loginStaff(db, ENROLLED)).map((s) => s.name)).toEqual(['Ana']);
    // Within the sync client's own transaction, as its staff pull calls it.
    await db.transaction('rw', [db.staff], () => applyStaff(db, [{ ...ana!, name: 'Ana Bria' }]));
    expect((await db.staff.get(ana!.id))?.name).toBe('Ana Bria');
  });

  it('signs in with the right PIN, records a login, and refuses a wrong one with attempts left', async () => {
    const db = freshDb();
    await applyStaff(db, await staffOf({ Ana: '4821' }));
    const now = new Date('2026-12-21T00:00:00Z');
    expect(await checkPin(db, ENROLLED, 'id-Ana', '1234', 'login', now)).toEqual({
      ok: false,
      error: { code: 'pin-wrong', message: `PIN salah. Sisa ${PIN_LOCKOUT.freeAttempts - 1} kali sebelum dikunci.` },
    });
    const ok = await checkPin(db, ENROLLED, 'id-Ana', '4821', 'login', now);
    expect(ok.ok && ok.value.name).toBe('Ana');
    const events = (await db.outbox.orderBy('seq').toArray()).map((e) => auditRecordedEventSchema.parse(e));
    expect(events.map((e) => [e.seq, e.payload.event.kind, e.payload.staff.name])).toEqual([
      [1, 'pin-failed', 'Ana'],
      [2, 'login', 'Ana'],
    ]);
    // The failures are the main process's, not the renderer's database's.
    expect(await db.pinFailures.count()).toBe(0);
  });

  it('locks one person out after repeated wrong PINs, even with the right PIN, and not the others', async () => {
    const db = freshDb();
    await applyStaff(db, await staffOf({ Ana: '4821', Benny: '7777' }));
    const start = Date.parse('2026-12-21T00:00:00Z');
    for (let i = 0; i < PIN_LOCKOUT.freeAttempts; i++)
      await checkPin(db, ENROLLED, 'id-Ana', '0000', 'login', new Date(start + i * 1000));
    const locked = await checkPin(db, ENROLLED, 'id-Ana', '4821', 'login', new Date(start + 10_000));
    expect(locked).toEqual({
      ok: false,
      error: {
        code: 'pin-locked',
        message: expect.stringMatching(/^Ana: PIN salah 5 kali\. Coba lagi dalam 1 menit\.$/),
      },
    });
    expect((await checkPin(db, ENROLLED, 'id-Benny', '7777', 'login', new Date(start + 10_000))).ok).toBe(true);
    const last = (await db.audit.orderBy('at').toArray()).filter((a) => a.event.kind === 'pin-failed').at(-1)!;
    expect(last.event).toEqual({
      kind: 'pin-failed',
      purpose: 'login',
      lockedUntil: new Date(start + 4000 + PIN_LOCKOUT.firstLockMs).toISOString(),
    });
    // After the lock has run out the right PIN works and clears the history.
    expect((await checkPin(db, ENROLLED, 'id-Ana', '4821', 'login', new Date(start + 5 * 60_000))).ok).toBe(true);
    expect(await db.pinFailures.get('id-Ana')).toBeUndefined();
  });

  it('approves only with a manager’s PIN, without logging the manager in', async () => {
    const db = freshDb();
    await applyStaff(db, [...(await staffOf({ Ana: '4821' })), ...(await staffOf({ Yosef: '9090' }, 'manager'))]);
    const now = new Date();
    expect(await checkPin(db, ENROLLED, 'id-Ana', '4821', 'approval', now)).toEqual({
      ok: false,
      error: { code: 'not-manager', message: 'Ana bukan manajer: persetujuan butuh PIN manajer.' },
    });
    expect((await checkPin(db, ENROLLED, 'id-Yosef', '9090', 'approval', now)).ok).toBe(true);
    expect(await db.audit.count()).toBe(0);
    await checkPin(db, ENROLLED, 'id-Yosef', '1111', 'approval', now);
    expect((await db.audit.toArray()).map((a) => a.event)).toEqual([
      { kind: 'pin-failed', purpose: 'approval', lockedUntil: null },
    ]);
  });

  it('has demo staff in mode latihan only', async () => {
    const db = freshDb();
    await seedDemoStaff(db, pins);
    expect((await loginStaff(db, DEMO_IDENTITY)).map((s) => [s.name, s.role])).toEqual([
      ['Maria', 'kasir'],
      ['Yohanes', 'manager'],
    ]);
    expect((await checkPin(db, DEMO_IDENTITY, 'demo-kasir-maria', '1234', 'login', new Date())).ok).toBe(true);
    expect(await loginStaff(db, ENROLLED)).toEqual([]);
    expect(await checkPin(db, ENROLLED, 'demo-kasir-maria', '1234', 'login', new Date())).toEqual({
      ok: false,
      error: { code: 'staff-unknown', message: 'Nama ini tidak terdaftar di terminal ini.' },
    });
  });
});
