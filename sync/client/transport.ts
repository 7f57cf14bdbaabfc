/**
 * How the sync client reaches the server. In the app the main process makes the requests (it
 * alone holds the token) and the renderer reaches it over the bridge; tests and benchmarks call
 * the main process's functions directly. Either way an answer is data, never a thrown error.
 */
import { errorBodySchema, type ErrorBody } from '../protocol/errors';
import type { StreamName } from '../protocol/messages';
import type { ServerAnswer } from '../protocol/server-answer';

export interface SyncTransport {
  /** POST /v1/sync/push with this gzipped JSON body. */
  push(gzippedBody: Uint8Array): Promise<ServerAnswer>;
  /** GET /v1/sync/pull/STREAM. */
  pull(stream: StreamName, cursor: string | null, limit: number): Promise<ServerAnswer>;
}

/** The error body of a 4xx/5xx answer, when it has the protocol's shape. */
export function errorOf(body: unknown): ErrorBody['error'] | null {
  const parsed = errorBodySchema.safeParse(body);
  return parsed.success ? parsed.data.error : null;
}
