/**
 * What a back-office password must be: long enough to resist guessing at the sign-in's rate limit
 * and not one of the passwords tried first. Returns the reason in Bahasa Indonesia, or null.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/** Tried first by anyone guessing; lower case, compared after lowering the password. */
const COMMON = new Set([
  'password123',
  'password1234',
  'qwertyuiop',
  '1234567890',
  '0123456789',
  '1111111111',
  'passw0rd123',
  'iloveyou123',
  'admin12345',
  'administrator',
  'katasandi123',
  'rahasia1234',
  'indonesia123',
  'nttmart2026',
  'ntt-mart-pos',
]);

export function passwordProblem(password: string, userName: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Kata sandi paling panjang ${MAX_PASSWORD_LENGTH} karakter.`;
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered) || /^(.)\1+$/.test(password)) return 'Kata sandi itu terlalu umum; pilih yang lain.';
  if (lowered.includes(userName.toLowerCase())) return 'Kata sandi tidak boleh memuat nama pengguna.';
  return null;
}
