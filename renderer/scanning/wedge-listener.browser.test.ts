import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
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

describe('keyboard-wedge listener in chromium', () => {
  it('takes a fast burst as a scan whatever has focus, restoring the field and swallowing Enter', async () => {
    const { scans, input, submitted } = setup();
    await userEvent.click(input);
    await userEvent.keyboard('kopi');
    await new Promise((r) => setTimeout(r, 150));
    await userEvent.keyboard('8995120100025{Enter}');
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
});
