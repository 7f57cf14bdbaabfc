import { describe, expect, it } from 'vitest';
import { DEMO_STAFF } from './demo-staff';
import { createPinGuard, memoryFailureLog, UNUSABLE_PIN_HASH } from './pin-guard';
import { hashPin, isServerHash, verifyPepperedPin, verifyPin } from './pin-hash';
import { PIN_LOCKOUT } from './pin-lockout';

const pepper = () => globalThis.crypto.getRandomValues(new Uint8Array(32));

describe('PIN guard (the main process’s side of PINs)', () => {
  it('re-keys the server’s hash with the pepper: a copied staff table cannot be searched without it', async () => {
    const mine = pepper();
    const guard = createPinGuard(mine, memoryFailureLog());
    const server = await hashPin('4821');
    const [stored] = await guard.wrap([server]);
    expect(stored).toMatch(/^pbkdf2-sha256-hmac\$150000\$/);
    expect(isServerHash(stored!)).toBe(false);
    // What an attacker has from IndexedDB: the peppered hash, with the PIN search they would run.
    await expect(verifyPin('4821', stored!)).rejects.toThrow();
    expect(await verifyPepperedPin('4821', stored!, pepper())).toBe(false);
    expect(await verifyPepperedPin('4821', stored!, mine)).toBe(true);
    expect(await guard.check({ staffId: 's1', pin: '4821', pinHash: stored! }, new Date())).toEqual({
      ok: true,
      value: null,
    });
    // A server hash put in the table in place of a peppered one never matches.
    expect(await guard.check({ staffId: 's1', pin: '4821', pinHash: server }, new Date())).toMatchObject({
      ok: false,
      error: { locked: false },
    });
    expect(await guard.wrap(['nonsense'])).toEqual([UNUSABLE_PIN_HASH]);
  });

  it('counts wrong PINs itself and locks that person, whatever the renderer says', async () => {
    const guard = createPinGuard(pepper(), memoryFailureLog());
    const [ana] = await guard.wrap([await hashPin('4821')]);
    const start = Date.parse('2026-12-21T00:00:00Z');
    for (let i = 0; i < PIN_LOCKOUT.freeAttempts - 1; i++)
      expect(await guard.check({ staffId: 'ana', pin: '0000', pinHash: ana! }, new Date(start + i))).toMatchObject({
        ok: false,
        error: { lockedUntil: null },
      });
    expect(await guard.check({ staffId: 'ana', pin: '0000', pinHash: ana! }, new Date(start + 10))).toEqual({
      ok: false,
      error: {
        code: 'pin-wrong',
        message: 'PIN salah. PIN salah 5 kali. Coba lagi dalam 1 menit.',
        locked: false,
        lockedUntil: new Date(start + 10 + PIN_LOCKOUT.firstLockMs).toISOString(),
      },
    });
    expect(await guard.check({ staffId: 'ana', pin: '4821', pinHash: ana! }, new Date(start + 20))).toEqual({
      ok: false,
      error: { code: 'pin-locked', message: 'PIN salah 5 kali. Coba lagi dalam 1 menit.', locked: true },
    });
    expect(await guard.check({ staffId: 'ana', pin: '4821', pinHash: ana! }, new Date(start + 2 * 60_000))).toEqual({
      ok: true,
      value: null,
    });
  });

  it('hashes the demo staff’s PINs with the pepper', async () => {
    const mine = pepper();
    const hashes = await createPinGuard(mine, memoryFailureLog()).demoHashes();
    for (const staff of DEMO_STAFF) expect(await verifyPepperedPin(staff.pin, hashes[staff.id]!, mine)).toBe(true);
  });
});
