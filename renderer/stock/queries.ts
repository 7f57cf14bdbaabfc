/** What the stock screens and the register read from the database, as live queries. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BusinessDate } from '#domain/wita';
import type { OutletId } from '#domain/outlet/terminal';
import { OUTLETS_SETTING, outletListSchema } from '#sync/protocol/streams';
import type { PosDatabase } from '../db/database';
import type { IncomingTransferRow, StockLevel } from '../db/rows';
import { stockAlerts, type StockAlert } from './stock-alerts';
import { database } from '../stores/terminal-store';

/**
 * A product's stock level, current after every commit in any window: one key read. null when the
 * product has none yet (nothing received or sold), undefined until the first answer.
 */
export function useStockLevel(productId: string): StockLevel | null | undefined {
  return useLiveQuery(async () => (await database().stockLevels.get(productId)) ?? null, [productId]);
}

/** The UMKM the catalog names, for the receiving's supplier field. */
export function useSuppliers(): string[] | undefined {
  return useLiveQuery(async () => {
    const names = new Set<string>();
    await database().products.each((p) => names.add(p.supplier));
    return [...names].filter(Boolean).sort((a, b) => a.localeCompare(b, 'id'));
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

/** An outlet a transfer can go to, as the province lists it. */
export interface OutletChoice {
  id: OutletId;
  name: string;
}

/** The province's outlets (the `outlets` setting); empty until the terminal has pulled its settings. */
export async function readOutlets(db: PosDatabase): Promise<OutletChoice[]> {
  const row = await db.serverSettings.get(OUTLETS_SETTING);
  const parsed = outletListSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

export function useOutlets(): OutletChoice[] | undefined {
  return useLiveQuery(() => readOutlets(database()), []);
}

export type { IncomingTransferRow };

/** Transfers other outlets sent here that this outlet has not received yet, oldest first. */
export function useIncomingTransfers(): IncomingTransferRow[] | undefined {
  return useLiveQuery(() => database().incomingTransfers.orderBy('sentAt').toArray(), []);
}
