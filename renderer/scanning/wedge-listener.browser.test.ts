import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { sendScannerKeys } from '#tests/support/scanner-keys';
import { listenForWedgeScans } from './wedge-listener';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.innerHTML = '';
});

function setup() {
  const scans: string[] = [];
  cleanups.push(listenForWedgeScans(window, (code) => scans.push(code)));
  const form = document.createElement('form');
  const input = document.createElement('input');
  let submitted = 0;
  form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
  form.append(input);
  document.body.append(form);
  return { scans, input, submitted: () => submitted };
}

/** vitest types cdp() without its methods unless the playwright provider's types are loaded. */
const session = () => cdp() as unknown as { send(method: string, params: object): Promise<unknown> };
const scannerTypes = (code: string) =>
  sendScannerKeys((event) => session().send('Input.dispatchKeyEvent', event), code);

describe('keyboard-wedge listener in chromium', () => {
  it('takes a fast burst as a scan whatever has focus, restoring the field and swallowing Enter', async () => {
    const { scans, input, submitted } = setup();
    await userEvent.click(input);
    await userEvent.keyboard('kopi');
    await new Promise((r) => setTimeout(r, 150));
    await scannerTypes('8995120100025');
    expect(scans).toEqual(['8995120100025']);
    expect(input.value).toBe('kopi');
    expect(submitted()).toBe(0);
  });

  it('leaves slow typing to the field, Enter included', async () => {
    const { scans, input, submitted } = setup();
    await userEvent.click(input);
    for (const key of '8995120100025') {
      await userEvent.keyboard(key);
      await new Promise((r) => setTimeout(r, 60));
    }
    await userEvent.keyboard('{Enter}');
    expect(scans).toEqual([]);
    expect(input.value).toBe('8995120100025');
    expect(submitted()).toBe(1);
  });

  it('does not glue fast typing in two fields into a scan: Escape, an F-key or a click ends a burst', async () => {
    const { scans, input, submitted } = setup();
    await userEvent.click(input);
    await userEvent.keyboard('123{Escape}456{F4}');
    await userEvent.click(input);
    await userEvent.keyboard('789{Enter}');
    expect(scans).toEqual([]);
    expect(submitted()).toBe(1);
  });

  it('hides keys at scanner pace from shortcut handlers, so a receipt QR does not press "-"', async () => {
    const { scans } = setup();
    const shortcuts: string[] = [];
    const onKey = (e: KeyboardEvent) => shortcuts.push(e.key);
    window.addEventListener('keydown', onKey);
    cleanups.push(() => window.removeEventListener('keydown', onKey));
    await scannerTypes('019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f');
    expect(scans).toEqual(['019b3f6e-8c2a-7d41-9a3e-5f1b2c3d4e5f']);
    // Only the burst's first key could not yet be told from a person's.
    expect(shortcuts).toEqual(['0']);
    await userEvent.keyboard('-');
    expect(shortcuts).toEqual(['0', '-']);
  });
});
