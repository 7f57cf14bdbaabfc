/**
 * The back office's chromium tests: the real server process on a fresh PostgreSQL schema, a
 * provincial user, and chromium, set up before the file's tests and closed after them.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumLaunchOptions } from './chromium';
import { openTestDatabase, type TestDatabase } from './server-databases';
import { addBackofficeUser, serverProcess, type ServerProcess } from './server-process';

export const PROVINCE_USER = { name: 'prov.kupang', password: 'Tenun-Ikat-Sumba-9' };

export interface BackofficeEnvironment {
  database: TestDatabase;
  server: ServerProcess;
  browser: Browser;
}

/** Registers the set-up and tear-down; the fields are there once the file's beforeAll hooks ran. */
export function backofficeEnvironment(): BackofficeEnvironment {
  const env = {} as BackofficeEnvironment;
  beforeAll(async () => {
    env.database = await openTestDatabase('postgres');
    env.server = await serverProcess(env.database.url!);
    await env.server.start();
    addBackofficeUser(env.database.url!, PROVINCE_USER.name, PROVINCE_USER.password, 'provinsi');
    env.browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.stop();
    await env.database?.close();
  });
  return env;
}

/** Signs the provincial user in on a new page at 1366×768. */
export function provinceSignedIn(env: BackofficeEnvironment): Promise<Page> {
  return signedIn(env, PROVINCE_USER);
}

/** Signs a user in on a new page at 1366×768 (`options` for the page, e.g. `acceptDownloads`). */
export async function signedIn(
  env: BackofficeEnvironment,
  user: { name: string; password: string },
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<Page> {
  const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 }, ...options });
  await page.goto(`${env.server.url}/kantor/`);
  await page.getByLabel('Nama pengguna').fill(user.name);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByTestId('who').waitFor();
  return page;
}
