/** Reading a terminal's IndexedDB from a test, and ringing up sales the way a cashier does. */
import type { Page } from 'playwright-core';
import { scan } from './terminal';

/** Every row of one object store of the terminal's database. */
export async function readStore<T = unknown>(page: Page, storeName: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('ntt-mart-pos');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    storeName,
  );
}

/** Scans the codes, pays the exact amount in cash (F10, F1, F10) and starts the next sale. */
export async function sell(page: Page, codes: readonly string[]): Promise<void> {
  for (const code of codes) await scan(page, code);
  await page.locator('table.cart tbody tr').nth(codes.length > 0 ? 0 : 0).waitFor();
  await page.keyboard.press('F10');
  await page.getByTestId('payment-total').waitFor();
  await page.keyboard.press('F1');
  await page.getByTestId('change').waitFor();
  await page.keyboard.press('F10');
  await page.locator('.receipt').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.cart-empty').waitFor();
}
