/**
 * The renderer's way to the host: Electron's preload gives `window.pos`; in a browser the same
 * contract travels over the web host's WebSocket. Either way callers get a PosBridge.
 */
import type { PosBridge } from '#bridge/bridge-contract';
import { createWebSocketBridge } from './ws-bridge';

declare global {
  interface Window {
    pos?: PosBridge;
  }
}

let bridge: PosBridge | null = null;

export function getBridge(): PosBridge {
  bridge ??=
    window.pos ?? createWebSocketBridge(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/bridge`);
  return bridge;
}
