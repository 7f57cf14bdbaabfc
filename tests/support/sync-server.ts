/**
 * A real sync server on a loopback port over a test database (PostgreSQL or PGlite), with its
 * logs captured, plus helpers that speak the protocol the way a terminal does.
 */
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { ErrorBody } from '#sync/protocol/errors';
import type { SyncEvent } from '#sync/protocol/events';
import type { EnrollResponse, PushResponse, StreamName } from '#sync/protocol/messages';
import { createSyncServer, type SyncServerOptions } from '#sync/server/http/app';
import { createLogger } from '#sync/server/log';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { backdateEnrolment, seedCatalog, type CatalogProduct } from './sync-fixtures';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './server-databases';

export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  token?: string;
  /** JSON-encoded unless a Buffer or string. */
  body?: unknown;
  gzip?: boolean;
  headers?: Record<string, string>;
}

export interface TestServer extends TestDatabase {
  baseUrl: string;
  logs: string[];
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<Reply<T>>;
  /**
   * Enrols a terminal of the outlet, as enrolled at `enrolledAt` (default now): a terminal enrolled
   * earlier may push events dated since then (the server quarantines older ones, ingest/checks/clock.ts).
   */
  enrol(outletId: string, name?: string, enrolledAt?: string): Promise<EnrollResponse>;
  /** The answer, or an error body when the status is not 200. */
  push(token: string, events: readonly SyncEvent[]): Promise<Reply<PushResponse & Partial<ErrorBody>>>;
  pullAll<T = any>(
    token: string,
    stream: StreamName,
    limit?: number,
    cursor?: string,
  ): Promise<{ items: T[]; cursor: string; pages: number }>;
}

export async function startTestServer(
  kind: DatabaseKind,
  options: Partial<SyncServerOptions> = {},
): Promise<TestServer> {
  const database = await openTestDatabase(kind);
  const logs: string[] = [];
  const log = createLogger({ level: 'debug', destination: { write: (line: string) => void logs.push(line) } });
  const server = await createSyncServer({
    db: database.db,
    log,
    enrolLimit: { attempts: 1_000_000, windowMs: 60_000 },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const request = async <T = any>(
    method: string,
    path: string,
    { token, body, gzip, headers = {} }: RequestOptions = {},
  ): Promise<Reply<T>> => {
    const all: Record<string, string> = { ...headers };
    if (token) all.authorization = `Bearer ${token}`;
    let payload: Buffer | string | undefined;
    if (body !== undefined) {
      payload = Buffer.isBuffer(body) || typeof body === 'string' ? body : JSON.stringify(body);
      all['content-type'] ??= 'application/json';
      if (gzip) {
        payload = gzipSync(payload);
        all['content-encoding'] = 'gzip';
      }
    }
    const response = await fetch(baseUrl + path, {
      method,
      headers: all,
      body: typeof payload === 'string' || payload === undefined ? payload : new Uint8Array(payload),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Left as text: the test asserting on it will say what came back.
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  };

  return {
    ...database,
    baseUrl,
    logs,
    request,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
    async enrol(outletId, name = 'Kasir 1', enrolledAt) {
      const created = await createEnrolmentCode(database.db, outletId);
      const reply = await request<EnrollResponse>('POST', '/v1/terminals/enroll', {
        body: { code: created!.code, name },
      });
      if (reply.status !== 201) throw new Error(`enrolment failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      if (enrolledAt) await backdateEnrolment(database.db, reply.body.terminalId, enrolledAt);
      return reply.body;
    },
    push: (token, events) => request('POST', '/v1/sync/push', { token, body: { events } }),
    async pullAll(token, stream, limit = 1000, from) {
      const items = [];
      let cursor = from;
      let pages = 0;
      for (;;) {
        const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
        const reply = await request('GET', `/v1/sync/pull/${stream}?${query}`, { token });
        if (reply.status !== 200)
          throw new Error(`pull ${stream} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
        items.push(...reply.body.items);
        cursor = reply.body.cursor;
        pages++;
        if (!reply.body.hasMore) return { items, cursor: cursor!, pages };
      }
    },
  };
}

/** A test server whose catalog holds `productCount` products, as most server suites start. */
export async function startServerWithCatalog(
  kind: DatabaseKind,
  productCount: number,
): Promise<{ server: TestServer; products: CatalogProduct[] }> {
  const server = await startTestServer(kind);
  return { server, products: await seedCatalog(server.db, productCount) };
}
