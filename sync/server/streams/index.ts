/** Every pull stream and how to load its items' current state for an outlet. Adding a stream: one loader here. */
import type { StreamName } from '#sync/protocol/messages';
import type { StreamItem } from '#sync/protocol/streams';
import type { Queryable } from '../db/database';
import { loadAsnRoster } from './asn-roster';
import { loadAsnTotals } from './asn-totals';
import { loadProducts } from './products';
import { loadPurchaseOrders } from './purchase-orders';
import { loadSettings } from './settings';
import { loadStaff } from './staff';
import { loadTransfersIn } from './transfers-in';
import { loadOutletStock } from './outlet-stock';

export type StreamLoader<S extends StreamName> = (
  db: Queryable,
  outletId: string,
  keys: readonly string[],
) => Promise<StreamItem<S>[]>;

export const STREAM_LOADERS: { [S in StreamName]: StreamLoader<S> } = {
  products: loadProducts,
  staff: loadStaff,
  'asn-roster': loadAsnRoster,
  'asn-totals': loadAsnTotals,
  settings: loadSettings,
  'transfers-in': loadTransfersIn,
  'purchase-orders': loadPurchaseOrders,
  'outlet-stock': loadOutletStock,
};
