/** Sends an admin command to the running server (POST /v1/admin/commands) and reads its answer. */
import { errorBodySchema } from '../protocol/errors';
import type { AdminEndpoint } from '../server/admin-commands/endpoint-file';
import { adminResultSchema, type AdminRequest, type AdminResult } from './admin-request';
import { AdminError } from './output';

export async function runOnServer(endpoint: AdminEndpoint, request: AdminRequest): Promise<AdminResult> {
  const address = `http://127.0.0.1:${endpoint.port}`;
  let response: Response;
  try {
    response = await fetch(`${address}/v1/admin/commands`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${endpoint.secret}` },
      body: JSON.stringify(request),
    });
  } catch {
    throw new AdminError(
      `Server (proses ${endpoint.pid}) memegang basis data tetapi tidak menjawab di ${address}. Tunggu sebentar, atau hentikan server lalu coba lagi.`,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const result = adminResultSchema.safeParse(body);
    if (result.success) return result.data;
  }
  const error = errorBodySchema.safeParse(body);
  if (error.success && error.data.error.code === 'admin-command-refused')
    throw new AdminError(error.data.error.message);
  throw new AdminError(
    `Server di ${address} menolak perintah (HTTP ${response.status}${error.success ? `: ${error.data.error.message}` : ''}).`,
  );
}
