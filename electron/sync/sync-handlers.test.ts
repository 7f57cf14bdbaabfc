import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '#sync/server/terminals/enrolment';
import { saleEvent, seedCatalog, type CatalogProduct } from '#tests/support/sync-fixtures';
import { startTestServer, type TestServer } from '#tests/support/sync-server';
import type { SyncConnectionInfo } from '#bridge/bridge-contract';
import { createBridgeHost } from '../terminal-host';
import { verifyPepperedPin } from '#domain/staff/pin-hash';
import { addStaff } from '#sync/admin/staff';
import { keyFileSecretBox } from '../secrets/secret-box';
import { PEPPER_FILE } from '../staff/pin-handlers';
import { connectionPath, plaintextConnectionPath, saveConnection, type SyncConnection } from './connection';
import { DEMO_ASN_KEY, nipKeys } from '#domain/asn/nip-key';
import { PLAIN_HTTP_PROBLEM } from '#sync/protocol/server-address';
import { serverAddress } from '#sync/protocol/server-address';
import { EXPORT_FOLDER, NIP_KEYS_PER_MINUTE } from './sync-handlers';
import type { Result } from '#domain/result';

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

  it('keys NIPs with the province ASN key from enrolment, sealed with the token, and the demo key in training', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    const nip = '198609262015051001';
    expect(await registry.invoke('asn-nip-keys', [[nip], false])).toMatchObject({
      ok: false,
      error: { code: 'not-enrolled' },
    });
    expect(await registry.invoke('asn-nip-keys', [[nip], true])).toEqual({
      ok: true,
      value: await nipKeys(DEMO_ASN_KEY, [nip]),
    });
    const alor = (await createEnrolmentCode(server.db, 'alor'))!.code;
    await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: alor, name: 'Kasir 1' }]);
    const { rows } = await server.db.query<{ asn_key: string }>('SELECT asn_key FROM server_identity');
    const key = rows[0]!.asn_key;
    const expected = await nipKeys(key, [nip]);
    expect(expected[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(await registry.invoke('asn-nip-keys', [[nip], false])).toEqual({ ok: true, value: expected });
    const box = keyFileSecretBox(dir);
    const sealed = readFileSync(connectionPath(dir));
    expect(sealed.toString('latin1')).not.toContain(key);
    const connection = JSON.parse(box.open(sealed)) as SyncConnection;
    expect(connection.asnKey).toBe(key);

    // A terminal enrolled before the key existed asks for it once, with its token, and keeps it.
    saveConnection(dir, box, { ...connection, asnKey: undefined });
    expect(await registry.invoke('asn-nip-keys', [[nip], false])).toEqual({ ok: true, value: expected });
    expect((JSON.parse(box.open(readFileSync(connectionPath(dir)))) as SyncConnection).asnKey).toBe(key);
    expect(await registry.invoke('asn-nip-keys', [['1986'], false])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });

    // The province's key is applied to at most NIP_KEYS_PER_MINUTE NIPs a minute (3 so far); the demo key is public.
    expect(await registry.invoke('asn-nip-keys', [Array(NIP_KEYS_PER_MINUTE - 3).fill(nip), false])).toMatchObject({
      ok: true,
    });
    expect(await registry.invoke('asn-nip-keys', [[nip], false])).toMatchObject({
      ok: false,
      error: { code: 'rate-limited', message: expect.stringMatching(/^Terlalu banyak NIP diperiksa dalam satu menit/) },
    });
    expect(await registry.invoke('asn-nip-keys', [[nip], true])).toMatchObject({ ok: true });
  });

  it('enrols with a one-time code, keeps the token to itself, and pushes and pulls with it', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    expect(await registry.invoke('sync-connection', [])).toEqual({ ok: true, value: null });
    const enrolled = (await registry.invoke('sync-enrol', [
      { serverUrl: `${server.baseUrl}/`, code: await code(), name: 'Kasir 1' },
    ])) as Result<SyncConnectionInfo>;
    expect(enrolled.ok).toBe(true);
    if (!enrolled.ok) return;
    expect(enrolled.value).toEqual({
      serverUrl: server.baseUrl,
      terminalId: 'ende-t01',
      outletId: 'ende',
      enrolledAt: expect.any(String),
    });
    expect(JSON.stringify(enrolled)).not.toContain('nttpos_');
    expect(await registry.invoke('sync-connection', [])).toEqual(enrolled);
    // On disk the token is sealed (never in clear), and only the host's secret box opens it.
    const sealed = readFileSync(connectionPath(dir));
    expect(sealed.toString('latin1')).not.toMatch(/nttpos_|ende-t01/);
    expect(JSON.parse(keyFileSecretBox(dir).open(sealed)).token).toMatch(/^nttpos_/);
    expect(existsSync(plaintextConnectionPath(dir))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(connectionPath(dir)).mode & 0o077).toBe(0);

    const event = saleEvent({ terminal: { id: 'ende-t01', outletId: 'ende' }, seq: 1, products });
    const body = gzipSync(JSON.stringify({ events: [event] })).toString('base64');
    const pushed = await registry.invoke('sync-push', [body]);
    expect(pushed).toEqual({
      ok: true,
      value: {
        kind: 'answer',
        status: 200,
        body: { results: [{ id: event.id, status: 'stored', quarantined: false }], highWaterSeq: 1 },
        date: expect.any(String),
      },
    });
    expect(Math.abs(Date.parse((pushed as { value: { date: string } }).value.date) - Date.now())).toBeLessThan(5_000);
    const pulled = await registry.invoke('sync-pull', ['products', null, 2]);
    expect(pulled).toMatchObject({
      ok: true,
      value: { kind: 'answer', status: 200, body: { hasMore: true, remaining: 3 } },
    });
  });

  it('refuses a second enrolment, a wrong code and a bad address with reasons in Bahasa Indonesia', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    expect(
      await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: 'XXXX-YYYY', name: 'Kasir 1' }]),
    ).toEqual({
      ok: false,
      error: { code: 'enrolment-refused', message: expect.stringMatching(/^Kode pendaftaran ditolak/) },
    });
    expect(
      await registry.invoke('sync-enrol', [{ serverUrl: 'ftp://server', code: 'XXXX-YYYY', name: 'Kasir 1' }]),
    ).toMatchObject({ ok: false, error: { code: 'invalid-server-url' } });
    const port = await closedPort();
    expect(
      await registry.invoke('sync-enrol', [
        { serverUrl: `http://127.0.0.1:${port}`, code: 'XXXX-YYYY', name: 'Kasir 1' },
      ]),
    ).toEqual({
      ok: false,
      error: {
        code: 'network',
        message: `Server 127.0.0.1:${port} menolak sambungan: server tidak berjalan atau nomor port salah. Periksa alamat dan pastikan server menyala.`,
      },
    });
    expect(readdirSync(dir).filter((f) => f.startsWith('sync-connection'))).toEqual([]);
    // The code the server answered is used already: plain words, none of the server's English.
    const used = await code();
    expect((await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: used, name: 'Kasir 1' }])).ok).toBe(
      true,
    );
    const again = await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: used, name: 'Kasir 1' }]);
    expect(again).toMatchObject({ ok: false, error: { code: 'already-enrolled' } });
    expect(
      await registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: await code(), name: 'Kasir 3' }]),
    ).toMatchObject({ ok: false, error: { code: 'already-enrolled' } });
    const other = createBridgeHost(tempDir(), 'web', 'test').registry;
    const refused = await other.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: used, name: 'Kasir 2' }]);
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'enrolment-refused',
        message: 'Kode pendaftaran ditolak: salah ketik, sudah dipakai, atau kedaluwarsa. Minta kode baru ke provinsi.',
      },
    });
  });

  it('takes an address without a scheme as http on this machine, and says plainly when https meets a plain server', async () => {
    const { registry } = createBridgeHost(tempDir(), 'web', 'test');
    const plainHost = server.baseUrl.replace('http://', '');
    // On main this became https://127.0.0.1:…, and failed with ERR_SSL_WRONG_VERSION_NUMBER.
    expect(
      await registry.invoke('sync-enrol', [{ serverUrl: plainHost, code: await code(), name: 'Kasir 1' }]),
    ).toMatchObject({ ok: true, value: { serverUrl: server.baseUrl } });
    const tls = await createBridgeHost(tempDir(), 'web', 'test').registry.invoke('sync-enrol', [
      { serverUrl: server.baseUrl.replace('http:', 'https:'), code: await code(), name: 'Kasir 2' },
    ]);
    expect(tls).toEqual({
      ok: false,
      error: {
        code: 'network',
        message: expect.stringMatching(
          new RegExp(
            `^Server ${plainHost} tidak menjawab dengan https \\(sambungan aman\\)\\..*centang "Izinkan http tanpa enkripsi"`,
          ),
        ),
      },
    });
    expect(JSON.stringify(tls)).not.toMatch(/ERR_|SSL|ECONN/);
  });

  it('refuses plain http to another machine unless a manager allows it for a test', async () => {
    const { registry } = createBridgeHost(tempDir(), 'web', 'test');
    const refused = await registry.invoke('sync-enrol', [
      { serverUrl: 'http://10.0.0.5:8080', code: 'XXXX-YYYY', name: 'Kasir 1' },
    ]);
    expect(refused).toEqual({ ok: false, error: { code: 'plain-http', message: PLAIN_HTTP_PROBLEM } });
    expect(serverAddress('http://10.0.0.5:8080/', true)).toEqual({ ok: true, url: 'http://10.0.0.5:8080' });
  });

  it('seals a plaintext sync-connection.json of an earlier version on first read, and deletes it', async () => {
    const dir = tempDir();
    const token = (await server.enrol('ende')).token;
    const old = {
      serverUrl: server.baseUrl,
      terminalId: 'ende-t09',
      outletId: 'ende',
      token,
      enrolledAt: '2026-12-01T00:00:00.000Z',
    };
    writeFileSync(plaintextConnectionPath(dir), JSON.stringify(old), { mode: 0o600 });
    const { registry } = createBridgeHost(dir, 'web', 'test');
    expect(await registry.invoke('sync-connection', [])).toEqual({
      ok: true,
      value: { serverUrl: server.baseUrl, terminalId: 'ende-t09', outletId: 'ende', enrolledAt: old.enrolledAt },
    });
    expect(existsSync(plaintextConnectionPath(dir))).toBe(false);
    expect(readFileSync(connectionPath(dir)).toString('latin1')).not.toContain(token);
    // The sealed token still works for the server.
    expect(await registry.invoke('sync-pull', ['staff', null, 10])).toMatchObject({
      ok: true,
      value: { kind: 'answer', status: 200 },
    });
  });

  it('hands the renderer staff PIN hashes peppered with a secret of the main process, and checks PINs with its own lockout', async () => {
    const dir = tempDir();
    await addStaff(server.db, 'ende', 'Yosef Manajer', 'manager', '482915');
    const serverHash = (
      await server.db.query<{ pin_hash: string }>("SELECT pin_hash FROM staff WHERE name = 'Yosef Manajer'")
    ).rows[0]!.pin_hash;
    let host = createBridgeHost(dir, 'web', 'test');
    expect(
      (await host.registry.invoke('sync-enrol', [{ serverUrl: server.baseUrl, code: await code(), name: 'Kasir 1' }]))
        .ok,
    ).toBe(true);
    const pulled = (await host.registry.invoke('sync-pull', ['staff', null, 100])) as Result<{
      body: { items: Array<{ id: string; name: string; pinHash: string }> };
    }>;
    const yosef = pulled.ok ? pulled.value.body.items.find((s) => s.name === 'Yosef Manajer')! : null;
    expect(yosef?.pinHash).toMatch(/^pbkdf2-sha256-hmac\$/);
    expect(yosef?.pinHash).not.toBe(serverHash);
    // The pepper is sealed on disk; without it a copy of the hash verifies no PIN.
    expect(readFileSync(join(dir, PEPPER_FILE)).length).toBeGreaterThan(0);
    expect(await verifyPepperedPin('482915', yosef!.pinHash, new Uint8Array(32))).toBe(false);

    const check = (pin: string) =>
      host.registry.invoke('pin-check', [{ staffId: yosef!.id, pin, pinHash: yosef!.pinHash }]);
    expect(await check('482915')).toEqual({ ok: true, value: { ok: true } });
    for (let i = 0; i < 5; i++) await check('000000');
    // A restart (or a renderer that cleared its IndexedDB) does not lift the lock: main keeps it.
    host = createBridgeHost(dir, 'web', 'test');
    expect(await check('482915')).toEqual({
      ok: true,
      value: { ok: false, locked: true, message: expect.stringMatching(/^PIN salah 5 kali/) },
    });
  });

  it('answers push and pull of a terminal that is not enrolled, or cannot reach its server, as data', async () => {
    const { registry } = createBridgeHost(tempDir(), 'web', 'test');
    expect(await registry.invoke('sync-push', ['H4sI'])).toEqual({
      ok: true,
      value: { kind: 'unreachable', reason: 'not-enrolled', message: expect.any(String) },
    });
    expect(await registry.invoke('sync-pull', ['staff', null, 10])).toMatchObject({
      ok: true,
      value: { reason: 'not-enrolled' },
    });
    expect(await registry.invoke('sync-pull', ['nonsense', null, 10])).toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    });
  });

  it('writes an export in pieces and names it whole only with the last', async () => {
    const dir = tempDir();
    const { registry } = createBridgeHost(dir, 'web', 'test');
    const first = await registry.invoke('sync-export-write', [
      { exportId: 'ende-t01-20261221', part: 0, text: '{"events":[1,', last: false },
    ]);
    expect(first).toEqual({ ok: true, value: { path: join(dir, EXPORT_FOLDER, 'ende-t01-20261221.json.partial') } });
    const last = await registry.invoke('sync-export-write', [
      { exportId: 'ende-t01-20261221', part: 1, text: '2]}', last: true },
    ]);
    expect(last).toEqual({ ok: true, value: { path: join(dir, EXPORT_FOLDER, 'ende-t01-20261221.json') } });
    expect(JSON.parse(readFileSync(join(dir, EXPORT_FOLDER, 'ende-t01-20261221.json'), 'utf8'))).toEqual({
      events: [1, 2],
    });
    expect(readdirSync(join(dir, EXPORT_FOLDER))).toEqual(['ende-t01-20261221.json']);
    expect(
      await registry.invoke('sync-export-write', [{ exportId: '../../etc/passwd', part: 0, text: 'x', last: true }]),
    ).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });

  it('reads the server address the way a manager types it', () => {
    expect(serverAddress(' sinkron.nttmart.go.id ')).toEqual({ ok: true, url: 'https://sinkron.nttmart.go.id' });
    expect(serverAddress('https://10.0.0.5:8443/')).toEqual({ ok: true, url: 'https://10.0.0.5:8443' });
    expect(serverAddress('http://10.0.0.5:8080/')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/tidak dienkripsi/),
    });
    expect(serverAddress('10.0.0.5:8443')).toEqual({ ok: true, url: 'https://10.0.0.5:8443' });
    expect(serverAddress('http://127.0.0.1:8080/')).toEqual({ ok: true, url: 'http://127.0.0.1:8080' });
    expect(serverAddress('localhost:8080')).toEqual({ ok: true, url: 'http://localhost:8080' });
    expect(serverAddress('127.0.0.1:8080')).toEqual({ ok: true, url: 'http://127.0.0.1:8080' });
    expect(serverAddress('https://nttmart.go.id/sinkron//')).toEqual({
      ok: true,
      url: 'https://nttmart.go.id/sinkron',
    });
    expect(serverAddress('http://')).toMatchObject({ ok: false, message: expect.stringMatching(/tidak sah/) });
    expect(serverAddress('ftp://server')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/harus diawali https:\/\//),
    });
  });
});
