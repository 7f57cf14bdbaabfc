/**
 * The bridge contract over the web host's WebSocket. Calls made while the socket is down wait for
 * it (it reconnects by itself) up to a timeout, then answer with an 'offline' error value: like
 * every bridge call, this never throws.
 */
import { BRIDGE_OFFLINE, type EventName, type PosBridge, type WsMessage } from '#bridge/bridge-contract';
import type { Result } from '#domain/result';

const CALL_TIMEOUT_MS = 10_000;
const RECONNECT_MS = 2_000;
/** The host refuses a page without this start's key exactly as it would be down: one answer covers both. */
const OFFLINE_MESSAGE =
  'Layanan terminal tidak menjawab halaman ini. Pastikan "npm run start:web" masih berjalan, lalu buka alamat lengkap yang ditampilkannya saat mulai (dengan ?kunci=…). Alamat itu berganti setiap kali start:web dijalankan ulang.';

export function createWebSocketBridge(url: string): PosBridge {
  let socket: WebSocket | null = null;
  let nextId = 1;
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const waiting: string[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();

  function connect(): void {
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      for (const message of waiting.splice(0)) ws.send(message);
    };
    ws.onmessage = (event) => {
      const message = JSON.parse(String(event.data)) as WsMessage;
      if ('id' in message) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else {
        for (const listener of listeners.get(message.event) ?? []) listener(message.payload as never);
      }
    };
    ws.onclose = () => {
      socket = null;
      setTimeout(connect, RECONNECT_MS);
    };
  }
  connect();

  return {
    invoke(channel, ...args) {
      const id = nextId++;
      const message = JSON.stringify({ id, channel, args });
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, error: { code: BRIDGE_OFFLINE, message: OFFLINE_MESSAGE } });
        }, CALL_TIMEOUT_MS);
        pending.set(id, (result) => {
          clearTimeout(timer);
          resolve(result as never);
        });
        if (socket?.readyState === WebSocket.OPEN) socket.send(message);
        else waiting.push(message);
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}
