import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy';

/** A small HTTP server that echoes request bodies and counts what it finished handling. */
let server: Server;
let handled = 0;
let proxy: FaultProxy;
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handled++;
      res.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy((server.address() as AddressInfo).port);
});
afterAll(async () => {
  await proxy.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (body: string | Buffer) =>
  fetch(proxy.url, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body) });

describe('fault proxy', () => {
  it('carries requests and answers unchanged, and counts their bytes', async () => {
    proxy.set({ latencyMs: 0, bytesPerSecond: null });
    const body = Buffer.alloc(300_000, 'ikat');
    const before = { ...proxy.bytes };
    expect(Buffer.from(await (await post(body)).arrayBuffer()).equals(body)).toBe(true);
    expect(proxy.bytes.up - before.up).toBeGreaterThan(300_000);
    expect(proxy.bytes.down - before.down).toBeGreaterThan(300_000);
  });

  it('adds latency each way and limits bandwidth', async () => {
    proxy.set({ latencyMs: 100, bytesPerSecond: 200_000 });
    let started = performance.now();
    await (await post('x')).text();
    // A fresh connection's handshake crosses too; at least one round trip either way.
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    started = performance.now();
    await (await post(Buffer.alloc(100_000, 1))).arrayBuffer();
    // 100 KB up and 100 KB back at 200 KB/s: at least a second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
    proxy.set({ latencyMs: 0, bytesPerSecond: null });
  });

  it('resets a connection mid-request: the server never finishes it', async () => {
    const before = handled;
    proxy.arm({ resetRequestAfter: 1_000 });
    await expect(post(Buffer.alloc(50_000, 2))).rejects.toThrow();
    expect(proxy.armed()).toEqual({});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handled).toBe(before);
  });

  it('resets mid-response and drops a whole answer after the server handled the request', async () => {
    proxy.arm({ resetResponseAfter: 100 });
    await expect(post(Buffer.alloc(50_000, 3)).then((r) => r.arrayBuffer())).rejects.toThrow();
    const before = handled;
    proxy.arm({ dropResponse: true });
    await expect(post('sale')).rejects.toThrow();
    expect(handled).toBe(before + 1);
    expect(proxy.fired).toMatchObject({ resetRequest: 1, resetResponse: 1, dropResponse: 1 });
    expect(await (await post('again')).text()).toBe('again');
  });

  it('refuses connections like a server that is down', async () => {
    proxy.set({ refuse: true });
    await expect(post('x')).rejects.toThrow();
    proxy.set({ refuse: false });
    expect(await (await post('back')).text()).toBe('back');
  });
});
