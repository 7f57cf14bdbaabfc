/** What a route handler gets: the app's shared parts and the request, with body and auth helpers. */
import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import type { Database } from '../db/database';
import type { Logger } from '../log';
import { terminalForToken, type AuthenticatedTerminal } from '../terminals/terminals';
import { readJsonBody } from './body';
import { HttpError } from './http-error';
import type { RateLimiter } from './rate-limit';

export interface AppContext {
  db: Database;
  log: Logger;
  /** This database's identity, part of every pull cursor. */
  serverId: string;
  maxBodyBytes: number;
  enrolLimiter: RateLimiter;
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
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Route = (ctx: RequestContext) => Promise<Reply>;

export function jsonBody<S extends z.ZodType>(ctx: RequestContext, schema: S): Promise<z.infer<S>> {
  return readJsonBody(ctx.req, schema, ctx.app.maxBodyBytes);
}

/** The terminal behind `Authorization: Bearer TOKEN`; 401 when missing, unknown or revoked. */
export async function authenticate(ctx: RequestContext): Promise<AuthenticatedTerminal> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '');
  const terminal = match ? await terminalForToken(ctx.app.db, match[1]!) : null;
  if (!terminal) {
    throw new HttpError(401, 'unauthorized', match ? 'the token is unknown or revoked; enrol the terminal again' : 'send Authorization: Bearer TOKEN', undefined, {
      'WWW-Authenticate': 'Bearer',
    });
  }
  ctx.terminal = terminal;
  return terminal;
}
