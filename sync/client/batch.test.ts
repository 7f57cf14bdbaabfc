import { describe, expect, it } from 'vitest';
import { buildSale } from '#domain/test-documents';
import type { SyncEvent } from '../protocol/events';
import { pushRequestSchema } from '../protocol/messages';
import { MAX_BATCH_BYTES, MAX_BATCH_EVENTS, planBatch } from './batch';

const gunzip = async (bytes: Uint8Array) =>
  new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'))).text();

/** Product names that compress about as badly as real ones (a fixed pseudo-random sequence). */
let seed = 7;
const word = () => ((seed = (seed * 48_271) % 2_147_483_647), seed.toString(36));

function events(count: number, lines = 3): SyncEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const payload = buildSale({
      id: `0190a0b0-0000-7000-8000-${String(i).padStart(12, '0')}`,
      lines: Array.from({ length: lines }, (_, l) => ({
        price: 1_000 + i * 7 + l,
        name: `Produk ${word()} ${word()}`,
      })),
    });
    return {
      id: `0190a0b0-0001-7000-8000-${String(i).padStart(12, '0')}`,
      seq: i + 1,
      type: 'sale.completed',
      occurredAt: payload.completedAt,
      payload,
    };
  });
}

describe('push batches', () => {
  it('take at most 200 events, in seq order, as a gzipped push request', async () => {
    const waiting = events(250);
    const batch = await planBatch(waiting);
    expect(batch.events).toEqual(waiting.slice(0, MAX_BATCH_EVENTS));
    const request = pushRequestSchema.parse(JSON.parse(await gunzip(batch.body)));
    expect(request.events.map((e) => e.seq)).toEqual(waiting.slice(0, MAX_BATCH_EVENTS).map((e) => e.seq));
  });

  it('stop before 256 KB of gzip when the events are large', async () => {
    const waiting = events(200, 150);
    const batch = await planBatch(waiting);
    expect(batch.body.length).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(batch.events.length).toBeLessThan(200);
    expect(batch.events).toEqual(waiting.slice(0, batch.events.length));
    // Nearly full: the cut is not far below the limit.
    expect(batch.body.length).toBeGreaterThan(MAX_BATCH_BYTES * 0.6);
  });

  it('send a single event alone even when it is over the limit', async () => {
    const batch = await planBatch(events(3, 10), { maxBytes: 100 });
    expect(batch.events).toHaveLength(1);
  });
});
