/**
 * Events a terminal pushes: immutable facts, each with a terminal-made UUIDv7 and a per-terminal
 * sequence number (from 1, no gaps). The server stores each exactly once.
 */
import { z } from 'zod';
import { instantSchema, uuidV7Schema } from './primitives';
import { saleSchema } from './sale';

const envelope = {
  id: uuidV7Schema,
  seq: z.number().int().positive(),
  /** The terminal's clock when the event happened: recorded, never trusted for ordering. */
  occurredAt: instantSchema,
};

export const saleCompletedEventSchema = z.object({ ...envelope, type: z.literal('sale.completed'), payload: saleSchema });

export const syncEventSchema = z.discriminatedUnion('type', [saleCompletedEventSchema]);

export type SyncEvent = z.infer<typeof syncEventSchema>;
export type SyncEventType = SyncEvent['type'];
