/**
 * The cart on the register. Actions are plain functions so the scanner, keyboard shortcuts and
 * touch buttons all call the same thing.
 */
import { create } from 'zustand';
import { parseBarcode } from '../../domain/barcode';
import { addProduct, addScan, EMPTY_CART, removeLine, setQuantity, type Cart, type CartResult } from '../../domain/cart';
import { formatRupiah } from '../../domain/money';
import type { Product } from '../../domain/product';
import { showError, showInfo } from './notice-store';
import { usePaymentStore } from './payment-store';
import { useTerminalStore } from './terminal-store';

interface CartState {
  cart: Cart;
  selectedKey: string | null;
}

export const useCartStore = create<CartState>(() => ({ cart: EMPTY_CART, selectedKey: null }));

function apply(result: CartResult): boolean {
  if (!result.ok) {
    showError(result.message);
    return false;
  }
  useCartStore.setState({ cart: result.cart, selectedKey: result.lineKey });
  const line = result.cart.lines.find((l) => l.key === result.lineKey)!;
  showInfo(`${line.name} — ${line.weightGrams === null ? `${line.quantity} × ${formatRupiah(line.unitPrice)}` : `${(line.weightGrams / 1000).toLocaleString('id-ID')} kg`}`, 'success');
  return true;
}

function refuseWhilePaying(): boolean {
  if (!usePaymentStore.getState().open) return false;
  showError('Pembayaran sedang berlangsung: selesaikan atau batalkan (Esc) dulu.');
  return true;
}

/** A code from a scanner or typed in full: validated, looked up, added; or refused aloud with the reason. */
export function scanBarcode(code: string): boolean {
  if (refuseWhilePaying()) return false;
  const parsed = parseBarcode(code);
  if (!parsed.ok) {
    showError(parsed.message);
    return false;
  }
  return apply(addScan(useCartStore.getState().cart, parsed.code, useTerminalStore.getState().catalog));
}

export function addProductToCart(product: Product): boolean {
  if (refuseWhilePaying()) return false;
  return apply(addProduct(useCartStore.getState().cart, product));
}

export function changeQuantity(key: string, quantity: number): boolean {
  return apply(setQuantity(useCartStore.getState().cart, key, quantity));
}

export function removeCartLine(key: string): void {
  const { cart } = useCartStore.getState();
  const index = cart.lines.findIndex((l) => l.key === key);
  const next = removeLine(cart, key);
  const neighbour = next.lines[Math.min(index, next.lines.length - 1)];
  useCartStore.setState({ cart: next, selectedKey: neighbour?.key ?? null });
}

/** Moves the selection up (-1) or down (+1) the cart. */
export function moveSelection(step: -1 | 1): void {
  const { cart, selectedKey } = useCartStore.getState();
  if (cart.lines.length === 0) return;
  const index = cart.lines.findIndex((l) => l.key === selectedKey);
  const next = index < 0 ? cart.lines.length - 1 : Math.max(0, Math.min(cart.lines.length - 1, index + step));
  useCartStore.setState({ selectedKey: cart.lines[next]!.key });
}

export function selectLine(key: string): void {
  useCartStore.setState({ selectedKey: key });
}

export function clearCart(): void {
  useCartStore.setState({ cart: EMPTY_CART, selectedKey: null });
}
