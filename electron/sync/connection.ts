/**
 * The terminal's link to the provincial server: address, identity, bearer token and the province's
 * ASN key, kept by the main process in sync-connection.bin in the user data folder, sealed by the
 * SecretBox (Electron's safeStorage; see secrets/secret-box.ts). Token and key never leave the main
 * process: the renderer gets the rest (SyncConnectionInfo) and asks main to make the requests and
 * the NIP keys. A plaintext sync-connection.json from before is sealed on first read and then deleted.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SyncConnectionInfo } from '#bridge/bridge-contract';
import { readSealed, writeSealed, type SecretBox } from '../secrets/secret-box';

const connectionSchema = z.object({
  serverUrl: z.string().url(),
  terminalId: z.string().min(1),
  outletId: z.string().min(1),
  token: z.string().min(20),
  /** The province's ASN key (domain/asn/nip-key.ts); absent for terminals enrolled before it existed. */
  asnKey: z.string().min(32).optional(),
  enrolledAt: z.string(),
});
export type SyncConnection = z.infer<typeof connectionSchema>;

export const connectionPath = (dir: string) => join(dir, 'sync-connection.bin');
/** Where earlier versions kept the connection in plain JSON. */
export const plaintextConnectionPath = (dir: string) => join(dir, 'sync-connection.json');

export async function loadConnection(dir: string, box: SecretBox): Promise<SyncConnection | null> {
  const sealed = readSealed(box, connectionPath(dir));
  if (sealed !== null) return connectionSchema.parse(JSON.parse(sealed));
  const plaintext = plaintextConnectionPath(dir);
  if (!existsSync(plaintext)) return null;
  const connection = connectionSchema.parse(JSON.parse(readFileSync(plaintext, 'utf8')));
  saveConnection(dir, box, connection);
  rmSync(plaintext);
  return connection;
}

export function saveConnection(dir: string, box: SecretBox, connection: SyncConnection): void {
  writeSealed(box, connectionPath(dir), JSON.stringify(connectionSchema.parse(connection)));
}

export function publicInfo({ serverUrl, terminalId, outletId, enrolledAt }: SyncConnection): SyncConnectionInfo {
  return { serverUrl, terminalId, outletId, enrolledAt };
}
