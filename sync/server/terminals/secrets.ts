/**
 * Bearer tokens and enrolment codes. Tokens (256 bits) are random enough that a plain SHA-256 is
 * the right hash: what the database holds cannot be replayed, and nothing slow is needed per
 * request. Enrolment codes have only 40 bits, so their hash is keyed (HMAC-SHA256 with the
 * server's own secret): a copy of the codes table alone does not give the codes away.
 */
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

/** Terminal tokens; provincial staff's tokens for the admin endpoints look different, so neither passes for the other. */
const TOKEN_PREFIX = 'nttpos_';
const ADMIN_TOKEN_PREFIX = 'nttadm_';
/** No 0/O or 1/I: codes are read aloud over the phone and typed by hand. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function keyedHash(key: string, secret: string): string {
  return createHmac('sha256', key).update(secret).digest('hex');
}

export function newToken(prefix: typeof TOKEN_PREFIX | typeof ADMIN_TOKEN_PREFIX = TOKEN_PREFIX): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function newAdminToken(): string {
  return newToken(ADMIN_TOKEN_PREFIX);
}

const tokenPattern = (prefix: string) => new RegExp(`^${prefix}[A-Za-z0-9_-]{43}$`);
const TERMINAL_TOKEN = tokenPattern(TOKEN_PREFIX);
const ADMIN_TOKEN = tokenPattern(ADMIN_TOKEN_PREFIX);

export function looksLikeToken(text: string): boolean {
  return TERMINAL_TOKEN.test(text);
}

export function looksLikeAdminToken(text: string): boolean {
  return ADMIN_TOKEN.test(text);
}

/** 'K7QM-3XHP': 8 characters of 32, 40 bits, against a rate-limited endpoint and a short life. */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** What a person typed, in the form the code was hashed in: 'k7qm 3xhp' → 'K7QM-3XHP'. */
export function normalizeEnrolmentCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === CODE_LENGTH ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
