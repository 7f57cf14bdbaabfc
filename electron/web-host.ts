/**
 * The web host: serves the built renderer to a browser on this machine and the bridge over a
 * WebSocket at /bridge, for machines without Electron and for the end-to-end tests. It listens on
 * loopback only and accepts sockets only from its own pages (checked by Origin), so no other web
 * site the browser visits can drive the terminal.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { wsRequestSchema, type WsMessage } from './bridge-contract';
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
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_WEB_PORT = 5183;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The web host listens on loopback only, not ${host}`);
  const server = createServer((request, response) => serveFile(options.rendererDir, request, response));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  let port = 0;

  server.on('upgrade', (request, socket, head) => {
    const origin = request.headers.origin ?? '';
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/bridge' || !isOwnOrigin(origin, port)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
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
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Tidak ditemukan');
    return;
  }
  const cache = file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, { 'Content-Type': contentType(file), 'Cache-Control': cache, ...SECURITY_HEADERS });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}
