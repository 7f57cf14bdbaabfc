/**
 * One drainer per terminal, across every window: a Web Lock, released by the browser if the window
 * dies. IndexedDB transactions keep each step whole if a window closes or crashes mid-way.
 */
import { bridgeTransport } from './bridge-transport';
import { getBridge } from '../bridge/bridge';
import type { SyncDeps } from '#sync/client/push-outbox';

export const SYNC_LOCK = 'ntt-mart-pos-sync';

/** Runs the work holding the lock; the lock's promise resolves with what the work resolves with. */
export const withSyncLock = <T>(work: () => Promise<T>) =>
  navigator.locks.request(SYNC_LOCK, work) as unknown as Promise<T>;

/** What the sync client reaches the server through (main, over the bridge). */
export const syncDeps = (): SyncDeps => ({ transport: bridgeTransport(getBridge()), now: () => new Date() });
