import { showError } from '../stores/notice-store';

/**
 * A screen's long action (an import, an export, printing labels): busy while it runs, and whatever
 * it throws shown on the notice line, after `failure` when given.
 */
export async function runBusy(
  setBusy: (busy: boolean) => void,
  work: () => Promise<void>,
  failure = '',
): Promise<void> {
  setBusy(true);
  try {
    await work();
  } catch (error) {
    showError(`${failure}${error instanceof Error ? error.message : String(error)}`);
  } finally {
    setBusy(false);
  }
}
