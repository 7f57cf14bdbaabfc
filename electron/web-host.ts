/**
 * The web host: serves the built renderer to a browser on this machine and the bridge over a
 * WebSocket at /bridge, for machines without Electron and for the end-to-end tests. It listens on
 * loopback only, answers only requests addressed to its loopback name and port (Host, against DNS
 * rebinding), and accepts sockets only from its own pages (Origin) that also carry this start's
 * secret. Origin alone stops other web sites, not a local process, which forges any header; the
 * secret reaches the browser only through the address printed at start (`/?kunci=…`), which sets
 * it as an HttpOnly cookie and redirects to `/`, so a process that did not see that address (or the
 * browser's cookies) cannot open the bridge.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { wsRequestSchema, type WsMessage } from '#bridge/bridge-contract';
import type { BridgeEventHub, BridgeRegistry } from './bridge-registry';
import { contentType, resolveRendererFile } from './renderer-files';
import { SECURITY_HEADERS } from './security';

export interface WebHostOptions {
  rendererDir: string;
  registry: BridgeRegistry;
  events: BridgeEventHub;
  /** 0 picks a free port (tests). The default keeps the browser's data at one origin. */
  port?: number;
  host?: string;
}

export interface WebHost {
  /** The page's address, without the secret. */
  url: string;
  /** The address to open: it hands this start's secret to the browser (as a cookie) once. */
  openUrl: string;
  /** The cookie's name; with `secret`, for tests of the handshake. */
  cookieName: string;
  secret: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_WEB_PORT = 5183;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
/** The query parameter of openUrl that carries the secret. */
const SECRET_PARAM = 'kunci';
const FORBIDDEN = 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The web host listens on loopback only, not ${host}`);
  const secret = randomBytes(32).toString('base64url');
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  let port = 0;
  const cookieName = () => `ntt_pos_bridge_${port}`;

  const server = createServer((request, response) => {
    if (!isOwnHost(request.headers.host, port)) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Alamat tidak dikenal');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const offered = url.searchParams.get(SECRET_PARAM);
    if (offered !== null) {
      // The secret goes into a cookie at once and out of the address bar (and the browser's history).
      const headers: Record<string, string> = { Location: '/', 'Cache-Control': 'no-store', ...SECURITY_HEADERS };
      if (sameSecret(offered, secret))
        headers['Set-Cookie'] = `${cookieName()}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
      response.writeHead(303, headers).end();
      return;
    }
    serveFile(options.rendererDir, request, response);
  });

  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const allowed =
      path === '/bridge' &&
      isOwnHost(request.headers.host, port) &&
      isOwnOrigin(request.headers.origin ?? '', port) &&
      sameSecret(cookieValue(request.headers.cookie, cookieName()) ?? '', secret);
    if (!allowed) {
      socket.end(FORBIDDEN);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveBridge(ws, options));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_WEB_PORT, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${host === '::1' ? '[::1]' : host}:${port}/`;

  return {
    url,
    openUrl: `${url}?${SECRET_PARAM}=${secret}`,
    cookieName: cookieName(),
    secret,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Host as a browser sends it for this host's own address: a loopback name and this port. */
function isOwnHost(host: string | undefined, port: number): boolean {
  return isOwnOrigin(`http://${host ?? ''}`, port);
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function sameSecret(offered: string, secret: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isOwnOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && LOOPBACK.has(url.hostname.replace(/^\[|\]$/g, '')) && Number(url.port) === port;
  } catch {
    return false;
  }
}

function serveBridge(ws: WebSocket, { registry, events }: WebHostOptions): void {
  const send = (message: WsMessage) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(message));
  const unsubscribe = events.subscribe((event, payload) => send({ event, payload }));
  ws.on('close', unsubscribe);
  ws.on('message', async (data) => {
    let request;
    try {
      request = wsRequestSchema.parse(JSON.parse(String(data)));
    } catch {
      ws.close(1003, 'bad request');
      return;
    }
    send({ id: request.id, result: await registry.invoke(request.channel, request.args) });
  });
}

function serveFile(root: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveRendererFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file) {
    response
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
      .end('Tidak ditemukan');
    return;
  }
  const cache = file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': cache, ...SECURITY_HEADERS });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}
