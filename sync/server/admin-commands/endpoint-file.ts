/**
 * How the admin CLI finds the running server that holds an embedded (PGlite) database, which one
 * process at a time may open: the server writes its port and a random secret beside the data
 * directory (`DATA_DIR.admin.json`, readable by its owner only) and removes it when it stops.
 * Whoever can read the file may run admin commands, as whoever can read the data directory could.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isAlive } from '../db/pglite';

const endpointSchema = z.object({
  port: z.number().int().min(1).max(65_535),
  secret: z.string().min(32),
  pid: z.number().int().positive(),
});
export type AdminEndpoint = z.infer<typeof endpointSchema>;

export function adminEndpointFile(dataDir: string): string {
  return `${resolve(dataDir)}.admin.json`;
}

export function newAdminSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function writeAdminEndpoint(dataDir: string, endpoint: AdminEndpoint): Promise<void> {
  await writeFile(adminEndpointFile(dataDir), JSON.stringify(endpoint), { mode: 0o600 });
}

export async function removeAdminEndpoint(dataDir: string): Promise<void> {
  await rm(adminEndpointFile(dataDir), { force: true });
}

/** The running server's endpoint, or null: no file, an unreadable one, or one a crashed server left. */
export async function readAdminEndpoint(dataDir: string): Promise<AdminEndpoint | null> {
  let text: string;
  try {
    text = await readFile(adminEndpointFile(dataDir), 'utf8');
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = endpointSchema.safeParse(json);
  return parsed.success && isAlive(parsed.data.pid) ? parsed.data : null;
}
