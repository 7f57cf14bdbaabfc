/** The key each stream's items are upserted by (sync/PROTOCOL.md, "Pull"). */
import { missingCase } from '#domain/missing-case';
import type { StreamName } from '../protocol/messages';
import type { StreamItem } from '../protocol/streams';

export function streamItemKey<S extends StreamName>(stream: S, item: StreamItem<S>): string {
  const any = item as StreamItem<StreamName>;
  switch (stream) {
    case 'products':
    case 'staff':
    case 'transfers-in':
    case 'purchase-orders':
      return (any as StreamItem<'products' | 'staff' | 'transfers-in' | 'purchase-orders'>).id;
    case 'asn-roster':
      return (any as StreamItem<'asn-roster'>).nipKey;
    case 'asn-totals': {
      const total = any as StreamItem<'asn-totals'>;
      return `${total.nipKey}|${total.month}`;
    }
    case 'settings':
      return (any as StreamItem<'settings'>).key;
    case 'outlet-stock':
      return (any as StreamItem<'outlet-stock'>).productId;
    default:
      return missingCase(stream);
  }
}
