/** Scan → line timing in the terminal's page, shared by the benchmarks that scan at the register. */
import type { Page } from 'playwright-core';
import { readyToSell, signIn, startTerminal, type Terminal } from '../support/terminal';

/** A terminal signed in as the manager, ready to sell, its page timing every scan → line (window.__scanTimes). */
export async function startScanningTerminal(): Promise<Terminal> {
  const terminal = await startTerminal();
  const { page } = terminal;
  await page.addInitScript(instrumentScans);
  await page.reload();
  await page.locator('.app').waitFor();
  await readyToSell(page, 'manager');
  return terminal;
}

/**
 * After a bulk fill: a real till wrote its data over a year, so LevelDB's compaction of the bulk just
 * written runs first, with the page reloaded as after a day's end and `settleMs` to compact; then
 * the bench's `bundle` again and the manager back at the register.
 */
export async function settleAfterFill(page: Page, bundle: string, settleMs: number): Promise<void> {
  await page.reload();
  await page.locator('.staff-list').waitFor({ timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  await page.evaluate(bundle);
  await signIn(page, 'Yohanes', '9999');
  await page.locator('main.register').waitFor();
}

/** Runs in the page before the app: times Enter → new cart row, ahead of the app's own listeners. */
export function instrumentScans() {
  const w = window as unknown as { __scanTimes: number[]; __lastEnter: number };
  w.__scanTimes = [];
  w.__lastEnter = 0;
  // performance.now() when the page starts handling the Enter: the simulated scanner's key times
  // are spaced like hardware's, but the test harness delivers them more slowly than a scanner.
  window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__lastEnter = performance.now()), {
    capture: true,
  });
  new MutationObserver((records) => {
    const added = records.some((r) =>
      [...r.addedNodes].some(
        (n) => n instanceof HTMLElement && (n.matches('tr[data-line]') || n.querySelector('tr[data-line]')),
      ),
    );
    if (added && w.__lastEnter > 0) {
      w.__scanTimes.push(performance.now() - w.__lastEnter);
      w.__lastEnter = 0;
    }
  }).observe(document, { childList: true, subtree: true });
}
