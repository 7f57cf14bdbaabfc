/**
 * The sale at the till as one store built from slices: the cart, its ASN buyer, the payment. Each
 * slice's actions live beside it (cart-store.ts, payment-store.ts, asn-store.ts) and read the others
 * here, so those modules never import each other in a circle.
 */
import { create } from 'zustand';
import { EMPTY_CART, type Cart } from '#domain/checkout/cart';
import type { Payment, Sale } from '#domain/checkout/sale';
import type { Product } from '#domain/catalog/product';
import type { Rupiah } from '#domain/money';
import type { AsnBlock } from '#hardware/receipt/receipt-layout';
import type { CartAsn } from '../asn/identify-asn';

export interface CartSlice {
  cart: Cart;
  selectedKey: string | null;
  /** A payment was accepted for this cart (then taken back): removing goods now needs a manager. */
  paymentEntered: boolean;
  /** Loose goods sold per kg picked by name, waiting for the cashier to type their weight. */
  weighing: Product | null;
}

export interface AsnSlice {
  asn: CartAsn | null;
  /** A NIP was confirmed for this cart (even if removed since): removing goods now needs a manager. */
  nipEntered: boolean;
}

export interface PaymentSlice {
  open: boolean;
  payments: Payment[];
  /** The sale just completed, shown as the on-screen receipt until the next one starts. */
  completed: Sale | null;
  /** Its ASN block (the buyer's month with this sale in it), as the paper receipt prints it. */
  completedAsn: AsnBlock | null;
  /** The amount of a QRIS payment the cashier is taking (its code shown to the buyer), else null. */
  qrisDue: Rupiah | null;
}

/** A new cart: the cart and ASN slices as they start (the payment slice keeps the last receipt). */
export const NEW_CART: CartSlice & AsnSlice = {
  cart: EMPTY_CART,
  selectedKey: null,
  paymentEntered: false,
  weighing: null,
  asn: null,
  nipEntered: false,
};

export const useCheckoutStore = create<CartSlice & AsnSlice & PaymentSlice>(() => ({
  ...NEW_CART,
  open: false,
  payments: [],
  completed: null,
  completedAsn: null,
  qrisDue: null,
}));
