/**
 * Staff PINs are hashed with PBKDF2-SHA256 through WebCrypto, so the admin CLI (Node) and the
 * terminal (browser) hash and verify alike. A stored hash describes itself:
 * `pbkdf2-sha256$ITERATIONS$SALT_BASE64$HASH_BASE64`, so the iteration count can rise later
 * without breaking hashes already distributed to terminals.
 */
const SCHEME = 'pbkdf2-sha256';
/** A PIN has only 10^4–10^6 values: the cost per guess is what protects a stolen staff stream. */
export const PIN_HASH_ITERATIONS = 150_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
/** Refuses absurd counts in a stored hash instead of spinning for minutes on a corrupt value. */
const MAX_ITERATIONS = 10_000_000;

export async function hashPin(pin: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, PIN_HASH_ITERATIONS);
  return [SCHEME, PIN_HASH_ITERATIONS, toBase64(salt), toBase64(hash)].join('$');
}

/** false for a wrong PIN and for a stored value that is not a hash this module wrote. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== SCHEME || !/^\d{1,8}$/.test(parts[1] ?? '')) return false;
  const iterations = Number(parts[1]);
  const salt = fromBase64(parts[2] ?? '');
  const expected = fromBase64(parts[3] ?? '');
  if (iterations < 1 || iterations > MAX_ITERATIONS || !salt || !expected || expected.length === 0) return false;
  const actual = await derive(pin, salt, iterations, expected.length * 8);
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number, bits = HASH_BITS): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, bits));
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
