/**
 * The back office's sign-in (docs/BACKOFFICE.md): POST /v1/backoffice/login sets the session
 * cookie, GET /v1/backoffice/session says who is signed in (and the CSRF token), POST …/logout ends
 * this session and POST …/logout-all every session of the user. Passwords are never logged: the
 * request log has the path only.
 */
import { loginBodySchema } from '#sync/protocol/backoffice';
import { endAllSessions, endSession, signIn } from '../backoffice/sessions';
import { clearedSessionCookie, refuseCrossOrigin, requireSession, sessionCookie } from '../http/backoffice-auth';
import { jsonBody, type Route } from '../http/context';
import { HttpError } from '../http/http-error';

export const SMALL_BODY = { bytes: 4096, depth: 4, items: 16, values: 32 };

export const login: Route = async (ctx) => {
  refuseCrossOrigin(ctx);
  const wait = ctx.app.loginLimiter.take(ctx.clientAddress);
  if (wait > 0)
    throw new HttpError(429, 'rate-limited', `too many sign-in attempts; try again in ${wait} s`, undefined, {
      'Retry-After': String(wait),
    });
  const body = await jsonBody(ctx, loginBodySchema, SMALL_BODY);
  const result = await signIn(ctx.app.db, body.name, body.password, ctx.clientAddress);
  if (!result.ok) {
    if (result.reason === 'locked')
      throw new HttpError(
        429,
        'rate-limited',
        `too many wrong passwords for this name; locked for ${result.retryAfterSeconds} s`,
        undefined,
        { 'Retry-After': String(result.retryAfterSeconds) },
      );
    throw new HttpError(401, 'unauthorized', 'wrong name or password, or the account is disabled');
  }
  ctx.backofficeUser = result.session.user.name;
  return { status: 200, body: result.session, headers: { 'Set-Cookie': sessionCookie(ctx, result.token) } };
};

export const currentSession: Route = async (ctx) => {
  const { token: _token, ...session } = await requireSession(ctx, { change: false });
  return { status: 200, body: session };
};

export const logout: Route = async (ctx) => {
  const session = await requireSession(ctx, { change: true });
  await endSession(ctx.app.db, session.token);
  return { status: 200, body: { ended: 1 }, headers: { 'Set-Cookie': clearedSessionCookie(ctx) } };
};

export const logoutEverywhere: Route = async (ctx) => {
  const session = await requireSession(ctx, { change: true });
  const ended = await endAllSessions(ctx.app.db, session.user.name);
  return { status: 200, body: { ended }, headers: { 'Set-Cookie': clearedSessionCookie(ctx) } };
};
