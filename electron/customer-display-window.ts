/**
 * The customer display in Electron: the register opens it with window.open (renderer
 * customer-display/publish-display.ts) and main's window-open handler lets exactly that page through,
 * full screen on the second monitor when there is one, else as a window beside the register. Every
 * other window.open is refused, as before. A plain function of the URL and the displays.
 */
import { CUSTOMER_DISPLAY_HASH } from '#bridge/customer-display';
import { isAllowedNavigation, secureWebPreferences } from './security';

export interface DisplayArea {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export type WindowOpenDecision =
  | { action: 'deny' }
  | {
      action: 'allow';
      overrideBrowserWindowOptions: {
        x: number;
        y: number;
        width: number;
        height: number;
        fullscreen: boolean;
        autoHideMenuBar: true;
        title: string;
        backgroundColor: string;
        webPreferences: ReturnType<typeof secureWebPreferences>;
      };
    };

/** The window beside the register when the terminal has one monitor. */
export const SINGLE_MONITOR_SIZE = { width: 1024, height: 640 };

export function customerDisplayWindow(
  url: string,
  displays: readonly DisplayArea[],
  primaryId: number,
  preloadPath: string,
): WindowOpenDecision {
  if (!isAllowedNavigation(url) || new URL(url).hash !== CUSTOMER_DISPLAY_HASH) return { action: 'deny' };
  const second = displays.find((d) => d.id !== primaryId);
  const primary = displays.find((d) => d.id === primaryId);
  const bounds = second?.bounds ?? {
    x: primary?.bounds.x ?? 0,
    y: primary?.bounds.y ?? 0,
    ...SINGLE_MONITOR_SIZE,
  };
  return {
    action: 'allow',
    overrideBrowserWindowOptions: {
      ...bounds,
      fullscreen: second !== undefined,
      autoHideMenuBar: true,
      title: 'Layar pelanggan — NTT Mart',
      backgroundColor: '#f4f1ea',
      webPreferences: secureWebPreferences(preloadPath),
    },
  };
}
