/** The handler of every event type the protocol knows. */
import type { SyncEventType } from '../../protocol/events';
import type { EventHandler } from './handler';
import { saleCompleted } from './sale-completed';

const HANDLERS: { [T in SyncEventType]: EventHandler<T> } = {
  'sale.completed': saleCompleted,
};

export function handlerFor(type: SyncEventType): EventHandler<SyncEventType> {
  // Each handler only ever receives events of its own type (the ingest groups them by type).
  return HANDLERS[type] as EventHandler<SyncEventType>;
}
