import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPin, PIN_ITERATIONS, pinProblem, verifyPin } from './pin-hash';

describe('PIN hashing', () => {
  it('accepts 4 to 6 digits only, with an Indonesian message', () => {
    for (const pin of ['1234', '00000', '987654']) expect(pinProblem(pin)).toBeNull();
    for (const pin of ['123', '1234567', '12a4', ' 1234', '12 34', '', '١٢٣٤'])
      expect(pinProblem(pin)).toBe('PIN harus 4 sampai 6 angka.');
  });

  it('asks managers for 6 digits', () => {
    expect(pinProblem('482915', 'manager')).toBeNull();
    for (const pin of ['9999', '12345', '1234567'])
      expect(pinProblem(pin, 'manager')).toBe('PIN manajer harus 6 angka.');
    expect(pinProblem('1234', 'kasir')).toBeNull();
  });

  it('stores a salted, self-describing PBKDF2-SHA256 string that verifies', async () => {
    const stored = await hashPin('2468');
    expect(stored).toMatch(
      new RegExp(`^pbkdf2-sha256\\$${PIN_ITERATIONS}\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$`),
    );
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
    expect(await verifyPin('24a8', stored)).toBe(false);
    // A fresh salt each time: equal PINs do not give equal strings.
    expect(await hashPin('2468')).not.toBe(stored);
  });

  it('refuses to hash a malformed PIN', async () => {
    await expect(hashPin('12')).rejects.toThrow('PIN harus 4 sampai 6 angka.');
  });

  it('reads the iteration count from the stored string (checked against OpenSSL’s PBKDF2)', async () => {
    const salt = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
    const hash = pbkdf2Sync('482916', salt, 1_000, 32, 'sha256');
    const stored = `pbkdf2-sha256$1000$${salt.toString('base64')}$${hash.toString('base64')}`;
    expect(await verifyPin('482916', stored)).toBe(true);
    expect(await verifyPin('482917', stored)).toBe(false);
    const flipped = Buffer.from(hash);
    flipped[31] = flipped[31]! ^ 1;
    expect(
      await verifyPin('482916', `pbkdf2-sha256$1000$${salt.toString('base64')}$${flipped.toString('base64')}`),
    ).toBe(false);
  });

  it('treats a broken stored string as a broken record, not a wrong PIN', async () => {
    const salt = 'AAECAwQFBgcICQoLDA0ODw==';
    const hash = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=';
    for (const stored of [
      '',
      `bcrypt$1000$${salt}$${hash}`,
      `pbkdf2-sha256$0$${salt}$${hash}`,
      `pbkdf2-sha256$99999999$${salt}$${hash}`,
      `pbkdf2-sha256$1e3$${salt}$${hash}`,
      `pbkdf2-sha256$1000$${salt}`,
      `pbkdf2-sha256$1000$not*base64$${hash}`,
      `pbkdf2-sha256$1000$AAEC$${hash}`,
      `pbkdf2-sha256$1000$${salt}$AAEC`,
    ]) {
      await expect(verifyPin('1234', stored), stored).rejects.toThrow(RangeError);
    }
  });
});
