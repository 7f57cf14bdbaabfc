/**
 * Small gzip bodies that inflate into JSON costly to parse and validate: nesting millions deep,
 * millions of zeros or empty objects, and a push of 1,000 events of 500 empty lines. Used by the
 * body-limit tests and the event-loop benchmark.
 */
import { gzipSync } from 'node:zlib';
import type { SyncEvent } from '#sync/protocol/events';

const MILLIONS = 4_000_000;

export const hostileGzipBodies: Record<string, Buffer> = {
  'nested 4 million deep': gzipSync('['.repeat(MILLIONS) + ']'.repeat(MILLIONS)),
  'millions of zeros': gzipSync(`[${'0,'.repeat(MILLIONS)}0]`),
  'millions of empty objects': gzipSync(`{"events":[${'{},'.repeat(MILLIONS / 2)}{}]}`),
};

/** `count` copies of `event` with 500 empty lines each: 1,000 of them are about 6 KB of gzip. */
export function emptyLinesPush(event: SyncEvent, count = 1000): Buffer {
  const lines = Array.from({ length: 500 }, () => ({}));
  const events = Array.from({ length: count }, () => ({ ...event, payload: { ...event.payload, lines } }));
  return gzipSync(JSON.stringify({ events }));
}
