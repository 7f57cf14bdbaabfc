/**
 * The sync API on node:http: a fixed route table, JSON in and out, one log line per request.
 * Bad input ends as a 4xx from HttpError; anything else is a bug, logged and answered 500.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isConnectionLost, type Database } from '../db/database';
import { scrub, type Logger } from '../log';
import { asnKeyRoute } from '../routes/asn-key';
import { enroll } from '../routes/enroll';
import { health } from '../routes/health';
import { adminCommandRoute } from '../routes/admin-command';
import { asnReportRoute, backofficeAsnReportRoute } from '../routes/asn-report';
import { backofficePpnReportRoute, ppnReportRoute } from '../routes/ppn-report';
import { stockReportRoute } from '../routes/stock-report';
import { payablesRoute, supplierReportRoute } from '../routes/supplier-report';
import { pull } from '../routes/pull';
import { push } from '../routes/push';
import { saleLookup } from '../routes/sale-lookup';
import { raisePurchaseOrderRoute } from '../routes/purchase-order';
import { outletDayRoute } from '../routes/outlet-day';
import { currentSession, login, logout, logoutEverywhere } from '../routes/backoffice-session';
import { asnOpdRoute, dashboardRoute, targetRoute } from '../routes/backoffice-dashboard';
import { backofficeFiles, toBackoffice } from '../routes/backoffice-files';
import { MANAGE_ROUTES } from '../routes/backoffice-manage';
import { governorReportRoute } from '../routes/backoffice-report';
import { loadServerId } from '../streams/pull';
import type { AppContext, RequestContext, Route } from './context';
import { HttpError } from './http-error';
import { PushOrder } from '../ingest/push-order';
import { RateLimiter } from '#domain/rate-limit';
import { CORS_HEADERS, sendJson, sendText } from './respond';

/**
 * How long an idle keep-alive connection stays open. Advertised in each answer's Keep-Alive
 * header; the terminal's fetch closes its side a little earlier, so it does not send a request
 * on a socket the server is closing at that moment ("socket hang up").
 */
export const KEEP_ALIVE_MS = 30_000;

/** A batch of 1,000 three-line sales is about 1.5 MB of JSON. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** How long a client waits before trying again after the database dropped its connection. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const ROUTES: { method: 'GET' | 'POST'; path: RegExp; route: Route }[] = [
  { method: 'GET', path: /^\/v1\/health$/, route: health },
  { method: 'POST', path: /^\/v1\/terminals\/enroll$/, route: enroll },
  { method: 'GET', path: /^\/v1\/terminals\/asn-key$/, route: asnKeyRoute },
  { method: 'POST', path: /^\/v1\/sync\/push$/, route: push },
  { method: 'GET', path: /^\/v1\/sync\/pull\/([^/]+)$/, route: pull },
  { method: 'GET', path: /^\/v1\/sales\/([^/]+)$/, route: saleLookup },
  { method: 'POST', path: /^\/v1\/sync\/purchase-orders$/, route: raisePurchaseOrderRoute },
  { method: 'GET', path: /^\/v1\/outlet\/day\/([^/]+)$/, route: outletDayRoute },
  { method: 'GET', path: /^\/v1\/admin\/reports\/asn\/([^/]+?)(\.csv)?$/, route: asnReportRoute },
  { method: 'GET', path: /^\/v1\/admin\/reports\/ppn\/([^/]+?)(\.csv)?$/, route: ppnReportRoute },
  { method: 'GET', path: /^\/v1\/admin\/reports\/stock\/([^/]+)$/, route: stockReportRoute },
  { method: 'GET', path: /^\/v1\/admin\/reports\/supplier\/([^/]+)\/([^/]+?)(\.csv)?$/, route: supplierReportRoute },
  { method: 'GET', path: /^\/v1\/admin\/reports\/payables\/([^/]+)$/, route: payablesRoute },
  { method: 'POST', path: /^\/v1\/admin\/commands$/, route: adminCommandRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/login$/, route: login },
  { method: 'GET', path: /^\/v1\/backoffice\/session$/, route: currentSession },
  { method: 'POST', path: /^\/v1\/backoffice\/logout$/, route: logout },
  { method: 'POST', path: /^\/v1\/backoffice\/logout-all$/, route: logoutEverywhere },
  { method: 'GET', path: /^\/v1\/backoffice\/dashboard$/, route: dashboardRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/asn-opd$/, route: asnOpdRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/reports\/asn\/([^/]+?)(\.csv)?$/, route: backofficeAsnReportRoute },
  { method: 'GET', path: /^\/v1\/backoffice\/reports\/ppn\/([^/]+?)(\.csv)?$/, route: backofficePpnReportRoute },
  { method: 'POST', path: /^\/v1\/backoffice\/target$/, route: targetRoute },
  ...MANAGE_ROUTES,
  { method: 'GET', path: /^\/v1\/backoffice\/reports\/governor\/([^/.]+)(\.pdf)?$/, route: governorReportRoute },
  { method: 'GET', path: /^\/$/, route: toBackoffice },
  { method: 'GET', path: /^\/kantor(\/.*)?$/, route: backofficeFiles },
];

export interface SyncServerOptions {
  db: Database;
  log: Logger;
  maxBodyBytes?: number;
  /** Enrolment attempts per client address and window. */
  enrolLimit?: { attempts: number; windowMs: number };
  /** Back-office sign-in attempts per client address and window. */
  loginLimit?: { attempts: number; windowMs: number };
  /** Serve POST /v1/admin/commands to loopback callers with this secret (the embedded database). */
  adminSecret?: string;
}

export async function createSyncServer(options: SyncServerOptions): Promise<Server> {
  const limit = options.enrolLimit ?? { attempts: 10, windowMs: 15 * 60_000 };
  const login = options.loginLimit ?? { attempts: 30, windowMs: 15 * 60_000 };
  const app: AppContext = {
    db: options.db,
    log: options.log,
    serverId: await loadServerId(options.db),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    enrolLimiter: new RateLimiter(limit.attempts, limit.windowMs),
    loginLimiter: new RateLimiter(login.attempts, login.windowMs),
    pushOrder: new PushOrder(),
    ...(options.adminSecret === undefined ? {} : { adminSecret: options.adminSecret }),
  };
  const server = createServer((req, res) => {
    handle(app, req, res).catch((error: unknown) => {
      app.log.error({ err: error }, 'request handling failed');
      res.destroy();
    });
  });
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Above the keep-alive time, so a connection kept alive is never cut for a slow header instead.
  server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  return server;
}

async function handle(app: AppContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const url = parseUrl(req.url);
  const ctx: RequestContext = {
    app,
    req,
    url,
    params: [],
    clientAddress: req.socket.remoteAddress ?? 'unknown',
    terminal: null,
    admin: null,
    backofficeUser: null,
  };
  res.on('finish', () => {
    app.log.info(
      // The path is scrubbed like a message: a client may put anything in it, a NIP too. The query is never logged.
      {
        method: req.method,
        path: scrub(url.pathname),
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        terminal: ctx.terminal?.id,
        admin: ctx.admin ?? undefined,
        user: ctx.backofficeUser ?? undefined,
      },
      'request',
    );
  });
  try {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const matches = ROUTES.filter((r) => r.path.test(url.pathname));
    const match = matches.find((r) => r.method === req.method);
    if (!match) {
      throw matches.length > 0
        ? new HttpError(405, 'method-not-allowed', `use ${matches.map((r) => r.method).join(' or ')}`, undefined, {
            Allow: matches.map((r) => r.method).join(', '),
          })
        : new HttpError(404, 'not-found', `no endpoint ${url.pathname}`);
    }
    ctx.params = match.path.exec(url.pathname)!.slice(1);
    const reply = await match.route(ctx);
    if ('text' in reply) await sendText(req, res, reply.status, reply.text, reply.contentType, reply.headers);
    else await sendJson(req, res, reply.status, reply.body, reply.headers);
  } catch (error) {
    if (error instanceof HttpError) {
      await sendJson(req, res, error.status, error.body, error.headers);
      return;
    }
    if (isConnectionLost(error)) {
      // Nothing was committed (the transaction died with its connection): the client tries again.
      app.log.warn(
        { err: error, method: req.method, path: scrub(url.pathname) },
        'database connection lost during a request',
      );
      const unavailable = new HttpError(503, 'unavailable', 'the database connection was lost; try again', undefined, {
        'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
      });
      if (!res.headersSent) await sendJson(req, res, 503, unavailable.body, unavailable.headers);
      return;
    }
    app.log.error({ err: error, method: req.method, path: scrub(url.pathname) }, 'request failed');
    if (!res.headersSent)
      await sendJson(req, res, 500, new HttpError(500, 'internal', 'internal error; the server logged it').body);
  }
}

/** A path URL cannot parse matches no route: it becomes a 404 like any unknown path. */
function parseUrl(path: string | undefined): URL {
  try {
    return new URL(path ?? '/', 'http://server');
  } catch {
    return new URL('http://server/malformed-path');
  }
}
