/**
 * What the customer display (the buyer's screen beside the till) shows, made from the register's
 * state: the lines as they are scanned, the total, what was paid and the change, the QRIS code while
 * the buyer pays by QRIS, and an identified ASN's month against the minimum. Between sales, the
 * outlet's name and a few of its UMKM products. Pure: the terminal publishes it, the display draws it.
 */
import type { Product } from '../catalog/product';
import { add, formatRupiah, subtract, ZERO, type Rupiah } from '../money';
import { cartTotal, lineTotal, type Cart, type CartLine } from './cart';
import { amountPaid } from './payments';
import { changeOf, formatKilograms, type Payment, type Sale, type SaleLine } from './sale';

/** How many UMKM products the display shows between sales. */
export const FEATURED_COUNT = 6;

export interface DisplayLine {
  name: string;
  /** "2 × Rp 6.000", or a weighed line's weight. */
  detail: string;
  amount: Rupiah;
}

export interface DisplayAsn {
  /** As the roster shortens it ("Fransiskus J."); null for a NIP not on it. */
  name: string | null;
  /** "Belanja bulan ini Rp 65.000 dari Rp 100.000". */
  standing: string;
  met: boolean;
}

export interface FeaturedProduct {
  name: string;
  supplier: string;
  price: string;
}

export type CustomerDisplayState =
  | { kind: 'welcome'; outletName: string; featured: FeaturedProduct[] }
  | {
      kind: 'sale';
      outletName: string;
      lines: DisplayLine[];
      total: Rupiah;
      paid: Rupiah;
      /** Null until the buyer has paid in full. */
      change: Rupiah | null;
      /** The dynamic QRIS payload to scan, while the cashier takes a QRIS payment. */
      qris: { payload: string; amount: Rupiah } | null;
      asn: DisplayAsn | null;
      /** The sale is recorded: the display thanks the buyer until the next one starts. */
      done: boolean;
    };

export interface RegisterView {
  outletName: string;
  /** featuredProducts of the catalog, made once per catalog. */
  featured: readonly FeaturedProduct[];
  cart: Cart;
  payments: readonly Payment[];
  qris: { payload: string; amount: Rupiah } | null;
  /** The ASN of the cart and their month before this sale. */
  asn: { name: string | null; monthBefore: Rupiah; threshold: Rupiah } | null;
  /** The sale just recorded, still on the cashier's screen, and the ASN's month with it. */
  completed: { sale: Sale; asn: { name: string | null; monthTotal: Rupiah; threshold: Rupiah } | null } | null;
}

export function customerDisplayState(view: RegisterView): CustomerDisplayState {
  const { outletName, completed } = view;
  if (completed !== null)
    return {
      kind: 'sale',
      outletName,
      lines: completed.sale.lines.map(saleLine),
      total: completed.sale.total,
      paid: amountPaid(completed.sale.payments),
      change: completed.sale.change,
      qris: null,
      asn: completed.asn && asnStanding(completed.asn.name, completed.asn.monthTotal, completed.asn.threshold),
      done: true,
    };
  if (view.cart.lines.length === 0 && view.asn === null)
    return { kind: 'welcome', outletName, featured: [...view.featured] };
  const total = cartTotal(view.cart);
  const paid = amountPaid(view.payments);
  return {
    kind: 'sale',
    outletName,
    lines: view.cart.lines.map(cartLine),
    total,
    paid,
    change: view.payments.length > 0 && paid >= total ? changeOf(view.payments) : null,
    qris: view.qris,
    asn: view.asn && asnStanding(view.asn.name, add(view.asn.monthBefore, total), view.asn.threshold),
    done: false,
  };
}

/** One active product of each UMKM supplier, by supplier name, up to FEATURED_COUNT. */
export function featuredProducts(products: readonly Product[]): FeaturedProduct[] {
  const bySupplier = new Map<string, Product>();
  for (const p of products)
    if (p.active && p.supplier !== '' && !bySupplier.has(p.supplier)) bySupplier.set(p.supplier, p);
  return [...bySupplier.values()]
    .sort((a, b) => a.supplier.localeCompare(b.supplier, 'id'))
    .slice(0, FEATURED_COUNT)
    .map((p) => ({
      name: p.name,
      supplier: p.supplier,
      price: p.soldBy === 'weight' ? `${formatRupiah(p.price)}/kg` : formatRupiah(p.price),
    }));
}

function asnStanding(name: string | null, monthTotal: Rupiah, threshold: Rupiah): DisplayAsn {
  const short = subtract(threshold, monthTotal);
  return {
    name,
    standing: `Belanja bulan ini ${formatRupiah(monthTotal)} dari ${formatRupiah(threshold)}`,
    met: short <= ZERO,
  };
}

function detail(line: Pick<CartLine, 'quantity' | 'weightGrams' | 'unitPrice'>): string {
  return line.weightGrams === null
    ? `${line.quantity} × ${formatRupiah(line.unitPrice)}`
    : `${formatKilograms(line.weightGrams)} × ${formatRupiah(line.unitPrice)}/kg`;
}

function cartLine(line: CartLine): DisplayLine {
  return { name: line.name, detail: detail(line), amount: lineTotal(line) };
}

function saleLine(line: SaleLine): DisplayLine {
  return { name: line.name, detail: detail(line), amount: line.total };
}
