import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEEP_ALIVE_MS } from '#sync/server/http/app';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import type { SyncConnection } from './connection';
import { pullPage, pushBatch } from './server-requests';

/** A server that, like one whose keep-alive time ran out, closes a kept-alive socket as its next request arrives. */
function closingKeptAliveSockets(): Promise<{
  server: Server;
  url: string;
  requests: () => number;
  versions: (string | undefined)[];
}> {
  const served = new WeakMap<Socket, number>();
  let requests = 0;
  const versions: (string | undefined)[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests++;
    if (req.method === 'POST') versions.push(req.headers['x-app-version'] as string | undefined);
    const count = (served.get(req.socket) ?? 0) + 1;
    served.set(req.socket, count);
    if (count > 1) {
      req.socket.destroy();
      return;
    }
    req.resume();
    req.on('end', () =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"results":[],"highWaterSeq":0}'),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests: () => requests,
        versions,
      }),
    ),
  );
}

describe('requests to the province over kept-alive connections', () => {
  let closing: Awaited<ReturnType<typeof closingKeptAliveSockets>>;
  beforeAll(async () => {
    closing = await closingKeptAliveSockets();
  });
  afterAll(() => {
    closing.server.closeAllConnections();
    closing.server.close();
  });

  it('send a push or pull again on a new connection when the kept-alive one is closed under it', async () => {
    const connection: SyncConnection = {
      serverUrl: closing.url,
      terminalId: 't',
      outletId: 'o',
      token: 'x',
      enrolledAt: new Date().toISOString(),
    };
    expect(await pushBatch(connection, new Uint8Array([1]), 'test')).toMatchObject({ kind: 'answer', status: 200 });
    expect(await pushBatch(connection, new Uint8Array([2]), 'test')).toMatchObject({ kind: 'answer', status: 200 });
    expect(await pullPage(connection, 'products', null, 10)).toMatchObject({ kind: 'answer', status: 200 });
    // The second push met the closing socket and was sent once more.
    expect(closing.requests()).toBeGreaterThan(3);
    // Every push, the repeated one too, names the app's version.
    expect(closing.versions.length).toBeGreaterThanOrEqual(2);
    expect(new Set(closing.versions)).toEqual(new Set(['test']));
  });
});

describe('the sync server keep-alive', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server.close());

  it('is advertised to clients, which close their side before it runs out', async () => {
    const reply = await server.request('GET', '/v1/health');
    expect(reply.headers.get('keep-alive')).toBe(`timeout=${KEEP_ALIVE_MS / 1000}`);
  });
});
