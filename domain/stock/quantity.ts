/**
 * Stock quantities are integers: whole units, or grams for products sold by weight. A sale line of a
 * weighed product has quantity 1 and its weight in grams; a refund takes such a line back whole.
 */
import type { SoldBy } from '../catalog/product';
import { multiply, multiplyRatio, type Rupiah } from '../money';
import { problem, ok, type Result } from '../result';

/** The stock quantity of `quantity` units of a sale line (a refund line passes the sold line's weight). */
export function lineStockQuantity(quantity: number, weightGrams: number | null): number {
  return weightGrams === null ? quantity : weightGrams * quantity;
}

/**
 * A quantity someone entered: a whole number, above zero (or zero where counting found nothing).
 * The message says what is wrong, for the person who typed it.
 */
export function checkQuantity(quantity: number, { allowZero = false } = {}): Result<number> {
  if (!Number.isFinite(quantity)) return problem('invalid-quantity', 'Jumlah harus berupa angka.');
  if (quantity < 0) return problem('invalid-quantity', 'Jumlah tidak boleh negatif.');
  if (!Number.isInteger(quantity))
    return problem('invalid-quantity', 'Jumlah harus bilangan bulat (gram untuk barang timbangan).');
  if (!Number.isSafeInteger(quantity)) return problem('invalid-quantity', 'Jumlah terlalu besar.');
  if (quantity === 0 && !allowZero) return problem('invalid-quantity', 'Jumlah harus lebih dari nol.');
  return ok(quantity);
}

/**
 * What a stock quantity is worth at a price per unit, or per kilogram for weighed goods (then the
 * quantity is grams): a receiving line's cost, a stock-take variance in Rupiah.
 */
export function stockValue(quantity: number, price: Rupiah, soldBy: SoldBy): Rupiah {
  return soldBy === 'weight' ? multiplyRatio(price, quantity, 1000, 'half-up') : multiply(price, quantity);
}
