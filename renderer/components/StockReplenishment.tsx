import { useLiveQuery } from 'dexie-react-hooks';
import type { Product } from '#domain/catalog/product';
import { formatKilograms } from '#domain/checkout/sale';
import { replenishmentFigures, type ReplenishmentFigures } from '../stock/stock-card';
import { database } from '../stores/terminal-store';

/** A quantity as the product counts it: "12 bungkus", "1,25 kg". */
export function quantityText(product: Pick<Product, 'soldBy' | 'unit'>, n: number): string {
  return product.soldBy === 'weight' ? formatKilograms(n) : `${n} ${product.unit}`;
}

/** "12 hari"; "-" when nothing sold in 28 days. */
export function coverText(days: number | null): string {
  return days === null ? '-' : `${days} hari`;
}

/** A product's replenishment figures, current after every sale, receiving and transfer. */
export function useReplenishment(product: Product, leadTimeDays: number): ReplenishmentFigures | undefined {
  return useLiveQuery(
    () => replenishmentFigures(database(), product, leadTimeDays, new Date()),
    [product.id, product.minimumStock, leadTimeDays],
  );
}

/** The Stok screen's cells for a product: days of cover and the order to place now. */
export function ReplenishmentCells({ product, leadTimeDays }: { product: Product; leadTimeDays: number }) {
  const figures = useReplenishment(product, leadTimeDays);
  return (
    <>
      <td className="num">{figures && coverText(figures.daysOfCover)}</td>
      <td className="num" data-suggested>
        {figures && (figures.suggested > 0 ? quantityText(product, figures.suggested) : '-')}
      </td>
    </>
  );
}
