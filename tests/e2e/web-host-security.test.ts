/**
 * The web host against a local process (issue 12 item 11): the real page, opened at the address
 * `npm run start:web` prints, drives the terminal; a process on the same machine that forges the
 * page's Origin, or a browser tab opened at the bare address, cannot reach the bridge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { RENDERER_DIST } from '#electron/paths';
import { createBridgeHost } from '#electron/terminal-host';
import { startWebHost, type WebHost } from '#electron/web-host';
import { chromiumLaunchOptions } from '../support/chromium';
import { readyToSell, startTerminal, type Terminal } from '../support/terminal';

let terminal: Terminal;
beforeAll(async () => {
  terminal = await startTerminal();
});
afterAll(() => terminal?.close());

/** Whether a WebSocket to the bridge opens from inside a page, as the renderer opens it. */
const bridgeOpensIn = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(`ws://${location.host}/bridge`);
        ws.onopen = () => {
          ws.close();
          resolve(true);
        };
        ws.onerror = () => resolve(false);
      }),
  );

/** A browser of its own plus the bridge's designed 10 s wait for a socket, beyond the usual test time. */
const BRIDGE_GIVES_UP = 60_000;

/** The boot screen gives the bridge's own answer (what happened, what to do), not a database error nor an endless wait. */
async function expectHostUnreachable(page: Page): Promise<void> {
  const answer = page.getByRole('alert');
  // The bridge answers only after it has waited for the socket (ws-bridge's call time-out).
  await answer.waitFor({ timeout: 20_000 });
  expect(await answer.textContent()).toMatch(
    /^Layanan terminal tidak menjawab halaman ini\. Pastikan "npm run start:web" masih berjalan, lalu buka alamat lengkap/,
  );
  expect(await page.getByText('Menyiapkan terminal…').count()).toBe(0);
}

describe('web host against local processes', () => {
  it('the real page works: a cashier signs in and opens a shift through the bridge', async () => {
    await readyToSell(terminal.page);
    expect(await terminal.page.evaluate(() => location.search)).toBe('');
    expect(await bridgeOpensIn(terminal.page)).toBe(true);
  });

  it('refuses a local client that forges the Origin without the secret', async () => {
    const origin = terminal.url.slice(0, -1);
    const refusal = await new Promise<string>((resolve) => {
      const ws = new NodeWebSocket(`${origin.replace('http', 'ws')}/bridge`, { origin });
      ws.once('open', () => resolve('opened'));
      ws.once('error', (error) => resolve(error.message));
    });
    expect(refusal).toMatch(/403/);
    // Whatever it sends, the config stays as it was.
    expect(terminal.bridge.config.current().kiosk).toBe(false);
  });

  it(
    'a browser that only knows the bare address gets the page but not the bridge',
    async () => {
      const launch = chromiumLaunchOptions();
      const browser = await chromium.launch({ ...launch, headless: true });
      try {
        const page = await browser.newPage();
        await page.goto(terminal.url);
        expect(await bridgeOpensIn(page)).toBe(false);
        await expectHostUnreachable(page);
      } finally {
        await browser.close();
      }
    },
    BRIDGE_GIVES_UP,
  );

  it(
    'a tab left open across a restart (a new key) says to open the new address',
    async () => {
      const userDataDir = mkdtempSync(join(tmpdir(), 'ntt-pos-host-'));
      const bridge = createBridgeHost(userDataDir, 'web', 'test');
      const first = await startWebHost({ rendererDir: RENDERER_DIST, ...bridge, port: 0 });
      const launch = chromiumLaunchOptions();
      const browser = await chromium.launch({ ...launch, headless: true });
      let second: WebHost | null = null;
      try {
        const page = await browser.newPage();
        await page.goto(first.openUrl);
        await page.locator('.app').waitFor({ timeout: 20_000 });
        await first.close();
        second = await startWebHost({ rendererDir: RENDERER_DIST, ...bridge, port: first.port });
        await page.reload();
        await expectHostUnreachable(page);
      } finally {
        await browser.close();
        await second?.close();
        await bridge.close();
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
    BRIDGE_GIVES_UP,
  );
});
