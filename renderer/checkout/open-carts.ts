/**
 * The carts not paid yet, kept in IndexedDB (openCarts, Dexie version 5) so a reload, a crash or a
 * restart loses none: the cart on the register (id ACTIVE_CART_ID, written as it changes) and the
 * carts put on hold for later, with who held them and when. A sale's commit deletes the active
 * row in its own transaction (checkout/complete-sale), so a paid cart never comes back.
 * Rows are read back through a zod schema: a row that does not parse is reported, never sold from.
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { ASN_KINDS } from '#domain/asn/asn-roster-rows';
import type { Nip } from '#domain/asn/nip';
import { cartTotal, type Cart } from '#domain/checkout/cart';
import type { Rupiah } from '#domain/money';
import { problem, type Result } from '#domain/result';
import type { StaffRef } from '#domain/staff/staff';
import { idSchema, instantSchema, nipSchema, nonNegativeRupiahSchema, textSchema } from '#sync/protocol/primitives';
import { saleLineSchema } from '#sync/protocol/sale';
import type { CartAsn } from '../asn/identify-asn';
import type { PosDatabase } from '../db/database';

export const ACTIVE_CART_ID = 'active';

const discountSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('amount'), amount: nonNegativeRupiahSchema }),
  z.object({ kind: z.literal('percent'), basisPoints: z.number().int().min(0).max(10_000) }),
]);

const staffRefSchema = z.object({ id: idSchema, name: textSchema });

const cartSchema = z.object({
  lines: z.array(
    saleLineSchema
      .pick({
        productId: true,
        barcode: true,
        name: true,
        supplier: true,
        category: true,
        unit: true,
        quantity: true,
        weightGrams: true,
        unitPrice: true,
      })
      .extend({
        key: z.string().min(1).max(20),
        fixed: z.boolean(),
        discount: discountSchema.nullable(),
        overriddenFrom: nonNegativeRupiahSchema.nullable(),
        overrideApprovedBy: staffRefSchema.nullable(),
      }),
  ),
  nextKey: z.number().int().positive(),
  discount: discountSchema.nullable(),
}) satisfies z.ZodType<Cart>;

const cartAsnSchema = z.object({
  buyer: z.object({
    nip: nipSchema.transform((nip) => nip as Nip),
    kind: z.enum(ASN_KINDS as ['PNS', 'PPPK']),
    name: z.string().nullable(),
    opd: z.string().nullable(),
    verified: z.boolean(),
  }),
  standing: z.object({
    nip: nipSchema.transform((nip) => nip as Nip),
    month: z.string(),
    total: nonNegativeRupiahSchema,
    threshold: nonNegativeRupiahSchema,
    remaining: nonNegativeRupiahSchema,
    met: z.boolean(),
    progress: z.number().min(0).max(1),
  }),
}) satisfies z.ZodType<CartAsn, unknown>;

/** What the register keeps of a cart: lines, the ASN, and whether a NIP or payment was entered. */
export interface CartSnapshot {
  cart: Cart;
  asn: CartAsn | null;
  paymentEntered: boolean;
  nipEntered: boolean;
}

export interface OpenCart extends CartSnapshot {
  id: string;
  /** Who rang it up. */
  cashier: StaffRef;
  /** When it was put on hold; null for the cart on the register. */
  heldAt: string | null;
  updatedAt: string;
}

const openCartSchema = z.object({
  id: z.string().min(1),
  cart: cartSchema,
  asn: cartAsnSchema.nullable(),
  paymentEntered: z.boolean(),
  nipEntered: z.boolean(),
  cashier: staffRefSchema,
  heldAt: instantSchema.nullable(),
  updatedAt: instantSchema,
}) satisfies z.ZodType<OpenCart, unknown>;

/** The cart on the register as it is now; an empty cart leaves no row. */
export async function saveActiveCart(
  db: PosDatabase,
  snapshot: CartSnapshot,
  cashier: StaffRef,
  now: Date,
): Promise<void> {
  if (snapshot.cart.lines.length === 0 && snapshot.asn === null) await db.openCarts.delete(ACTIVE_CART_ID);
  else await db.openCarts.put({ id: ACTIVE_CART_ID, ...snapshot, cashier, heldAt: null, updatedAt: now.toISOString() });
}

function parsed(row: unknown): Result<OpenCart> {
  const result = openCartSchema.safeParse(row);
  return result.success
    ? { ok: true, value: result.data }
    : problem(
        'cart-unreadable',
        `Keranjang tersimpan rusak dan tidak dipulihkan (${result.error.issues[0]?.message ?? 'tidak terbaca'}).`,
      );
}

/** The cart left on the register by a reload, crash or restart, or null. */
export async function loadActiveCart(db: PosDatabase): Promise<Result<OpenCart> | null> {
  const row = await db.openCarts.get(ACTIVE_CART_ID);
  return row === undefined ? null : parsed(row);
}

/** Puts the register's cart on hold (a row of its own) and empties the register, in one transaction. */
export async function holdCart(
  db: PosDatabase,
  snapshot: CartSnapshot,
  cashier: StaffRef,
  now: Date,
): Promise<OpenCart> {
  const held: OpenCart = {
    id: uuidv7(),
    ...snapshot,
    cashier,
    heldAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await db.transaction('rw', db.openCarts, async () => {
    await db.openCarts.add(held);
    await db.openCarts.delete(ACTIVE_CART_ID);
  });
  return held;
}

export interface HeldCart {
  id: string;
  cashier: StaffRef;
  heldAt: string;
  total: Rupiah;
  lineCount: number;
  asnName: string | null;
}

/** The carts on hold, oldest first, with who held them, when, and their total. */
export async function heldCarts(db: PosDatabase): Promise<HeldCart[]> {
  const rows = await db.openCarts.where('heldAt').above('').sortBy('heldAt');
  return rows.flatMap((row) => {
    const cart = parsed(row);
    if (!cart.ok) return [];
    const { id, cashier, heldAt, asn } = cart.value;
    return [
      {
        id,
        cashier,
        heldAt: heldAt!,
        total: cartTotal(cart.value.cart),
        lineCount: cart.value.cart.lines.length,
        asnName: asn ? (asn.buyer.name ?? asn.buyer.nip) : null,
      },
    ];
  });
}

/** Takes a held cart back onto the (empty) register: it becomes the active row, in one transaction. */
export async function recallCart(db: PosDatabase, id: string, now: Date): Promise<Result<OpenCart>> {
  return db.transaction('rw', db.openCarts, async () => {
    if (await db.openCarts.get(ACTIVE_CART_ID))
      return problem('cart-not-empty', 'Keranjang di kasir belum kosong: tahan atau selesaikan dulu.');
    const row = await db.openCarts.get(id);
    if (!row)
      return problem(
        'held-cart-gone',
        'Transaksi yang ditahan tidak ditemukan (mungkin sudah dipanggil di layar lain).',
      );
    const cart = parsed(row);
    if (!cart.ok) return cart;
    const active: OpenCart = { ...cart.value, id: ACTIVE_CART_ID, heldAt: null, updatedAt: now.toISOString() };
    await db.openCarts.delete(id);
    await db.openCarts.put(active);
    return { ok: true, value: active };
  });
}
