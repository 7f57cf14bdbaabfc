/**
 * Keeping the unpaid carts: the register's cart written to IndexedDB as it changes (off the scan
 * path: the write is not awaited, and changes made while one is written go in one write after it),
 * restored at start, and put on hold or recalled.
 */
import { create } from 'zustand';
import { formatRupiah } from '#domain/money';
import { cartTotal } from '#domain/checkout/cart';
import {
  heldCarts,
  holdCart,
  loadActiveCart,
  recallCart,
  saveActiveCart,
  type CartSnapshot,
  type HeldCart,
  type OpenCart,
} from '../checkout/open-carts';
import type { PosDatabase } from '../db/database';
import { clearCart, useCartStore } from './cart-store';
import { showError, showInfo, showProblem } from './notice-store';
import { usePaymentStore } from './payment-store';
import { useSessionStore } from './session-store';
import { database } from './terminal-store';

interface OpenCartState {
  held: HeldCart[];
}

export const useOpenCartStore = create<OpenCartState>(() => ({ held: [] }));

let writing: Promise<void> | null = null;
let again = false;

function snapshot(): CartSnapshot {
  const { cart, asn, paymentEntered, nipEntered } = useCartStore.getState();
  return { cart, asn, paymentEntered, nipEntered };
}

function saveSoon(db: PosDatabase): void {
  if (writing) {
    again = true;
    return;
  }
  const user = useSessionStore.getState().user;
  const now = snapshot();
  // Nobody signed in (enrolment empties the register): nothing to keep but an empty cart.
  if (!user && now.cart.lines.length > 0) return;
  writing = saveActiveCart(db, now, user ? { id: user.id, name: user.name } : { id: '-', name: '-' }, new Date())
    .catch((error: unknown) =>
      showError(`Keranjang tidak tersimpan ke disk: ${error instanceof Error ? error.message : String(error)}`),
    )
    .finally(() => {
      writing = null;
      if (again) {
        again = false;
        saveSoon(db);
      }
    });
}

function put(open: OpenCart): void {
  useCartStore.setState({
    cart: open.cart,
    asn: open.asn,
    paymentEntered: open.paymentEntered,
    nipEntered: open.nipEntered,
    selectedKey: open.cart.lines.at(-1)?.key ?? null,
    weighing: null,
  });
}

/** At start: the cart a reload, crash or restart left on the register comes back; from then on every change is kept. */
export async function keepOpenCarts(db: PosDatabase): Promise<void> {
  const left = await loadActiveCart(db);
  if (left && !left.ok) showProblem(left.error);
  if (left?.ok) {
    put(left.value);
    showInfo(
      `Keranjang yang belum dibayar dipulihkan: ${left.value.cart.lines.length} baris, ${formatRupiah(cartTotal(left.value.cart))}.`,
    );
  }
  useCartStore.subscribe((state, before) => {
    if (
      state.cart !== before.cart ||
      state.asn !== before.asn ||
      state.paymentEntered !== before.paymentEntered ||
      state.nipEntered !== before.nipEntered
    )
      saveSoon(db);
  });
  await refreshHeldCarts();
}

export async function refreshHeldCarts(): Promise<void> {
  useOpenCartStore.setState({ held: await heldCarts(database()) });
}

/** "Tahan": the register's cart waits aside (the buyer fetches something), the register is free for the next buyer. */
export async function holdCurrentCart(): Promise<boolean> {
  const user = useSessionStore.getState().user;
  const now = snapshot();
  if (!user || now.cart.lines.length === 0) return false;
  if (usePaymentStore.getState().open) {
    showError('Pembayaran sedang berlangsung: selesaikan atau batalkan (Esc) dulu.');
    return false;
  }
  await writing;
  await holdCart(database(), now, { id: user.id, name: user.name }, new Date());
  clearCart();
  await refreshHeldCarts();
  showInfo(`Transaksi ditahan (${formatRupiah(cartTotal(now.cart))}). Panggil lagi dari "Transaksi ditahan".`);
  return true;
}

/** Takes a held cart back onto the empty register. */
export async function recallHeldCart(id: string): Promise<boolean> {
  if (useCartStore.getState().cart.lines.length > 0) {
    showError('Keranjang di kasir belum kosong: tahan atau selesaikan dulu.');
    return false;
  }
  await writing;
  const result = await recallCart(database(), id, new Date());
  await refreshHeldCarts();
  if (!result.ok) {
    showProblem(result.error);
    return false;
  }
  put(result.value);
  showInfo(`Transaksi ${result.value.cashier.name} dipanggil lagi: ${formatRupiah(cartTotal(result.value.cart))}.`);
  return true;
}
