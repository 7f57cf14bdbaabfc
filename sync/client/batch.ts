/**
 * One push request: the first waiting events, in seq order, as many as the server takes in one
 * push (1,000 events, 10,000 lines) and fit in 256 KB of gzip. The bytes keep a request short on a
 * weak 3G link (2 s at 1 Mbit/s); within them, more events a request means fewer round trips, each
 * costing the link's latency and the server's fixed work per batch.
 */
import type { SyncEvent } from '../protocol/events';
import { MAX_EVENTS_PER_PUSH, MAX_LINES_PER_PUSH, type PushRequest } from '../protocol/messages';
import { gzipText } from './gzip';

export const MAX_BATCH_EVENTS = MAX_EVENTS_PER_PUSH;
export const MAX_BATCH_BYTES = 256 * 1024;

export interface Batch {
  events: SyncEvent[];
  /** The gzipped JSON request body. */
  body: Uint8Array;
}

/** `events` in seq order; returns a prefix of them whose body fits `maxBytes` (one event always goes, whatever its size). */
export async function planBatch(
  events: readonly SyncEvent[],
  maxBytes = MAX_BATCH_BYTES,
  compress = gzipText,
): Promise<Batch> {
  let count = Math.min(events.length, MAX_BATCH_EVENTS, withinLines(events));
  for (;;) {
    const chosen = events.slice(0, count);
    const body = await compress(JSON.stringify({ events: chosen } satisfies PushRequest));
    if (body.length <= maxBytes || count === 1) return { events: chosen, body };
    // Events of one terminal compress alike: scale down with some room, so one retry usually fits.
    count = Math.max(1, Math.min(count - 1, Math.floor((count * maxBytes * 0.9) / body.length)));
  }
}

/** How many of the first events the server's line limit takes (at least one). */
function withinLines(events: readonly SyncEvent[]): number {
  let lines = 0;
  for (const [index, event] of events.entries()) {
    lines += 'lines' in event.payload && Array.isArray(event.payload.lines) ? event.payload.lines.length : 0;
    if (lines > MAX_LINES_PER_PUSH) return Math.max(1, index);
  }
  return events.length;
}
