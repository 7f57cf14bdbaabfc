/**
 * What the main process does with PINs, as plain functions of its pepper and its record of wrong
 * PINs: re-keys the server's hashes with the pepper (pin-hash.ts), hashes the mode latihan staff's
 * PINs the same way, and checks a PIN against a peppered hash with the lockout counted here, not
 * in the renderer's IndexedDB (which whoever sits at the PC can clear). Electron's main and the web
 * host keep the pepper in their secret box and the failures in a file; tests keep both in memory.
 */
import { DEMO_STAFF } from './demo-staff';
import { hashPin, pepperPinHash, verifyPepperedPin } from './pin-hash';
import { pinLockState } from './pin-lockout';
import { failed, ok, type Problem, type Result } from '../result';

/** Each person's wrong PINs (instants) since their last correct one. */
export interface PinFailureLog {
  get(staffId: string): Promise<readonly string[]>;
  /** null forgets the person's failures. */
  set(staffId: string, failures: readonly string[] | null): Promise<void>;
}

export interface PinCheckRequest {
  staffId: string;
  pin: string;
  /** The peppered hash the terminal holds for this person. */
  pinHash: string;
}

/**
 * Why a PIN was not taken: the person was locked before this attempt (the PIN was not even tried),
 * or the PIN was wrong, with `lockedUntil` set when it locked them out.
 */
export type PinRefusal = Problem & ({ locked: true } | { locked: false; lockedUntil: string | null });

export type PinVerdict = Result<null, PinRefusal>;

/** What a staff record with a malformed hash gets instead: it can never match. */
export const UNUSABLE_PIN_HASH = 'rusak';

export interface PinGuard {
  check(request: PinCheckRequest, now: Date): Promise<PinVerdict>;
  /** Server hashes as the terminal keeps them; a malformed one becomes UNUSABLE_PIN_HASH. */
  wrap(serverHashes: string[]): Promise<string[]>;
  /** The mode latihan staff's PINs, peppered, by staff id. */
  demoHashes(): Promise<Record<string, string>>;
}

export function createPinGuard(pepper: Uint8Array<ArrayBuffer>, failures: PinFailureLog): PinGuard {
  const matches = async (pin: string, stored: string) => {
    try {
      return await verifyPepperedPin(pin, stored, pepper);
    } catch {
      return false;
    }
  };
  return {
    async check({ staffId, pin, pinHash }, now) {
      const recorded = await failures.get(staffId);
      const before = pinLockState(recorded, now);
      if (before.locked) return failed({ code: 'pin-locked', message: before.message, locked: true });
      if (await matches(pin, pinHash)) {
        await failures.set(staffId, null);
        return ok(null);
      }
      const next = [...recorded, now.toISOString()];
      await failures.set(staffId, next);
      const after = pinLockState(next, now);
      if (after.locked)
        return failed({
          code: 'pin-wrong',
          message: `PIN salah. ${after.message}`,
          locked: false,
          lockedUntil: after.until.toISOString(),
        });
      return failed({
        code: 'pin-wrong',
        message: `PIN salah. Sisa ${after.attemptsLeft} kali sebelum dikunci.`,
        locked: false,
        lockedUntil: null,
      });
    },
    wrap: (serverHashes) =>
      Promise.all(serverHashes.map((hash) => pepperPinHash(hash, pepper).catch(() => UNUSABLE_PIN_HASH))),
    async demoHashes() {
      const entries = await Promise.all(
        DEMO_STAFF.map(async (s) => [s.id, await pepperPinHash(await hashPin(s.pin), pepper)] as const),
      );
      return Object.fromEntries(entries);
    },
  };
}

export function memoryFailureLog(): PinFailureLog {
  const all = new Map<string, readonly string[]>();
  return {
    get: async (staffId) => all.get(staffId) ?? [],
    set: async (staffId, failures) => {
      if (failures === null) all.delete(staffId);
      else all.set(staffId, failures);
    },
  };
}
