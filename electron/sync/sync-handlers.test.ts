import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../sync/server/terminals/enrolment';
import { saleEvent, seedCatalog, type CatalogProduct } from '../../tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '../../tests/support/sync-server';
import type { BridgeResult, SyncConnectionInfo } from '../bridge-contract';
import { createBridgeHost } from '../terminal-host';
import { connectionPath } from './connection';
import { EXPORT_FOLDER, serverBaseUrl } from './sync-handlers';

const tempDir = () => mkdtempSync(join(tmpdir(), 'ntt-pos-sync-'));

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('sync channels of the main process', () => {
  let server: TestServer;
  let products: CatalogProduct[];
  beforeAll(async () => {
    server = await startTestServer('pglite');
    products = await seedCatalog(server.db, 5);
  });
  afterAll(() => server.close());

  const code = async () => (await createEnrolmentCode(server.db, 'ende'))!.code;

  it('enrols with a one-time code, keeps the token to itself, and pushes and pulls with it', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    expect(await registry.invoke('sync-connection', [])).toEqual({ ok: true, value: null });
    const enrolled = (await registry.invoke('sync-enrol', [{ serverUrl: `${server.baseUrl}/`, code: await code(), name: 'Kasir 1' }])) as BridgeResult<SyncConnectionInfo>;
    expect(enrolled.ok).toBe(true);
    if (!enrolled.ok) return;
    expect(enrolled.value).toEqual({ serverUrl: server.baseUrl, terminalId: 'ende-t01', outletId: 'ende', enrolledAt: expect.any(String) });
    expect(JSON.stringify(enrolled)).not.toContain('nttpos_');
    expect(await registry.invoke('sync-connection', [])).toEqual(enrolled);
    const saved = JSON.parse(readFileSync(connectionPath(dir), 'utf8'));
    expect(saved.token).toMatch(/^nttpos_/);
    if (process.platform !== 'win32') expect(statSync(connectionPath(dir)).mode & 0o077).toBe(0);

    const event = saleEvent({ terminal: { id: 'ende-t01', outletId: 'ende' }, seq: 1, products });
    const body = gzipSync(JSON.stringify({ events: [event] })).toString('base64');
    const pushed = await registry.invoke('sync-push', [body]);
    expect(pushed).toEqual({ ok: true, value: { kind: 'answer', status: 200, body: { results: [{ id: event.id, status: 'stored', quarantined: false }], highWaterSeq: 1 }, date: expect.any(String) } });
    expect(Math.abs(Date.parse((pushed as { value: { date: string } }).value.date) - Date.now())).toBeLessThan(5_000);
    const pulled = await registry.invoke('sync-pull', ['products', null, 2]);
    expect(pulled).toMatchObject({ ok: true, value: { kind: 'answer', status: 200, body: { hasMore: true, remaining: 3 } } });
  });

  it('refuses a second enrolment, a wrong code and a bad address with reasons in Bahasa Indonesia', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    expect(await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: 'XXXX-YYYY', name: 'Kasir 1' }])).toEqual({
      ok: false,
      error: { code: 'enrolment-refused', message: expect.stringMatching(/^Kode pendaftaran ditolak/) },
    });
    expect(await registry.invoke('sync-enrol', [{ serverUrl: 'ftp://server', code: 'XXXX-YYYY', name: 'Kasir 1' }])).toMatchObject({ ok: false, error: { code: 'invalid-server-url' } });
    expect(await registry.invoke('sync-enrol', [{ serverUrl: `http://127.0.0.1:${await closedPort()}`, code: 'XXXX-YYYY', name: 'Kasir 1' }])).toMatchObject({
      ok: false,
      error: { code: 'network', message: expect.stringMatching(/tidak bisa dihubungi \(ECONNREFUSED\)/) },
    });
    expect(readdirSync(dir)).not.toContain('sync-connection.json');
    expect((await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: await code(), name: 'Kasir 2' }])).ok).toBe(true);
    expect(await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: await code(), name: 'Kasir 3' }])).toMatchObject({ ok: false, error: { code: 'already-enrolled' } });
  });

  it('answers push and pull of a terminal that is not enrolled, or cannot reach its server, as data', async () => {
    const { registry } = createBridgeHost(tempDir(), 'web', 'test');
    expect(await registry.invoke('sync-push', ['H4sI'])).toEqual({ ok: true, value: { kind: 'unreachable', reason: 'not-enrolled', message: expect.any(String) } });
    expect(await registry.invoke('sync-pull', ['staff', null, 10])).toMatchObject({ ok: true, value: { reason: 'not-enrolled' } });
    expect(await registry.invoke('sync-pull', ['nonsense', null, 10])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('writes an export in pieces and names it whole only with the last', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    const first = await registry.invoke('sync-export-write', [{ exportId: 'ende-t01-20261221', part: 0, text: '{"events":[1,', last: false }]);
    expect(first).toEqual({ ok: true, value: { path: join(dir, EXPORT_FOLDER, 'ende-t01-20261221.json.partial') } });
    const last = await registry.invoke('sync-export-write', [{ exportId: 'ende-t01-20261221', part: 1, text: '2]}', last: true }]);
    expect(last).toEqual({ ok: true, value: { path: join(dir, EXPORT_FOLDER, 'ende-t01-20261221.json') } });
    expect(JSON.parse(readFileSync(join(dir, EXPORT_FOLDER, 'ende-t01-20261221.json'), 'utf8'))).toEqual({ events: [1, 2] });
    expect(readdirSync(join(dir, EXPORT_FOLDER))).toEqual(['ende-t01-20261221.json']);
    expect(await registry.invoke('sync-export-write', [{ exportId: '../../etc/passwd', part: 0, text: 'x', last: true }])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('reads the server address the way a manager types it', () => {
    expect(serverBaseUrl(' sinkron.nttmart.go.id ')).toBe('https://sinkron.nttmart.go.id');
    expect(serverBaseUrl('http://10.0.0.5:8080/')).toBe('http://10.0.0.5:8080');
    expect(serverBaseUrl('https://nttmart.go.id/sinkron//')).toBe('https://nttmart.go.id/sinkron');
    expect(() => serverBaseUrl('http://')).toThrow(/tidak sah/);
  });
});
