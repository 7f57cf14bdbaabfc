/**
 * The CDP key events of a keyboard-wedge scanner typing a code and Enter, 3 ms apart. Like a real
 * scanner's key reports each key carries when it was "typed" (never later than now), so a busy
 * page or test machine delays the keys' handling but not their timing, as with hardware.
 * Used by the end-to-end helper (playwright's CDP session) and by browser tests (vitest's cdp()).
 */
const SCANNER_KEY_GAP_S = 0.003;

export interface CdpKeyEvent {
  type: 'keyDown' | 'keyUp';
  key: string;
  code: string;
  windowsVirtualKeyCode: number;
  text?: string;
  timestamp: number;
}

export async function sendScannerKeys(send: (event: CdpKeyEvent) => Promise<unknown>, code: string): Promise<void> {
  const start = Date.now() / 1000;
  const keys = [...code].map((char) => ({
    key: char,
    text: char,
    code: /\d/.test(char) ? `Digit${char}` : `Key${char.toUpperCase()}`,
    windowsVirtualKeyCode: char.toUpperCase().charCodeAt(0),
  }));
  keys.push({ key: 'Enter', text: '\r', code: 'Enter', windowsVirtualKeyCode: 13 });
  for (const [index, key] of keys.entries()) {
    const timestamp = Math.min(start + index * SCANNER_KEY_GAP_S, Date.now() / 1000);
    await send({ type: 'keyDown', ...key, timestamp });
    await send({
      type: 'keyUp',
      key: key.key,
      code: key.code,
      windowsVirtualKeyCode: key.windowsVirtualKeyCode,
      timestamp,
    });
  }
}
