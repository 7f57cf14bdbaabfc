/**
 * POST /v1/admin/commands: an admin command (sync/admin/admin-request.ts) from `npm run admin` on
 * this machine, run on the server's own database, for when that database is embedded and so
 * cannot be opened by a second process. Loopback only, and only with the secret the server wrote
 * to its endpoint file (sync/server/admin-commands/endpoint-file.ts). The body (a PIN, a
 * roster) is never logged; the command's name is.
 */
import { timingSafeEqual } from 'node:crypto';
import { adminRequestSchema, type AdminResult } from '#sync/admin/admin-request';
import { runAdminRequest } from '#sync/admin/commands';
import { AdminError } from '#sync/admin/output';
import { readJsonBody, type BodyLimits } from '../http/body';
import type { Route } from '../http/context';
import { HttpError } from '../http/http-error';

/** A 150,000-row ASN roster is about 10 MB of CSV, carried as one string: the shape stays small. */
const ADMIN_BODY: BodyLimits = { bytes: 64 * 1024 * 1024, depth: 4, items: 32, values: 128 };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export const adminCommandRoute: Route = async (ctx) => {
  const secret = ctx.app.adminSecret;
  if (secret === undefined)
    throw new HttpError(404, 'not-found', 'admin commands are not served here; run them on the database');
  if (!LOOPBACK.has(ctx.clientAddress))
    throw new HttpError(403, 'forbidden', 'admin commands are taken from this machine only');
  const token = /^Bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '')?.[1] ?? '';
  if (!sameSecret(token, secret))
    throw new HttpError(401, 'unauthorized', 'send the secret from the endpoint file', undefined, {
      'WWW-Authenticate': 'Bearer',
    });
  ctx.admin = 'cli';
  const request = await readJsonBody(ctx.req, adminRequestSchema, ADMIN_BODY);
  ctx.app.log.info({ command: request.command.name }, 'admin command');
  let result: AdminResult;
  try {
    result = await runAdminRequest(ctx.app.db, request);
  } catch (error) {
    if (error instanceof AdminError) throw new HttpError(422, 'admin-command-refused', error.message);
    throw error;
  }
  return { status: 200, body: result };
};

function sameSecret(given: string, secret: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
