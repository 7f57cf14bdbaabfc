/** What the stock screens and the register read from the database, as live queries. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BusinessDate } from '#domain/wita';
import type { Product } from '#domain/catalog/product';
import type { IncomingTransferRow, StockLevel } from '../db/rows';
import { readOutlets, type OutletChoice } from './outlets';
import { stockAlerts, type StockAlert } from './stock-alerts';
import {
  replenishmentFigures,
  stockCardPage,
  type ReplenishmentFigures,
  type StockCardCursor,
  type StockCardPage,
} from './stock-card';
import { database } from '../stores/terminal-store';

/**
 * A product's stock level, current after every commit in any window: one key read. null when the
 * product has none yet (nothing received or sold), undefined until the first answer.
 */
export function useStockLevel(productId: string): StockLevel | null | undefined {
  return useLiveQuery(async () => (await database().stockLevels.get(productId)) ?? null, [productId]);
}

/** The UMKM the catalog names, for the receiving's supplier field. */
/** The outlet's stock on hand from the province (every till's movements once synced), by product; absent before a pull. */
export function useOutletStock(productIds: readonly string[]): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const items = await database().outletStock.bulkGet([...productIds]);
    return new Map(items.flatMap((item) => (item ? [[item.productId, item.onHand]] : [])));
  }, [productIds.join('\u0000')]);
}

export function useSuppliers(): string[] | undefined {
  return useLiveQuery(async () => {
    const names = new Set<string>();
    await database().products.each((p) => names.add(p.supplier));
    return [...names].filter(Boolean).sort((a, b) => a.localeCompare(b, 'id'));
  }, []);
}

/** The catalog's categories, for a stock-take of one of them. */
export function useCategories(): string[] | undefined {
  return useLiveQuery(async () => {
    const categories = (await database().products.orderBy('category').uniqueKeys()) as string[];
    return categories.filter((c) => c !== '');
  }, []);
}

/** The Stok screen's alerts, current after every sale and receiving. */
export function useStockAlerts(today: BusinessDate, days: number): StockAlert[] | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [products, levels] = await Promise.all([db.products.toArray(), db.stockLevels.toArray()]);
    return stockAlerts(products, levels, today, days);
  }, [today, days]);
}

/** The province's outlets (the `outlets` setting); empty until the terminal has pulled its settings. */
export function useOutlets(): OutletChoice[] | undefined {
  return useLiveQuery(() => readOutlets(database()), []);
}

export type { IncomingTransferRow, OutletChoice };

/** Transfers other outlets sent here that this outlet has not received yet, oldest first. */
export function useIncomingTransfers(): IncomingTransferRow[] | undefined {
  return useLiveQuery(() => database().incomingTransfers.orderBy('sentAt').toArray(), []);
}

/** A page of a product's kartu stok (the newest without a cursor), current after every commit. */
export function useStockCardPage(productId: string, cursor: StockCardCursor | null): StockCardPage | undefined {
  return useLiveQuery(() => stockCardPage(database(), productId, cursor), [productId, cursor]);
}

/** A product's replenishment figures, current after every sale, receiving and transfer. */
export function useReplenishment(product: Product, leadTimeDays: number): ReplenishmentFigures | undefined {
  return useLiveQuery(
    () => replenishmentFigures(database(), product, leadTimeDays, new Date()),
    [product.id, product.minimumStock, leadTimeDays],
  );
}
