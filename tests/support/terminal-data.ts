/** A terminal's sync data seen from a test, enrolment through its screen, and sales rung up or queued in bulk. */
import type { Page } from 'playwright-core';
import { ackRecordsOf, type AckBatch, type AckRecord } from '#sync/client/records';
import type { SyncEvent } from '#sync/protocol/events';
import { expect } from 'vitest';
import { readStore, scan, signIn } from './terminal';

const SLOW = { timeout: 30_000 };

/** Every acknowledged event, one record each (the terminal keeps them a row per answer). */
export async function acknowledged(page: Page): Promise<AckRecord[]> {
  return (await readStore<AckBatch>(page, 'outboxAcks')).flatMap(ackRecordsOf);
}

/** Scans the codes, pays the exact amount in cash (F10, F1, F10) and starts the next sale; the receipt number shown. */
export async function sell(page: Page, codes: readonly string[]): Promise<string> {
  for (const code of codes) await scan(page, code);
  await page.locator('table.cart tbody tr').first().waitFor();
  await page.keyboard.press('F10');
  await page.getByTestId('payment-total').waitFor();
  await page.keyboard.press('F1');
  await page.getByTestId('change').waitFor();
  await page.keyboard.press('F10');
  const receiptNo = (await page.locator('.receipt').getAttribute('data-receipt'))!;
  await page.keyboard.press('Enter');
  await page.locator('.cart-empty').waitFor();
  return receiptNo;
}

/** A staff member the server knows for the outlet: the terminal's lock screen lists them once enrolled. */
export interface ServerStaff {
  name: string;
  pin: string;
}

/** The mode latihan manager opens the sync screen. */
export async function openSyncScreen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sinkron', exact: true }).click();
}

/** The manager syncs now on the sync screen, and waits until nothing is left to send. */
export async function syncNow(page: Page): Promise<void> {
  await page.locator('.top-bar nav').getByRole('button', { name: 'Sinkron', exact: true }).click();
  await page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
  await expect.poll(() => page.getByTestId('sync-waiting').textContent(), SLOW).toBe('0');
  await expect.poll(() => page.getByRole('button', { name: 'Sinkronkan sekarang' }).isEnabled(), SLOW).toBe(true);
}

/**
 * The mode latihan manager enrols the terminal on its sync screen; once the outlet's data is in,
 * `as` (one of the outlet's staff from the server) signs in.
 */
export async function enrolThroughScreen(page: Page, serverUrl: string, code: string, as: ServerStaff): Promise<void> {
  await signIn(page, 'Yohanes', '9999');
  await openSyncScreen(page);
  await page.getByLabel('Alamat server').fill(serverUrl);
  await page.getByLabel('Kode pendaftaran').fill(code);
  await page.getByRole('button', { name: 'Daftarkan terminal' }).click();
  await signInOnceDownloaded(page, as);
}

/** Waits out the download after enrolment (it may be long), then signs in on the lock screen. */
export async function signInOnceDownloaded(page: Page, as: ServerStaff): Promise<void> {
  await page
    .locator('.staff-list')
    .getByRole('button', { name: new RegExp(`^${as.name}\\b`) })
    .waitFor({ timeout: 120_000 });
  await signIn(page, as.name, as.pin);
}

/**
 * Puts sales and their outbox events straight into the terminal's database, with the outbox
 * counter, as that many checkouts would have: for tests that need a long queue quickly.
 */
/** The seq after the events the terminal has already numbered (its enrolment and the manager's sign-in, say). */
export async function nextSeq(page: Page): Promise<number> {
  const counters = await readStore<{ name: string; value: number }>(page, 'counters');
  return (counters.find((c) => c.name === 'outbox-seq')?.value ?? 0) + 1;
}

export async function queueSales(page: Page, events: readonly SyncEvent[]): Promise<void> {
  await page.evaluate(
    (queued) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ntt-mart-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['outbox', 'sales', 'counters'], 'readwrite');
          for (const event of queued) {
            tx.objectStore('outbox').put(event);
            tx.objectStore('sales').put(event.payload);
          }
          tx.objectStore('counters').put({ name: 'outbox-seq', value: Math.max(...queued.map((e) => e.seq)) });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    events as SyncEvent[],
  );
}
