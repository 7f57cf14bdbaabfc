/**
 * The stock events (issue 15) before the server derives stock from them: each is stored exactly
 * once and quarantined, so nothing is lost and nothing is counted until its handler replaces this.
 */
import type { SyncEventOf, SyncEventType } from '#sync/protocol/events';
import type { EventHandler } from './handler';

type StockEventType = Extract<SyncEventType, `stock.${string}`>;

export function stockPending<T extends StockEventType>(
  datedAt: (event: SyncEventOf<T>) => Record<string, string>,
): EventHandler<T> {
  return {
    owner: (event) => {
      const { payload } = event as SyncEventOf<StockEventType>;
      return { outletId: payload.outletId, terminalId: payload.terminalId };
    },
    datedAt,
    shiftId: () => null,
    problems: (_tx, events) => Promise.resolve(events.map(() => ['this server does not count stock events yet'])),
    derivedRows: () => ({}),
  };
}
