/** The Stok screen's list: products low, out, below zero, or with batches expiring soon (or expired). */
import type { Product } from '#domain/catalog/product';
import { expiresWithin, isExpired } from '#domain/stock/stock-status';
import type { BusinessDate } from '#domain/wita';
import type { StockBatch, StockLevel } from '../db/rows';
import { minimumOf, stockFigure, type StockFigure } from './stock-figure';

export type StockAlertKind = 'low' | 'out' | 'negative' | 'expiring';

export interface StockAlert {
  product: Product;
  figure: StockFigure;
  minimum: number;
  /** When a sale took it below zero, while it is. */
  negativeSince: string | null;
  /** Batches expiring within the days asked, or already expired, earliest first. */
  expiring: StockBatch[];
  kinds: StockAlertKind[];
}

/** Active products with something to act on; below zero first, then out, low, and by expiry. */
export function stockAlerts(
  products: readonly Product[],
  levels: readonly StockLevel[],
  today: BusinessDate,
  days: number,
): StockAlert[] {
  const byProduct = new Map(levels.map((l) => [l.productId, l]));
  const alerts: StockAlert[] = [];
  for (const product of products) {
    if (!product.active) continue;
    const level = byProduct.get(product.id);
    const figure = stockFigure(product, level);
    const expiring = (level?.batches ?? []).filter((b) => {
      const expiry = b.expiry as BusinessDate | null;
      return isExpired(expiry, today) || expiresWithin(expiry, today, days);
    });
    const kinds: StockAlertKind[] = [];
    if (figure.onHand < 0) kinds.push('negative');
    if (figure.status !== 'ok') kinds.push(figure.status);
    if (expiring.length > 0) kinds.push('expiring');
    if (kinds.length === 0) continue;
    alerts.push({
      product,
      figure,
      minimum: minimumOf(product),
      negativeSince: level?.negativeSince ?? null,
      expiring,
      kinds,
    });
  }
  const rank = (a: StockAlert) =>
    a.kinds.includes('negative') ? 0 : a.kinds.includes('out') ? 1 : a.kinds.includes('low') ? 2 : 3;
  const firstExpiry = (a: StockAlert) => a.expiring[0]?.expiry ?? '9999';
  return alerts.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      firstExpiry(a).localeCompare(firstExpiry(b)) ||
      a.product.name.localeCompare(b.product.name, 'id'),
  );
}
