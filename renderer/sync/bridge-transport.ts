/** The sync client's way to the server from the renderer: the main process makes the requests (it holds the token). */
import type { PosBridge } from '#bridge/bridge-contract';
import type { SyncTransport } from '#sync/client/transport';
import type { ServerAnswer } from '#sync/protocol/server-answer';

export function bridgeTransport(bridge: PosBridge): SyncTransport {
  const answer = (result: Awaited<ReturnType<PosBridge['invoke']>>): ServerAnswer =>
    result.ok
      ? (result.value as ServerAnswer)
      : { kind: 'unreachable', reason: 'network', message: result.error.message };
  return {
    push: async (body) => answer(await bridge.invoke('sync-push', toBase64(body))),
    pull: async (stream, cursor, limit) => answer(await bridge.invoke('sync-pull', stream, cursor, limit)),
  };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
