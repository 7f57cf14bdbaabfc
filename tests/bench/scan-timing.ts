/** Scan → line timing in the terminal's page, shared by the benchmarks that scan at the register. */
import { readyToSell, startTerminal, type Terminal } from '../support/terminal';

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
