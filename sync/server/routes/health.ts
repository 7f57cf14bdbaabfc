/** GET /v1/health: the server answers and its database too. */
import { PROTOCOL_VERSION } from '#sync/protocol/messages';
import type { Route } from '../http/context';
import { HttpError } from '../http/http-error';

export const health: Route = async ({ app }) => {
  try {
    await app.db.query('SELECT 1');
  } catch {
    throw new HttpError(503, 'unavailable', 'the database does not answer');
  }
  return { status: 200, body: { ok: true, protocol: PROTOCOL_VERSION, time: new Date().toISOString() } };
};
