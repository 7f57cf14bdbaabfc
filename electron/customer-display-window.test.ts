import { describe, expect, it } from 'vitest';
import { CUSTOMER_DISPLAY_HASH } from '#bridge/customer-display';
import { customerDisplayWindow, SINGLE_MONITOR_SIZE } from './customer-display-window';
import { APP_ORIGIN } from './security';

const PRIMARY = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const SECOND = { id: 7, bounds: { x: 1366, y: 0, width: 800, height: 480 } };
const URL = `${APP_ORIGIN}/index.html${CUSTOMER_DISPLAY_HASH}`;

describe('the customer display window', () => {
  it('opens full screen on the second monitor', () => {
    const decision = customerDisplayWindow(URL, [PRIMARY, SECOND], PRIMARY.id, '/app/preload.cjs');
    expect(decision).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: {
        ...SECOND.bounds,
        fullscreen: true,
        webPreferences: { preload: '/app/preload.cjs', sandbox: true, contextIsolation: true, nodeIntegration: false },
      },
    });
  });

  it('opens as a window on the one monitor there is', () => {
    expect(customerDisplayWindow(URL, [PRIMARY], PRIMARY.id, '/app/preload.cjs')).toMatchObject({
      action: 'allow',
      overrideBrowserWindowOptions: { x: 0, y: 0, ...SINGLE_MONITOR_SIZE, fullscreen: false },
    });
  });

  it('refuses every other window, the app’s own pages included', () => {
    for (const url of [
      `${APP_ORIGIN}/index.html`,
      `${APP_ORIGIN}/index.html#lain`,
      `https://example.com/index.html${CUSTOMER_DISPLAY_HASH}`,
      'bukan url',
    ])
      expect(customerDisplayWindow(url, [PRIMARY, SECOND], PRIMARY.id, '/p')).toEqual({ action: 'deny' });
  });
});
