/**
 * The back office's cookie session on a request: the session cookie (httpOnly, SameSite=Strict,
 * Secure over TLS) and, for every change, the session's CSRF token in the X-CSRF-Token header.
 * SameSite=Strict keeps the cookie off requests other sites start; the header, which a page of
 * another origin cannot set here without a CORS preflight this server refuses, is the second lock.
 */
import { timingSafeEqual } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import { CSRF_HEADER, type BackofficeRole, type BackofficeSession } from '#sync/protocol/backoffice';
import { SESSION_HOURS, sessionForToken } from '../backoffice/sessions';
import type { RequestContext } from './context';
import { HttpError } from './http-error';

export const SESSION_COOKIE = 'ntt_kantor';

export function sessionCookie(ctx: RequestContext, token: string): string {
  return cookie(ctx, `${SESSION_COOKIE}=${token}`, SESSION_HOURS * 3600);
}

export function clearedSessionCookie(ctx: RequestContext): string {
  return cookie(ctx, `${SESSION_COOKIE}=`, 0);
}

function cookie(ctx: RequestContext, value: string, maxAgeSeconds: number): string {
  const secure = servedOverHttps(ctx) ? '; Secure' : '';
  return `${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

/**
 * TLS on this socket, or a reverse proxy on this machine (README, "TLS in production") saying the
 * browser came over https. A remote peer's X-Forwarded-Proto is not believed.
 */
function servedOverHttps(ctx: RequestContext): boolean {
  if ((ctx.req.socket as Partial<TLSSocket>).encrypted === true) return true;
  const loopback = /^(127\.|::1$|::ffff:127\.)/.test(ctx.clientAddress);
  return loopback && String(ctx.req.headers['x-forwarded-proto'] ?? '').toLowerCase() === 'https';
}

export function sessionToken(ctx: RequestContext): string | null {
  for (const part of (ctx.req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length > 0) return value.join('=') || null;
  }
  return null;
}

/**
 * The signed-in user's session; 401 without one. `change`: the request changes something, so it
 * must carry the session's CSRF token (403 otherwise). `roles`: who may ask (403 for others).
 */
export async function requireSession(
  ctx: RequestContext,
  options: { change: boolean; roles?: readonly BackofficeRole[] },
): Promise<BackofficeSession & { token: string }> {
  const token = sessionToken(ctx);
  const session = token === null ? null : await sessionForToken(ctx.app.db, token);
  if (token === null || session === null) throw new HttpError(401, 'unauthorized', 'sign in to the back office first');
  ctx.backofficeUser = session.user.name;
  if (options.change && !sameToken(String(ctx.req.headers[CSRF_HEADER] ?? ''), session.csrfToken))
    throw new HttpError(403, 'forbidden', `a change needs the session's CSRF token in the ${CSRF_HEADER} header`);
  if (options.roles && !options.roles.includes(session.user.role))
    throw new HttpError(403, 'forbidden', `role ${session.user.role} may not do this`);
  return { ...session, token };
}

/**
 * A request a browser sends from a page of another origin names that origin; refuse it. (Requests
 * without Origin come from tools, not from another site's page.)
 */
export function refuseCrossOrigin(ctx: RequestContext): void {
  const origin = ctx.req.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== ctx.req.headers.host) throw new HttpError(403, 'forbidden', 'cross-origin requests are refused');
}

function sameToken(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
