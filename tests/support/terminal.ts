/**
 * Starts a whole terminal for an end-to-end test or benchmark: the web host (real bridge, a fresh
 * user data folder) serving the built renderer, and Debian's chromium with a fresh on-disk profile
 * (so IndexedDB really writes to disk). Other issues reuse it for their own end-to-end tests:
 *
 *   const terminal = await startTerminal();
 *   await readyToSell(terminal.page);             // signed in, shift open
 *   await scan(terminal.page, '8995120100018');
 *   await terminal.close();
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { buildRenderer } from '#electron/build';
import { RENDERER_DIST } from '#electron/paths';
import { createBridgeHost, type BridgeHost } from '#electron/terminal-host';
import { startWebHost } from '#electron/web-host';
import { chromiumLaunchOptions } from './chromium';
import { sendScannerKeys } from './scanner-keys';

export interface Terminal {
  url: string;
  page: Page;
  context: BrowserContext;
  bridge: BridgeHost;
  userDataDir: string;
  /** Chromium's profile folder (its IndexedDB is under Default/IndexedDB). */
  profileDir: string;
  /** Closes chromium and starts it again on the same profile (same IndexedDB); page and context are replaced. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export interface TerminalOptions {
  /** A built renderer; default dist/renderer, built first if missing. */
  rendererDir?: string;
  viewport?: { width: number; height: number };
  /** More chromium switches, e.g. a fake camera playing a file. */
  chromiumArgs?: string[];
  /** The terminal machine's time zone (IANA), e.g. Asia/Jakarta for a PC left on WIB; default the host's. */
  timezoneId?: string;
  /** Where the host's user data folder and chromium's profile go (default the system's temp folder), e.g. a small filesystem. */
  baseDir?: string;
}

export async function startTerminal(options: TerminalOptions = {}): Promise<Terminal> {
  const rendererDir = options.rendererDir ?? RENDERER_DIST;
  if (!existsSync(join(rendererDir, 'index.html'))) await buildRenderer(rendererDir);
  const userDataDir = mkdtempSync(join(options.baseDir ?? tmpdir(), 'ntt-pos-host-'));
  const profileDir = mkdtempSync(join(options.baseDir ?? tmpdir(), 'ntt-pos-chromium-'));
  const bridge = createBridgeHost(userDataDir, 'web', 'test');
  const host = await startWebHost({ rendererDir, ...bridge, port: 0 });
  const launch = chromiumLaunchOptions();
  const open = async () => {
    const context = await chromium.launchPersistentContext(profileDir, {
      ...launch,
      args: [...launch.args, ...(options.chromiumArgs ?? [])],
      headless: true,
      viewport: options.viewport ?? { width: 1366, height: 768 },
      timezoneId: options.timezoneId,
    });
    await context.addInitScript(countTonesScript);
    // Fail fast with Playwright's own message rather than at the test's time-out.
    context.setDefaultTimeout(5_000);
    const page = context.pages()[0] ?? (await context.newPage());
    // Loading the app is not what tests time: a busy machine gets longer than the 5 s actions do.
    await page.goto(host.openUrl, { timeout: 60_000 });
    // The app, or (an enrolled terminal still fetching its outlet's data) the download screen.
    await page.locator('.app, .outlet-download').first().waitFor({ timeout: 60_000 });
    return { context, page };
  };
  const terminal: Terminal = {
    url: host.url,
    ...(await open()),
    bridge,
    userDataDir,
    profileDir,
    async relaunch() {
      await terminal.context.close();
      Object.assign(terminal, await open());
    },
    async close() {
      await terminal.context.close();
      await host.close();
      await bridge.close();
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return terminal;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** A keyboard-wedge scanner typing a code and Enter (see scanner-keys). */
export async function scan(page: Page, code: string): Promise<void> {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  const cdp = await session;
  await sendScannerKeys((event) => cdp.send('Input.dispatchKeyEvent', event), code);
}

/** The lock screen: a name, then the PIN typed like a person, as the mode latihan staff (Maria 1234, Yohanes 9999). */
export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page
    .locator('.staff-list')
    .getByRole('button', { name: new RegExp(`^${name}\\b`) })
    .click();
  await page.getByLabel(`PIN ${name}`).waitFor();
  await typeLikePerson(page, pin);
  await page.keyboard.press('Enter');
  await page.getByTestId('signed-in').waitFor();
}

/** Opens a shift from the shift screen with a float counted by denomination (labels as on screen); the register follows. */
export async function openShift(
  page: Page,
  float: Record<string, number> = { 'Uang kertas Rp 100.000': 2 },
): Promise<void> {
  await page.keyboard.press('F5');
  for (const [label, pieces] of Object.entries(float))
    await page.getByLabel(label, { exact: true }).fill(String(pieces));
  await page.getByRole('button', { name: /Buka shift/ }).click();
  await page.locator('main.register').waitFor();
}

/** For tests that only need to sell: the mode latihan kasir (or, for manager screens, manager) signed in with a shift open. */
export async function readyToSell(page: Page, who: 'kasir' | 'manager' = 'kasir'): Promise<void> {
  if (who === 'kasir') await signIn(page, 'Maria', '1234');
  else await signIn(page, 'Yohanes', '9999');
  await openShift(page);
}

/** F9, the receipt number typed and Enter: the refund form of that sale (asked of the server for another till's), or a notice. */
export async function findReceipt(page: Page, receiptNo: string): Promise<void> {
  await page.keyboard.press('F9');
  await page.getByLabel('Cari struk').fill(receiptNo);
  await page.getByLabel('Cari struk').press('Enter');
}

/** On the refund form, a manager's refund of `quantity` of one line by the sale's method, with a reason; the form closed after. */
export async function refundAsManager(page: Page, name: string, quantity: number): Promise<void> {
  await page.getByLabel(`Jumlah ${name} dikembalikan`).fill(String(quantity));
  await page.getByLabel('Alasan refund').fill('Kemasan bocor');
  // A manager's own refund goes ahead without an approval dialog.
  await page.getByLabel('Alasan refund').press('Enter');
  await page.getByTestId('refund-done').waitFor();
  await page.getByRole('button', { name: /Tutup/ }).first().click();
}

/** F7 and "Ya" on the app's question: the sale in progress is voided. */
export async function voidSale(page: Page): Promise<void> {
  await page.keyboard.press('F7');
  await page
    .getByRole('alertdialog', { name: 'Batalkan transaksi?' })
    .getByRole('button', { name: /Ya, batalkan transaksi/ })
    .click();
}

/** Rings up the codes (different products, if any, after what the cart holds) and takes cash with "uang pas" (F1); answers the receipt number once the next buyer's cart is empty. */
export async function sellForCash(page: Page, ...codes: string[]): Promise<string> {
  const before = await page.locator('tr[data-line]').count();
  for (const code of codes) await scan(page, code);
  await page
    .locator('tr[data-line]')
    .nth(before + codes.length - 1)
    .waitFor();
  await page.keyboard.press('F10');
  await page.keyboard.press('F1');
  await page.getByRole('button', { name: /Selesai & cetak struk/ }).click();
  const receiptNo = (await page.locator('.receipt-dialog .receipt').getAttribute('data-receipt'))!;
  await page.keyboard.press('Enter');
  await page.locator('.cart-empty').waitFor();
  return receiptNo;
}

/** Every record of one of the terminal's IndexedDB tables, read the plain way, beside the app. */
export function readStore<T = unknown>(page: Page, storeName: string): Promise<T[]> {
  return storeRequest(page, storeName, 'getAll') as Promise<T[]>;
}

/** Every record of every table of the terminal's IndexedDB, by table: to check what a copied database would give away. */
export function readAllStores(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('ntt-mart-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names);
          const all: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => (all[name] = request.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(all);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

/** How many records one of the terminal's IndexedDB tables holds. */
export function countStore(page: Page, storeName: string): Promise<number> {
  return storeRequest(page, storeName, 'count') as Promise<number>;
}

function storeRequest(page: Page, storeName: string, method: 'getAll' | 'count'): Promise<unknown> {
  return page.evaluate(
    ([name, call]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('ntt-mart-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name)[call]();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [storeName, method] as const,
  );
}

/** A person typing: far slower between keys than any scanner. */
export async function typeLikePerson(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 90 });
}

/** How many tones the page has played (every oscillator started counts). */
export function tonesPlayed(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __tonesPlayed: number }).__tonesPlayed);
}

function countTonesScript() {
  const w = window as unknown as { __tonesPlayed: number };
  w.__tonesPlayed = 0;
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args: Parameters<OscillatorNode['start']>) {
    w.__tonesPlayed++;
    return start.apply(this, args);
  };
}
