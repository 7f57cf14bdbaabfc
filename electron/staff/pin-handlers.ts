/**
 * The bridge's PIN channels: the main process holds the terminal's pepper (32 random bytes made on
 * first use, sealed by the secret box in pin-pepper.bin) and the record of wrong PINs
 * (pin-failures.json), and answers checks with its own clock. The staff stream's hashes are
 * peppered here as they arrive (sync-handlers), so the renderer only ever holds peppered ones.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createPinGuard, type PinFailureLog, type PinGuard } from '#domain/staff/pin-guard';
import type { Handlers } from '#bridge/bridge-contract';
import { ok } from '#domain/result';
import { writeJsonAtomically } from '../config';
import { readSealed, writeSealed, type SecretBox } from '../secrets/secret-box';

type PinChannel = 'pin-check' | 'pin-demo-hashes' | 'pin-wrap';

export const PEPPER_FILE = 'pin-pepper.bin';
export const FAILURES_FILE = 'pin-failures.json';

export function openPinGuard(userDataDir: string, secrets: SecretBox): PinGuard {
  return createPinGuard(loadPepper(userDataDir, secrets), fileFailureLog(join(userDataDir, FAILURES_FILE)));
}

export function createPinHandlers(guard: PinGuard): Pick<Handlers, PinChannel> {
  return {
    'pin-check': async (request) => ok(await guard.check(request, new Date())),
    'pin-demo-hashes': async () => ok(await guard.demoHashes()),
    'pin-wrap': async (hashes) => ok(await guard.wrap(hashes)),
  };
}

function loadPepper(dir: string, secrets: SecretBox): Uint8Array<ArrayBuffer> {
  const path = join(dir, PEPPER_FILE);
  let encoded = readSealed(secrets, path);
  if (encoded === null) {
    encoded = randomBytes(32).toString('base64');
    writeSealed(secrets, path, encoded);
  }
  return new Uint8Array(Buffer.from(encoded, 'base64'));
}

const failuresSchema = z.record(z.string(), z.array(z.string()));

/** Read at each check and written through: a handful of people, a few instants each. */
function fileFailureLog(path: string): PinFailureLog {
  const read = () => {
    if (!existsSync(path)) return {};
    const parsed = failuresSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : {};
  };
  return {
    get: async (staffId) => read()[staffId] ?? [],
    set: async (staffId, failures) => {
      const all = read();
      if (failures === null) delete all[staffId];
      else all[staffId] = [...failures];
      writeJsonAtomically(path, all);
    },
  };
}
