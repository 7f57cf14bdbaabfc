import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from './pin-hash';

describe('PIN hashing in the renderer (chromium WebCrypto)', () => {
  it('hashes and verifies a PIN', async () => {
    const stored = await hashPin('135790');
    expect(stored.startsWith('pbkdf2-sha256$')).toBe(true);
    expect(await verifyPin('135790', stored)).toBe(true);
    expect(await verifyPin('135791', stored)).toBe(false);
  });

  it('verifies a hash made by Node’s OpenSSL (pbkdf2Sync, PIN 482916, 1000 iterations)', async () => {
    const stored = 'pbkdf2-sha256$1000$ASNFZ4mrze8BI0VniavN7w==$J2+b6rXyXRXu2pswIQGqNankXIwM3EQHOAr8nvMsXvo=';
    expect(await verifyPin('482916', stored)).toBe(true);
    expect(await verifyPin('482961', stored)).toBe(false);
  });
});
