/** The handler of every event type the protocol knows. */
import type { SyncEventType } from '#sync/protocol/events';
import { auditRecorded } from './audit-recorded';
import { cashMoved } from './cash-moved';
import { dayClosed } from './day-closed';
import type { EventHandler } from './handler';
import { saleCompleted } from './sale-completed';
import { saleRefunded } from './sale-refunded';
import { shiftClosed } from './shift-closed';
import { shiftOpened } from './shift-opened';
import { stockCounted } from './stock-counted';
import { stockReceived } from './stock-received';
import { transferReceived, transferSent } from './stock-transfers';
import { stockWrittenOff } from './stock-written-off';

const HANDLERS: { [T in SyncEventType]: EventHandler<T> } = {
  'sale.completed': saleCompleted,
  'sale.refunded': saleRefunded,
  'shift.opened': shiftOpened,
  'shift.closed': shiftClosed,
  'cash.moved': cashMoved,
  'audit.recorded': auditRecorded,
  'day.closed': dayClosed,
  'stock.received': stockReceived,
  'stock.written-off': stockWrittenOff,
  'stock.counted': stockCounted,
  'stock.transfer-sent': transferSent,
  'stock.transfer-received': transferReceived,
};

export function handlerFor(type: SyncEventType): EventHandler<SyncEventType> {
  // Each handler only ever receives events of its own type (the ingest groups them by type).
  return HANDLERS[type] as EventHandler<SyncEventType>;
}
