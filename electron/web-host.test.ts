import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { WsMessage } from '#bridge/bridge-contract';
import { createBridgeHost } from './terminal-host';
import { startWebHost, type WebHost } from './web-host';

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

async function start() {
  const rendererDir = mkdtempSync(join(tmpdir(), 'ntt-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>NTT Mart POS</title>');
  const bridge = createBridgeHost(mkdtempSync(join(tmpdir(), 'ntt-data-')), 'web', '9.9.9');
  host = await startWebHost({ rendererDir, ...bridge, port: 0 });
  return { host, ...bridge };
}

/** A socket as the page opens it: own Origin and the cookie the secret address set (unless told otherwise). */
function connect(
  url: string,
  origin: string,
  headers: Record<string, string> = { cookie: `${host!.cookieName}=${host!.secret}` },
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}bridge`, { origin, headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<WsMessage> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

describe('web host', () => {
  it('serves the renderer on loopback with the CSP, and the page for app routes', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(`${host.url}riwayat`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('NTT Mart POS');
    expect((await fetch(`${host.url}assets/none.js`)).status).toBe(404);
    expect((await fetch(host.url, { method: 'POST' })).status).toBe(405);
  });

  it('answers bridge calls over the WebSocket and pushes events', async () => {
    const { host } = await start();
    const ws = await connect(host.url, host.url.slice(0, -1));
    ws.send(JSON.stringify({ id: 1, channel: 'app-info', args: [] }));
    expect(await nextMessage(ws)).toEqual({
      id: 1,
      result: { ok: true, value: expect.objectContaining({ host: 'web', version: '9.9.9' }) },
    });
    ws.send(JSON.stringify({ id: 2, channel: 'config-update', args: [{ lowDiskMb: 'lots' }] }));
    expect(await nextMessage(ws)).toMatchObject({ id: 2, result: { ok: false, error: { code: 'invalid-arguments' } } });
    const event = nextMessage(ws);
    ws.send(JSON.stringify({ id: 3, channel: 'config-update', args: [{ fullscreen: true }] }));
    expect(await event).toEqual({ event: 'config-changed', payload: expect.objectContaining({ fullscreen: true }) });
    ws.close();
  });

  it('refuses sockets from other origins and closes on malformed messages', async () => {
    const { host } = await start();
    await expect(connect(host.url, 'https://evil.example')).rejects.toThrow(/403/);
    await expect(connect(host.url, `http://127.0.0.1:${host.port + 1}`)).rejects.toThrow(/403/);
    const ws = await connect(host.url, `http://localhost:${host.port}`);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('{"id": "x"}');
    expect(await closed).toBe(1003);
  });

  it('hands the secret to the browser once, as an HttpOnly cookie, and refuses a socket without it', async () => {
    const { host } = await start();
    expect(host.openUrl).toBe(`${host.url}?kunci=${host.secret}`);
    const opened = await fetch(host.openUrl, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    expect(opened.headers.get('set-cookie')).toBe(
      `${host.cookieName}=${host.secret}; HttpOnly; SameSite=Strict; Path=/`,
    );
    const guessed = await fetch(`${host.url}?kunci=${'A'.repeat(host.secret.length)}`, { redirect: 'manual' });
    expect(guessed.status).toBe(303);
    expect(guessed.headers.get('set-cookie')).toBeNull();

    // A local process forging the page's Origin, without the cookie or with a wrong one.
    const own = host.url.slice(0, -1);
    await expect(connect(host.url, own, {})).rejects.toThrow(/403/);
    await expect(
      connect(host.url, own, { cookie: `${host.cookieName}=${'A'.repeat(host.secret.length)}` }),
    ).rejects.toThrow(/403/);
    await expect(connect(host.url, own, { cookie: `${host.cookieName}=${host.secret.slice(1)}` })).rejects.toThrow(
      /403/,
    );
    // Another start's secret is no good either.
    const other = await startWebHost({
      rendererDir: '/tmp',
      ...createBridgeHost(mkdtempSync(join(tmpdir(), 'ntt-data-')), 'web', '0'),
      port: 0,
    });
    await expect(connect(host.url, own, { cookie: `${host.cookieName}=${other.secret}` })).rejects.toThrow(/403/);
    await other.close();
    const ws = await connect(host.url, own);
    ws.close();
  });

  it('answers only requests addressed to its own loopback name and port (Host)', async () => {
    const { host } = await start();
    const hostOf = (value: string) =>
      new Promise<number>((resolve, reject) =>
        request(host.url, { headers: { host: value } }, (response) => {
          response.resume();
          resolve(response.statusCode!);
        })
          .on('error', reject)
          .end(),
      );
    expect(await hostOf(`127.0.0.1:${host.port}`)).toBe(200);
    expect(await hostOf(`localhost:${host.port}`)).toBe(200);
    expect(await hostOf(`evil.example:${host.port}`)).toBe(421);
    expect(await hostOf(`127.0.0.1:${host.port + 1}`)).toBe(421);
    expect(await hostOf('127.0.0.1')).toBe(421);
    await expect(
      connect(host.url, host.url.slice(0, -1), {
        cookie: `${host.cookieName}=${host.secret}`,
        host: `rebound.example:${host.port}`,
      }),
    ).rejects.toThrow(/403/);
  });

  it('will not listen beyond loopback', async () => {
    const bridge = createBridgeHost(mkdtempSync(join(tmpdir(), 'ntt-data-')), 'web', '0');
    await expect(startWebHost({ rendererDir: '/tmp', ...bridge, host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /loopback only/,
    );
  });
});
