/**
 * One handler per channel, registered once: arguments are checked against the contract before a
 * handler runs, its Result is the answer, and whatever it throws comes back as a 'handler-failed'
 * error value. Electron's IPC and the web host's WebSocket both call invoke().
 */
import {
  CHANNEL_ARGS,
  type BridgeEvents,
  type Channel,
  type EventName,
  type Handler,
  type Handlers,
} from '#bridge/bridge-contract';
import type { Problem, Result } from '#domain/result';

export interface BridgeRegistry {
  register<K extends Channel>(channel: K, handler: Handler<K>): void;
  invoke(channel: unknown, args: unknown): Promise<Result<unknown>>;
  registered(): Channel[];
}

const isChannel = (value: unknown): value is Channel => typeof value === 'string' && Object.hasOwn(CHANNEL_ARGS, value);

export function createBridgeRegistry(): BridgeRegistry {
  const handlers = new Map<Channel, (...args: never[]) => Result<unknown> | Promise<Result<unknown>>>();
  return {
    register(channel, handler) {
      if (!isChannel(channel)) throw new Error(`"${String(channel)}" is not a bridge channel`);
      if (handlers.has(channel)) throw new Error(`Bridge channel "${channel}" already has a handler`);
      handlers.set(channel, handler as (...args: never[]) => Result<unknown>);
    },
    async invoke(channel, args) {
      if (!isChannel(channel))
        return failure({ code: 'unknown-channel', message: `Saluran "${String(channel)}" tidak dikenal.` });
      const handler = handlers.get(channel);
      if (!handler)
        return failure({ code: 'no-handler', message: `Saluran "${channel}" belum tersedia di perangkat ini.` });
      const parsed = CHANNEL_ARGS[channel].safeParse(args);
      if (!parsed.success) {
        return failure({
          code: 'invalid-arguments',
          message: `Data untuk "${channel}" tidak valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(argumen)'} ${i.message}`).join('; ')}`,
        });
      }
      try {
        return await handler(...(parsed.data as never[]));
      } catch (error) {
        return failure({
          code: 'handler-failed',
          message: `"${channel}" gagal: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
    registered: () => [...handlers.keys()],
  };
}

export function registerAll(registry: BridgeRegistry, all: Handlers): void {
  for (const channel of Object.keys(all) as Channel[])
    registry.register(channel, all[channel] as Handler<typeof channel>);
}

function failure(error: Problem): Result<never> {
  return { ok: false, error };
}

/** Events pushed to the renderer(s): Electron forwards them over IPC, the web host over its sockets. */
export interface BridgeEventHub {
  emit<E extends EventName>(event: E, payload: BridgeEvents[E]): void;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

export function createEventHub(): BridgeEventHub {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  return {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
