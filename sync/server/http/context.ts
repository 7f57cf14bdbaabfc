/** What a route handler gets: the app's shared parts and the request, with body and auth helpers. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { adminForToken } from '../admin-tokens/admin-tokens';
import type { Database } from '../db/database';
import type { PushOrder } from '../ingest/push-order';
import type { Logger } from '../log';
import { terminalForToken, type AuthenticatedTerminal } from '../terminals/terminals';
import { readJsonBody, type BodyLimits } from './body';
import { HttpError } from './http-error';
import type { RateLimiter } from '#domain/rate-limit';

export interface AppContext {
  db: Database;
  log: Logger;
  /** This database's identity, part of every pull cursor. */
  serverId: string;
  /** The largest push body, on the wire and after gunzip. */
  maxBodyBytes: number;
  /** Enrolment attempts per client address, malformed ones included. */
  enrolLimiter: RateLimiter;
  /** Back-office sign-in attempts per client address (the lockout per name is in the database). */
  loginLimiter: RateLimiter;
  /** Holds a terminal's push until the batch it follows is in. */
  pushOrder: PushOrder;
  /** The secret `npm run admin` sends to run commands here (embedded database only), or undefined: not served. */
  adminSecret?: string;
}

export interface RequestContext {
  app: AppContext;
  req: IncomingMessage;
  url: URL;
  /** Captured parts of the route's path. */
  params: string[];
  clientAddress: string;
  /** Set once the bearer token is checked, for the request log line. */
  terminal: AuthenticatedTerminal | null;
  /** Likewise for an admin token: the token's name. */
  admin: string | null;
  /** Likewise for a back-office session: the user's name. */
  backofficeUser: string | null;
}

/** A JSON body, or text of another type (a report's CSV). */
export type Reply = { status: number; headers?: Record<string, string> } & (
  { body: unknown } | { text: string; contentType: string }
);

export type Route = (ctx: RequestContext) => Promise<Reply>;

export function jsonBody<S extends z.ZodType>(ctx: RequestContext, schema: S, limits: BodyLimits): Promise<z.infer<S>> {
  return readJsonBody(ctx.req, schema, limits);
}

/**
 * Whoever `Authorization: Bearer TOKEN` names, found by `find`; 401 with `refusal` (or a hint to
 * send one) when the token is missing or names no one.
 */
async function bearer<T>(
  ctx: RequestContext,
  find: (token: string) => Promise<T | null>,
  refusal: string,
  expected: string,
): Promise<T> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '')?.[1];
  const found = token ? await find(token) : null;
  if (found === null)
    throw new HttpError(401, 'unauthorized', token ? refusal : `send Authorization: Bearer ${expected}`, undefined, {
      'WWW-Authenticate': 'Bearer',
    });
  return found;
}

/** The terminal behind `Authorization: Bearer TOKEN`; 401 when missing, unknown or revoked. */
export async function authenticate(ctx: RequestContext): Promise<AuthenticatedTerminal> {
  ctx.terminal = await bearer(
    ctx,
    (token) => terminalForToken(ctx.app.db, token),
    'the token is unknown or revoked; enrol the terminal again',
    'TOKEN',
  );
  return ctx.terminal;
}

/** The provincial staff member behind an admin token (`Authorization: Bearer nttadm_…`); 401 otherwise, terminal tokens included. */
export async function authenticateAdmin(ctx: RequestContext): Promise<string> {
  ctx.admin = await bearer(
    ctx,
    (token) => adminForToken(ctx.app.db, token),
    'an admin token is needed, and this one is unknown, revoked or a terminal token',
    'ADMIN_TOKEN',
  );
  return ctx.admin;
}
