/**
 * `npm run admin` while `npm run server` holds the embedded database (PGlite lets one process open
 * it): commands go to the running server over loopback and act on its database, files are read
 * and written where the command was typed, and every message is in Bahasa Indonesia.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, serverProcess, type ServerProcess } from '#tests/support/server-process';
import { adminEndpointFile } from '../server/admin-commands/endpoint-file';
import { migrate } from '../server/db/migrate';
import { openPglite } from '../server/db/pglite';

const dataDir = join(mkdtempSync(join(tmpdir(), 'ntt-admin-')), 'server');

function cli(args: string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'sync/admin/cli.ts', ...args],
      { env: databaseEnv({ dataDir }) },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

describe('admin commands while the server runs on PGlite', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    // Creating and migrating a PGlite directory is slow on a busy machine: done here, not within the server's start timeout.
    const db = await openPglite(dataDir);
    await migrate(db);
    await db.close();
    server = await serverProcess({ dataDir });
    // PGlite's WebAssembly start is slow on a busy machine.
    await server.start(180_000);
  }, 400_000);
  afterAll(() => server.stop());

  it('run through the running server: staff with a PIN from stdin, the sample catalog, a setting, a code a terminal enrols with', async () => {
    const outlets = await cli(['outlets']);
    expect([outlets.code, outlets.stderr, outlets.stdout.split('\n').filter(Boolean).length]).toEqual([0, '', 23]);

    const staff = await cli(['staff', 'add', 'manggarai-barat', 'Maria', '--role', 'kasir'], '1234\n');
    expect([staff.code, staff.stderr]).toEqual([0, '']);
    expect(staff.stdout).toMatch(/^Maria \(kasir\) ditambahkan ke NTT Mart Manggarai Barat/);

    const catalog = await cli(['import-catalog', 'samples/katalog-contoh.csv']);
    expect([catalog.code, catalog.stdout.trim()]).toEqual([0, 'Produk: 18 baru, 0 diperbarui, 0 tidak berubah.']);
    expect((await cli(['setting', 'shift.varianceThreshold', '20000'])).stdout).toContain('untuk semua outlet kini Rp');

    const csv = join(dataDir, '..', 'asn.csv');
    const report = await cli(['report', 'asn', '2026-12', '--csv', csv]);
    expect(report.code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toMatch(/^"nip",nama,opd,/);

    const code = /: ([A-Z0-9]{4}-[A-Z0-9]{4})\n/.exec((await cli(['enroll-code', 'manggarai-barat'])).stdout)![1]!;
    const enrolled = await fetch(`${server.url}/v1/terminals/enroll`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code, name: 'Kasir 1' }),
    });
    const { token } = (await enrolled.json()) as { token: string };
    const pull = async (stream: string) =>
      (
        (await (
          await fetch(`${server.url}/v1/sync/pull/${stream}?limit=500`, {
            headers: { Authorization: `Bearer ${token}` },
          })
        ).json()) as { items: unknown[] }
      ).items;
    expect((await pull('staff')).map((i) => (i as { name: string }).name)).toEqual(['Maria']);
    expect(await pull('products')).toHaveLength(18);
    expect(await pull('settings')).toContainEqual({ key: 'shift.varianceThreshold', value: 20_000 });
  }, 300_000);

  it('say what went wrong in Bahasa Indonesia, from the server too', async () => {
    const unknown = await cli(['revoke', 'nowhere-t01']);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([
      1,
      'Terminal "nowhere-t01" tidak dikenal. Lihat daftarnya: npm run admin -- terminals',
    ]);
    const noFile = await cli(['import-catalog', 'tidak-ada.csv']);
    expect([noFile.code, noFile.stderr.trim()]).toEqual([
      1,
      'Berkas tidak-ada.csv tidak bisa dibaca: berkas atau foldernya tidak ada.',
    ]);
    const option = await cli(['outlets', '--colour']);
    expect([option.code, option.stderr.split('\n')[0]]).toEqual([2, 'Pilihan "--colour" tidak dikenal.']);
    const pinArgument = await cli(['staff', 'add', 'alor', 'Yakobus', '--role', 'kasir', '--pin', '1234']);
    expect(pinArgument.code).toBe(2);
    expect(pinArgument.stderr).toMatch(/^--pin tidak dipakai lagi: PIN di baris perintah tersimpan di riwayat shell/);
    const noPin = await cli(['staff', 'add', 'alor', 'Yakobus', '--role', 'kasir']);
    expect([noPin.code, noPin.stderr.trim()]).toEqual([
      1,
      'PIN tidak diberikan: ketik saat diminta, atau kirim di baris pertama stdin.',
    ]);
  }, 300_000);

  it('take commands only with the secret of the endpoint file', async () => {
    const endpoint = JSON.parse(readFileSync(adminEndpointFile(dataDir), 'utf8')) as { secret: string };
    const send = (secret: string) =>
      fetch(`${server.url}/v1/admin/commands`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${secret}` },
        body: JSON.stringify({ command: { name: 'outlets' } }),
      });
    expect((await send(endpoint.secret.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')))).status).toBe(401);
    expect((await send(endpoint.secret)).status).toBe(200);
  }, 60_000);

  it('open the database directly once the server has stopped', async () => {
    await server.stop();
    expect(existsSync(adminEndpointFile(dataDir))).toBe(false);
    const outlets = await cli(['outlets']);
    expect([outlets.code, outlets.stdout.split('\n').filter(Boolean).length]).toEqual([0, 23]);
    expect((await cli(['setting', 'shift.varianceThreshold'])).stdout).toMatch(
      /shift\.varianceThreshold .* provinsi\s+Rp\s20\.000/,
    );
    await server.start(180_000);
  }, 300_000);
});
