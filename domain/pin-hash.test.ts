import { describe, expect, it } from 'vitest';
import { hashPin, PIN_HASH_ITERATIONS, verifyPin } from './pin-hash';

describe('PIN hashes', () => {
  it('verify the PIN they were made from and nothing else', async () => {
    const stored = await hashPin('482915');
    expect(stored).toMatch(new RegExp(`^pbkdf2-sha256\\$${PIN_HASH_ITERATIONS}\\$[A-Za-z0-9+/]+=*\\$[A-Za-z0-9+/]+=*$`));
    expect(stored).not.toContain('482915');
    expect(await verifyPin('482915', stored)).toBe(true);
    expect(await verifyPin('482916', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salt every hash, so equal PINs do not give equal hashes', async () => {
    expect(await hashPin('1234')).not.toBe(await hashPin('1234'));
  });

  it('honour the iteration count written in the stored value', async () => {
    const stored = await hashPin('2468');
    const [, , salt] = stored.split('$');
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('2468'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Uint8Array.from(atob(salt!), (c) => c.charCodeAt(0)), iterations: 1000 }, key, 256);
    const cheap = `pbkdf2-sha256$1000$${salt}$${btoa(String.fromCharCode(...new Uint8Array(bits)))}`;
    expect(await verifyPin('2468', cheap)).toBe(true);
  });

  it('refuse stored values it did not write', async () => {
    for (const bad of ['', 'plain', 'md5$1000$c2FsdA==$aGFzaA==', 'pbkdf2-sha256$0$c2FsdA==$aGFzaA==', 'pbkdf2-sha256$99999999$c2FsdA==$aGFzaA==', 'pbkdf2-sha256$1000$not base64$aGFzaA==']) {
      expect(await verifyPin('1234', bad)).toBe(false);
    }
  });
});
