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

/** A JSON body, or text of another type (a report's CSV), or bytes (a report's PDF). */
export type Reply = { status: number; headers?: Record<string, string> } & (
  { body: unknown } | { text: string | Uint8Array; contentType: string }
);

export type Route = (ctx: RequestContext) => Promise<Reply>;

export function jsonBody<S extends z.ZodType>(ctx: RequestContext, schema: S, limits: BodyLimits): Promise<z.infer<S>> {
  return readJsonBody(ctx.req, schema, limits);
}

/** A kind of bearer token: whom it names, and what the 401 says when it names no one. */
interface TokenKind<T> {
  find: (db: Database, token: string) => Promise<T | null>;
  /** The refusal of a token that names no one. */
  refusal: string;
  /** What to send, in the hint when no token came. */
  expected: string;
}

const TERMINAL_TOKEN: TokenKind<AuthenticatedTerminal> = {
  find: terminalForToken,
  refusal: 'the token is unknown or revoked; enrol the terminal again',
  expected: 'TOKEN',
};

const ADMIN_TOKEN: TokenKind<string> = {
  find: adminForToken,
  refusal: 'an admin token is needed, and this one is unknown, revoked or a terminal token',
  expected: 'ADMIN_TOKEN',
};

/** Whoever `Authorization: Bearer TOKEN` names as a token of this kind; 401 when it is missing or names no one. */
async function bearer<T>(ctx: RequestContext, kind: TokenKind<T>): Promise<T> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '')?.[1];
  const found = token ? await kind.find(ctx.app.db, token) : null;
  if (found !== null) return found;
  const message = token ? kind.refusal : `send Authorization: Bearer ${kind.expected}`;
  throw new HttpError(401, 'unauthorized', message, undefined, { 'WWW-Authenticate': 'Bearer' });
}

/** The terminal behind `Authorization: Bearer TOKEN`; 401 when missing, unknown or revoked. */
export async function authenticate(ctx: RequestContext): Promise<AuthenticatedTerminal> {
  ctx.terminal = await bearer(ctx, TERMINAL_TOKEN);
  return ctx.terminal;
}

/** The provincial staff member behind an admin token (`Authorization: Bearer nttadm_…`); 401 otherwise, terminal tokens included. */
export async function authenticateAdmin(ctx: RequestContext): Promise<string> {
  ctx.admin = await bearer(ctx, ADMIN_TOKEN);
  return ctx.admin;
}
