/**
 * One push request: the first waiting events, in seq order, as many as fit in about 200 events
 * and 256 KB of gzip (small enough to get through a weak 3G link in one go, big enough that the
 * round trips do not dominate).
 */
import type { SyncEvent } from '../protocol/events';
import type { PushRequest } from '../protocol/messages';
import { gzipText } from './gzip';

export const MAX_BATCH_EVENTS = 200;
export const MAX_BATCH_BYTES = 256 * 1024;

export interface Batch {
  events: SyncEvent[];
  /** The gzipped JSON request body. */
  body: Uint8Array;
}

export interface BatchOptions {
  /** The last seq of the batch this one follows in flight: the server applies this one after it. */
  after?: number;
  maxBytes?: number;
  compress?: (text: string) => Promise<Uint8Array>;
}

/** `events` in seq order; returns a prefix of them whose body fits `maxBytes` (one event always goes, whatever its size). */
export async function planBatch(
  events: readonly SyncEvent[],
  { after, maxBytes = MAX_BATCH_BYTES, compress = gzipText }: BatchOptions = {},
): Promise<Batch> {
  let count = Math.min(events.length, MAX_BATCH_EVENTS);
  for (;;) {
    const chosen = events.slice(0, count);
    const body = await compress(JSON.stringify({ events: chosen, after } satisfies PushRequest));
    if (body.length <= maxBytes || count === 1) return { events: chosen, body };
    // Events of one terminal compress alike: scale down with some room, so one retry usually fits.
    count = Math.max(1, Math.min(count - 1, Math.floor((count * maxBytes * 0.9) / body.length)));
  }
}
