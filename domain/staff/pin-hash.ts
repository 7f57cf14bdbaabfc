/**
 * Staff PINs (4–6 digits) stored as PBKDF2-HMAC-SHA256 with a random 16-byte salt per PIN, as the
 * self-describing string `pbkdf2-sha256$ITERATIONS$SALT_B64$HASH_B64`. WebCrypto
 * (globalThis.crypto.subtle) does the work, so the server that sets PINs and the terminal's main
 * process that checks them (after peppering, below) run the same code.
 *
 * Why 150,000 iterations: a PIN has at most about 1.1 million values, so no iteration count keeps a
 * stolen hash safe from an offline search; what protects PINs is that a terminal keeps only hashes
 * re-keyed with its pepper (pepperPinHash) and that repeated failures lock (pin-lockout.ts). The count only has to make a stolen
 * table cost real work per guess while a login still feels instant on the shops' cheap PCs. Measured
 * for verifyPin on the shared 2-core AMD EPYC build machine under load (median of 21): about 25 ms
 * in chromium's WebCrypto, where the terminal runs it, and 45 ms in Node 20 (100,000 iterations in
 * the same runs: 20–30 ms). A low-end Celeron without SHA extensions is roughly 4–5× slower, so
 * about 150 ms, under the ~200 ms a cashier perceives as a pause. Verification reads the count from
 * the stored string, so it can be raised later without invalidating stored PINs.
 */
import type { StaffRole } from './staff';

const SCHEME = 'pbkdf2-sha256';
export const PIN_ITERATIONS = 150_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Refuse stored counts that would freeze the login screen (a corrupt record, not a real hash). */
const MAX_ITERATIONS = 5_000_000;

/**
 * Why a PIN cannot be set for this role, or null. A manager's PIN approves discounts, refunds and
 * the drawer, so it takes 6 digits (a million values, not ten thousand). The mode latihan manager
 * keeps 9999: the lock screen prints it anyway.
 */
export function pinProblem(pin: string, role: StaffRole = 'kasir'): string | null {
  if (role === 'manager') return /^\d{6}$/.test(pin) ? null : 'PIN manajer harus 6 angka.';
  return /^\d{4,6}$/.test(pin) ? null : 'PIN harus 4 sampai 6 angka.';
}

export async function hashPin(pin: string): Promise<string> {
  const problem = pinProblem(pin);
  if (problem !== null) throw new RangeError(problem);
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(pin, salt, PIN_ITERATIONS, HASH_BYTES);
  return `${SCHEME}$${PIN_ITERATIONS}$${toBase64(salt)}$${toBase64(hash)}`;
}

/**
 * Whether `pin` matches a stored hash. A wrongly shaped PIN is simply wrong; a stored string that is
 * not a hash of this scheme throws, because that is a broken staff record, not a wrong PIN.
 */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const { iterations, salt, hash } = parseStored(stored);
  if (pinProblem(pin) !== null) return false;
  return equalInConstantTime(await derive(pin, salt, iterations, hash.length), hash);
}

/**
 * A terminal never keeps the server's hash as it came: the main process re-keys it with the
 * terminal's pepper (a secret in the OS key store) as `pbkdf2-sha256-hmac$ITER$SALT$HMAC`, where
 * HMAC = HMAC-SHA256(pepper, PBKDF2(PIN, SALT, ITER)). A copied IndexedDB then gives a search for
 * PINs nothing to compare against without the pepper, which never leaves the main process.
 */
const PEPPERED_SCHEME = 'pbkdf2-sha256-hmac';

export async function pepperPinHash(stored: string, pepper: Uint8Array<ArrayBuffer>): Promise<string> {
  const { iterations, salt, hash } = parseStored(stored);
  return `${PEPPERED_SCHEME}$${iterations}$${toBase64(salt)}$${toBase64(await hmac(pepper, hash))}`;
}

/** Whether a stored hash is the server's own (not yet peppered on this terminal). */
export function isServerHash(stored: string): boolean {
  return stored.startsWith(`${SCHEME}$`);
}

/** Whether `pin` matches a peppered hash. A stored string that is not one throws (a broken record). */
export async function verifyPepperedPin(
  pin: string,
  stored: string,
  pepper: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  const { iterations, salt, hash } = parseStored(stored, PEPPERED_SCHEME);
  if (pinProblem(pin) !== null) return false;
  return equalInConstantTime(await hmac(pepper, await derive(pin, salt, iterations, HASH_BYTES)), hash);
}

async function hmac(pepper: Uint8Array<ArrayBuffer>, data: Uint8Array): Promise<Uint8Array> {
  const key = await globalThis.crypto.subtle.importKey('raw', pepper, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
}

function parseStored(
  stored: string,
  scheme = SCHEME,
): { iterations: number; salt: Uint8Array<ArrayBuffer>; hash: Uint8Array } {
  const parts = stored.split('$');
  const [schemeText, iterationText, saltText, hashText] = parts;
  const iterations = Number(iterationText);
  if (
    parts.length !== 4 ||
    schemeText !== scheme ||
    !/^\d+$/.test(iterationText ?? '') ||
    iterations < 1 ||
    iterations > MAX_ITERATIONS
  ) {
    throw new RangeError(`Stored PIN hash is not ${scheme}$ITERATIONS$SALT$HASH`);
  }
  const salt = fromBase64(saltText!);
  const hash = fromBase64(hashText!);
  if (salt.length < SALT_BYTES || hash.length < HASH_BYTES)
    throw new RangeError('Stored PIN hash has a short salt or hash');
  return { iterations, salt, hash };
}

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  bytes: number,
): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, bytes * 8));
}

/** Compares every byte whatever the first difference, so timing tells nothing about the hash. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) throw new RangeError('Stored PIN hash is not base64');
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
