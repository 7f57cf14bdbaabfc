/**
 * Where the main process keeps its secrets at rest (the server token, the PIN pepper): sealed by a
 * SecretBox. In Electron that is `safeStorage` (DPAPI on Windows, the Keychain on macOS, libsecret/
 * kwallet on Linux), so a copied user data folder is useless without the Windows/OS account that
 * sealed it. The web host has no OS key store: it seals with a per-install key file in its data
 * folder (0600), which only stops someone who copies the sealed files without that key. Weaker,
 * and said so in the README.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface SecretBox {
  /** 'os-keystore' (Electron safeStorage) or 'key-file' (a key beside the data: the web host). */
  kind: 'os-keystore' | 'key-file';
  seal(plain: string): Buffer;
  open(sealed: Buffer): string;
}

/** What the box needs of Electron's safeStorage. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export const KEY_FILE = 'secret.key';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Electron's key store where the OS offers one; otherwise (a Linux PC without a keyring) the key file. */
export function osSecretBox(storage: SafeStorageLike, userDataDir: string): SecretBox {
  if (!storage.isEncryptionAvailable()) return keyFileSecretBox(userDataDir);
  return {
    kind: 'os-keystore',
    seal: (plain) => storage.encryptString(plain),
    open: (sealed) => storage.decryptString(sealed),
  };
}

/** AES-256-GCM with a random key made once per data folder and kept there, readable by this user only. */
export function keyFileSecretBox(dir: string): SecretBox {
  const path = join(dir, KEY_FILE);
  let key: Buffer;
  if (existsSync(path)) key = readFileSync(path);
  else {
    key = randomBytes(32);
    writeAtomically(path, key);
  }
  if (key.length !== 32) throw new Error(`${path} is not a 32-byte key`);
  return {
    kind: 'key-file',
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
      decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}

/** A sealed file's text, or null when there is none. */
export function readSealed(box: SecretBox, path: string): string | null {
  return existsSync(path) ? box.open(readFileSync(path)) : null;
}

/** Sealed, written to a temporary file and renamed, so a power cut leaves the old file or the new one. */
export function writeSealed(box: SecretBox, path: string, plain: string): void {
  writeAtomically(path, box.seal(plain));
}

function writeAtomically(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
}
