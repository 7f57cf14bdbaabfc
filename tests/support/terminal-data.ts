/** Reading a terminal's IndexedDB from a test, and ringing up sales the way a cashier does. */
import type { Page } from 'playwright-core';
import { ackRecordsOf, type AckBatch, type AckRecord } from '../../sync/client/records';
import type { SyncEvent } from '../../sync/protocol/events';
import { scan } from './terminal';

/** Every row of one object store of the terminal's database. */
export function readStore<T = unknown>(page: Page, storeName: string): Promise<T[]> {
  return storeRequest(page, storeName, 'getAll') as Promise<T[]>;
}

/** How many rows one object store holds. */
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

/** Every acknowledged event, one record each (the terminal keeps them a row per answer). */
export async function acknowledged(page: Page): Promise<AckRecord[]> {
  return (await readStore<AckBatch>(page, 'outboxAcks')).flatMap(ackRecordsOf);
}

/** Scans the codes, pays the exact amount in cash (F10, F1, F10) and starts the next sale. */
export async function sell(page: Page, codes: readonly string[]): Promise<void> {
  for (const code of codes) await scan(page, code);
  await page.locator('table.cart tbody tr').first().waitFor();
  await page.keyboard.press('F10');
  await page.getByTestId('payment-total').waitFor();
  await page.keyboard.press('F1');
  await page.getByTestId('change').waitFor();
  await page.keyboard.press('F10');
  await page.locator('.receipt').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.cart-empty').waitFor();
}

/** Enrols the terminal on its sync screen (F3) and waits until it is open for sales. */
export async function enrolThroughScreen(page: Page, serverUrl: string, code: string): Promise<void> {
  await page.keyboard.press('F3');
  await page.getByLabel('Alamat server').fill(serverUrl);
  await page.getByLabel('Kode pendaftaran').fill(code);
  await page.getByRole('button', { name: 'Daftarkan terminal' }).click();
  await page.locator('.training-badge').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('.app').waitFor({ timeout: 60_000 });
}

/**
 * Puts sales and their outbox events straight into the terminal's database, with the outbox
 * counter, as that many checkouts would have: for tests that need a long queue quickly.
 */
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
