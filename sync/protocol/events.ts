/**
 * Events a terminal pushes: immutable facts, each with a terminal-made UUIDv7 and a per-terminal
 * sequence number (from 1, no gaps). The server stores each exactly once.
 */
import { z } from 'zod';
import { missingCase } from '#domain/missing-case';
import { auditEntrySchema } from './audit';
import { instantSchema, uuidV7Schema } from './primitives';
import { refundSchema } from './refund';
import { saleSchema } from './sale';
import { cashMovementSchema, dayClosingSchema, shiftClosedSchema, shiftSchema } from './shift';
import {
  stockCountedSchema,
  stockReceivedSchema,
  stockWrittenOffSchema,
  transferReceivedSchema,
  transferSentSchema,
} from './stock';

const envelope = {
  id: uuidV7Schema,
  seq: z.number().int().positive(),
  /** The terminal's clock when the event happened: recorded, never trusted for ordering. */
  occurredAt: instantSchema,
};

/** The schema of one type of event: the envelope every event has, its type, and the document it carries. */
function eventSchema<T extends string, P extends z.ZodType>(type: T, payload: P) {
  return z.object({ ...envelope, type: z.literal(type), payload });
}

export const saleCompletedEventSchema = eventSchema('sale.completed', saleSchema);

/** A refund: a new document pointing at its sale (never an edit of it). */
export const saleRefundedEventSchema = eventSchema('sale.refunded', refundSchema);
export const shiftOpenedEventSchema = eventSchema(
  'shift.opened',
  shiftSchema.refine((s) => s.closing === null, 'an opened shift has no closing'),
);
export const shiftClosedEventSchema = eventSchema('shift.closed', shiftClosedSchema);
/** Pay in / pay out (kas masuk / kas keluar). */
export const cashMovedEventSchema = eventSchema('cash.moved', cashMovementSchema);
export const auditRecordedEventSchema = eventSchema('audit.recorded', auditEntrySchema);
/** A manager closed the outlet's day on this terminal. */
export const dayClosedEventSchema = eventSchema('day.closed', dayClosingSchema);

/** Goods received from a UMKM (penerimaan barang). */
export const stockReceivedEventSchema = eventSchema('stock.received', stockReceivedSchema);
/** Goods written off (stok terbuang). */
export const stockWrittenOffEventSchema = eventSchema('stock.written-off', stockWrittenOffSchema);
/** An approved stock-take (stok opname). */
export const stockCountedEventSchema = eventSchema('stock.counted', stockCountedSchema);
/** A transfer (mutasi) left the sending outlet. */
export const transferSentEventSchema = eventSchema('stock.transfer-sent', transferSentSchema);
/** A transfer arrived at the receiving outlet. */
export const transferReceivedEventSchema = eventSchema('stock.transfer-received', transferReceivedSchema);

export const syncEventSchema = z.discriminatedUnion('type', [
  saleCompletedEventSchema,
  saleRefundedEventSchema,
  shiftOpenedEventSchema,
  shiftClosedEventSchema,
  cashMovedEventSchema,
  auditRecordedEventSchema,
  dayClosedEventSchema,
  stockReceivedEventSchema,
  stockWrittenOffEventSchema,
  stockCountedEventSchema,
  transferSentEventSchema,
  transferReceivedEventSchema,
]);

export type SyncEvent = z.infer<typeof syncEventSchema>;
export type SyncEventType = SyncEvent['type'];
export type SyncEventOf<T extends SyncEventType> = Extract<SyncEvent, { type: T }>;

/** An event's type and payload, with or without its id and seq. */
export type EventContent = SyncEvent extends infer E
  ? E extends SyncEvent
    ? Pick<E, 'type' | 'payload'>
    : never
  : never;

/** The document an event carries: its id, the terminal that made it, and whether it was practice. */
export function eventDocument(event: EventContent): { id: string; terminalId: string; training: boolean } {
  switch (event.type) {
    case 'shift.closed':
      return event.payload.shift;
    case 'sale.completed':
    case 'sale.refunded':
    case 'shift.opened':
    case 'cash.moved':
    case 'audit.recorded':
    case 'day.closed':
    case 'stock.received':
    case 'stock.written-off':
    case 'stock.counted':
    case 'stock.transfer-sent':
    case 'stock.transfer-received':
      return event.payload;
    default:
      return missingCase(event);
  }
}

/** The shift an event belongs to (a shift's own events included); null for events outside any shift. */
export function eventShiftId(event: EventContent): string | null {
  switch (event.type) {
    case 'shift.opened':
      return event.payload.id;
    case 'shift.closed':
      return event.payload.shift.id;
    case 'sale.completed':
    case 'sale.refunded':
    case 'cash.moved':
      return event.payload.shiftId;
    case 'audit.recorded':
    case 'day.closed':
    case 'stock.received':
    case 'stock.written-off':
    case 'stock.counted':
    case 'stock.transfer-sent':
    case 'stock.transfer-received':
      return null;
    default:
      return missingCase(event);
  }
}
