/**
 * The terminal's link to the provincial server: address, identity and bearer token, kept by the
 * main process in sync-connection.json in the user data folder (readable by this user only). The
 * token never leaves the main process: the renderer gets the rest (SyncConnectionInfo) and asks
 * main to make the requests.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SyncConnectionInfo } from '../bridge-contract';

const connectionSchema = z.object({
  serverUrl: z.string().url(),
  terminalId: z.string().min(1),
  outletId: z.string().min(1),
  token: z.string().min(20),
  enrolledAt: z.string(),
});
export type SyncConnection = z.infer<typeof connectionSchema>;

export const connectionPath = (dir: string) => join(dir, 'sync-connection.json');

export async function loadConnection(dir: string): Promise<SyncConnection | null> {
  const path = connectionPath(dir);
  if (!existsSync(path)) return null;
  return connectionSchema.parse(JSON.parse(await readFile(path, 'utf8')));
}

/** Written to a temporary file first and renamed, so a power cut leaves the old file or the new one. */
export function saveConnection(dir: string, connection: SyncConnection): void {
  mkdirSync(dir, { recursive: true });
  const path = connectionPath(dir);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(connectionSchema.parse(connection), null, 2), { mode: 0o600 });
  renameSync(temporary, path);
}

export function publicInfo({ serverUrl, terminalId, outletId, enrolledAt }: SyncConnection): SyncConnectionInfo {
  return { serverUrl, terminalId, outletId, enrolledAt };
}
