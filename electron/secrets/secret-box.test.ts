import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE, keyFileSecretBox, osSecretBox, readSealed, writeSealed, type SafeStorageLike } from './secret-box';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ntt-secrets-'));

describe('secret box', () => {
  it('seals with a per-install key file (0600) that a copy of the sealed file alone cannot open', () => {
    const dir = tempDir();
    const box = keyFileSecretBox(dir);
    writeSealed(box, join(dir, 'token.bin'), 'nttpos_rahasia');
    expect(readFileSync(join(dir, 'token.bin')).toString('latin1')).not.toContain('nttpos_rahasia');
    expect(readSealed(keyFileSecretBox(dir), join(dir, 'token.bin'))).toBe('nttpos_rahasia');
    if (process.platform !== 'win32')
      for (const file of [KEY_FILE, 'token.bin']) expect(statSync(join(dir, file)).mode & 0o077).toBe(0);
    expect(() => keyFileSecretBox(tempDir()).open(readFileSync(join(dir, 'token.bin')))).toThrow();
    expect(readSealed(box, join(dir, 'none.bin'))).toBeNull();
  });

  it("uses the OS key store when Electron's safeStorage can encrypt, the key file when it cannot", () => {
    const dir = tempDir();
    const calls: string[] = [];
    const storage = (available: boolean): SafeStorageLike => ({
      isEncryptionAvailable: () => available,
      encryptString: (plain) => (calls.push('encrypt'), Buffer.from([...Buffer.from(plain)].reverse())),
      decryptString: (sealed) => (calls.push('decrypt'), Buffer.from([...sealed].reverse()).toString()),
    });
    const os = osSecretBox(storage(true), dir);
    expect(os.kind).toBe('os-keystore');
    expect(os.open(os.seal('pepper'))).toBe('pepper');
    expect(calls).toEqual(['encrypt', 'decrypt']);
    expect(osSecretBox(storage(false), dir).kind).toBe('key-file');
  });
});
