import type { Product } from '#domain/catalog/product';
import { formatKilograms } from '#domain/checkout/sale';
import { useReplenishment } from '../stock/queries';

/** A quantity as the product counts it: "12 bungkus", "1,25 kg". */
export function quantityText(product: Pick<Product, 'soldBy' | 'unit'>, n: number): string {
  return product.soldBy === 'weight' ? formatKilograms(n) : `${n} ${product.unit}`;
}

/** "12 hari"; "-" when nothing sold in 28 days. */
export function coverText(days: number | null): string {
  return days === null ? '-' : `${days} hari`;
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
