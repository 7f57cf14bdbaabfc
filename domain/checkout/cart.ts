/**
 * Cart rules: what a scan or a pick from search adds, how quantities change, what the cart totals.
 * Scanning the same unit product again adds one to its line; weighed and price-labelled items
 * (in-store barcodes with the weight or price inside) always get a line of their own.
 * Discounts (per line or on the whole cart) and price overrides are kept as entered and turned into
 * Rupiah whenever the cart is totalled, so a percentage follows later quantity changes; a change
 * that would leave an amount discount larger than what it discounts is refused.
 */
import type { ScanCode } from '../catalog/barcode';
import { discountAmount, discountProblem, type Discount } from './discount';
import { multiply, rupiah, subtract, sum, ZERO, type Rupiah } from '../money';
import type { Product } from '../catalog/product';
import type { StaffRef } from '../staff/staff';
import { lineGross, type SaleLine } from './sale';
import { ok, problem, type Result } from '../result';

export const MAX_QUANTITY = 9999;
/** More units than this on one line is more often a slip (1000 typed for 10) than a real sale: the cashier is asked. */
export const QUANTITY_TO_CONFIRM = 99;
/** Likewise a line growing past this amount, whatever its quantity (four tenun ikat at Rp 1.500.000). */
export const LINE_AMOUNT_TO_CONFIRM = rupiah(5_000_000);

/** A line being rung up: the sale line's fields (domain/checkout/sale) before numbering and totals. */
export interface CartLine extends Pick<
  SaleLine,
  'productId' | 'barcode' | 'name' | 'supplier' | 'category' | 'unit' | 'quantity' | 'weightGrams' | 'unitPrice'
> {
  key: string;
  /** Weighed and price-labelled lines stand alone: their quantity stays 1. */
  fixed: boolean;
  discount: Discount | null;
  /** The catalog or label price when a manager changed unitPrice, else null. */
  overriddenFrom: Rupiah | null;
  /** The manager who approved that change (the sale line records it), else null. */
  overrideApprovedBy: StaffRef | null;
}

export interface Cart {
  lines: readonly CartLine[];
  /** Next number for a line key: keys stay unique however lines come and go. */
  nextKey: number;
  /** Whole-sale discount, on top of line discounts. */
  discount: Discount | null;
}

export type CartResult = Result<{ cart: Cart; lineKey: string }>;
/** A change that is not about one line (removing a line, the whole-sale discount). */
export type CartChange = Result<{ cart: Cart }>;

export const EMPTY_CART: Cart = { lines: [], nextKey: 1, discount: null };

/** How the cart finds products: by normalised GTIN and by in-store PLU. */
export interface ProductLookup {
  byBarcode(gtin: string): Product | undefined;
  byPlu(plu: string): Product | undefined;
}

export function lineDiscount(line: CartLine): Rupiah {
  return line.discount === null ? ZERO : discountAmount(lineGross(line), line.discount);
}

/** The line after its own discount. */
export function lineTotal(line: CartLine): Rupiah {
  return subtract(lineGross(line), lineDiscount(line));
}

/** The sum of line totals, before the whole-sale discount. */
export function cartSubtotal(cart: Cart): Rupiah {
  return sum(cart.lines.map(lineTotal));
}

export function cartDiscount(cart: Cart): Rupiah {
  return cart.discount === null ? ZERO : discountAmount(cartSubtotal(cart), cart.discount);
}

/** What the buyer pays. */
export function cartTotal(cart: Cart): Rupiah {
  return subtract(cartSubtotal(cart), cartDiscount(cart));
}

/** Why the cart's discounts no longer fit its lines (an amount larger than what it discounts), or null. */
function discountsProblem(cart: Cart): string | null {
  for (const line of cart.lines) {
    const problem = line.discount === null ? null : discountProblem(lineGross(line), line.discount);
    if (problem !== null) return `${line.name}: ${problem}`;
  }
  return cart.discount === null ? null : discountProblem(cartSubtotal(cart), cart.discount);
}

function checked(cart: Cart, lineKey: string): CartResult {
  const why = discountsProblem(cart);
  return why === null ? ok({ cart, lineKey }) : problem('discount-too-large', `${why} Ubah atau hapus diskonnya dulu.`);
}

export function itemCount(cart: Cart): number {
  return cart.lines.reduce((n, l) => n + l.quantity, 0);
}

/** A product picked by hand (search or touch): one more unit. */
export function addProduct(cart: Cart, product: Product): CartResult {
  if (!product.active) return problem('product-inactive', `${product.name} tidak aktif dan tidak boleh dijual.`);
  if (product.soldBy === 'weight') {
    return problem('weigh-first', `${product.name} dijual per kg: timbang dulu lalu pindai label timbangannya.`);
  }
  const existing = cart.lines.find((l) => l.productId === product.id && !l.fixed);
  if (existing) return setQuantity(cart, existing.key, existing.quantity + 1);
  return appendLine(cart, product, {
    barcode: product.barcode,
    quantity: 1,
    weightGrams: null,
    unitPrice: product.price,
    fixed: false,
  });
}

/** The heaviest loose item weighed by hand: a full sack. */
export const MAX_WEIGHT_GRAMS = 50_000;

/**
 * A weight typed by the cashier for loose goods picked by name (no scale label): "355" in grams or
 * "0,355" / "1,5" in kilograms, Indonesian decimal comma or point. Whole grams, or the reason why not.
 */
export function parseWeight(text: string, unit: 'g' | 'kg'): Result<number> {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalized))
    return problem('weight-invalid', `Berat tidak valid: ketik angka, misalnya ${unit === 'g' ? '355' : '0,355'}.`);
  const grams = Math.round(Number(normalized) * (unit === 'kg' ? 1000 : 1));
  if (grams < 1) return problem('weight-invalid', 'Berat minimal 1 gram.');
  if (grams > MAX_WEIGHT_GRAMS)
    return problem('weight-invalid', `Berat maksimal ${MAX_WEIGHT_GRAMS / 1000} kg per baris.`);
  return ok(grams);
}

/** Loose goods sold per kg, picked by name and weighed by hand: a line of their own, like a scale label's. */
export function addWeighed(cart: Cart, product: Product, grams: number): CartResult {
  if (!product.active) return problem('product-inactive', `${product.name} tidak aktif dan tidak boleh dijual.`);
  if (product.soldBy !== 'weight') return problem('not-sold-by-weight', `${product.name} tidak dijual per kg.`);
  if (!Number.isInteger(grams) || grams < 1 || grams > MAX_WEIGHT_GRAMS)
    return problem('weight-invalid', `Berat harus 1 gram sampai ${MAX_WEIGHT_GRAMS / 1000} kg.`);
  return appendLine(cart, product, {
    barcode: product.barcode,
    quantity: 1,
    weightGrams: grams,
    unitPrice: product.price,
    fixed: true,
  });
}

/** A scanned code, already parsed and check-digit validated (domain/catalog/barcode). */
export function addScan(cart: Cart, scan: ScanCode, lookup: ProductLookup): CartResult {
  switch (scan.kind) {
    case 'article': {
      const product = scan.keys.map((k) => lookup.byBarcode(k)).find((p) => p !== undefined);
      if (!product)
        return problem(
          'not-in-catalog',
          `Barcode ${scan.keys[0]} tidak terdaftar di katalog. Barang tidak ditambahkan.`,
        );
      return addProduct(cart, product);
    }
    case 'price-embedded': {
      const product = lookup.byPlu(scan.plu);
      if (!product) return unknownPlu(scan.gtin, scan.plu);
      if (!product.active) return problem('product-inactive', `${product.name} tidak aktif dan tidak boleh dijual.`);
      return appendLine(cart, product, {
        barcode: scan.gtin,
        quantity: 1,
        weightGrams: null,
        unitPrice: scan.price,
        fixed: true,
      });
    }
    case 'weight-embedded': {
      const product = lookup.byPlu(scan.plu);
      if (!product) return unknownPlu(scan.gtin, scan.plu);
      if (!product.active) return problem('product-inactive', `${product.name} tidak aktif dan tidak boleh dijual.`);
      if (product.soldBy !== 'weight')
        return problem(
          'not-sold-by-weight',
          `Label timbangan ${scan.gtin} untuk ${product.name}, tetapi produk ini tidak dijual per kg.`,
        );
      return appendLine(cart, product, {
        barcode: scan.gtin,
        quantity: 1,
        weightGrams: scan.grams,
        unitPrice: product.price,
        fixed: true,
      });
    }
  }
}

function unknownPlu(gtin: string, plu: string): CartResult {
  return problem(
    'not-in-catalog',
    `Label toko ${gtin}: PLU ${plu} tidak terdaftar di katalog. Barang tidak ditambahkan.`,
  );
}

function appendLine(
  cart: Cart,
  product: Product,
  fields: Pick<CartLine, 'barcode' | 'quantity' | 'weightGrams' | 'unitPrice' | 'fixed'>,
): CartResult {
  const key = `L${cart.nextKey}`;
  const line: CartLine = {
    key,
    productId: product.id,
    name: product.name,
    supplier: product.supplier,
    category: product.category,
    unit: product.unit,
    ...fields,
    discount: null,
    overriddenFrom: null,
    overrideApprovedBy: null,
  };
  return ok({ cart: { ...cart, lines: [...cart.lines, line], nextKey: cart.nextKey + 1 }, lineKey: key });
}

export function setQuantity(cart: Cart, key: string, quantity: number): CartResult {
  const line = cart.lines.find((l) => l.key === key);
  if (!line) return problem('line-not-found', 'Baris tidak ditemukan.');
  if (line.fixed)
    return problem(
      'quantity-fixed',
      `Jumlah ${line.name} mengikuti label timbangan/harga dan tidak bisa diubah. Hapus barisnya bila salah.`,
    );
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return problem('quantity-invalid', `Jumlah harus bilangan bulat 1 sampai ${MAX_QUANTITY}.`);
  }
  return checked(replaceLine(cart, { ...line, quantity }), key);
}

/** Raising a line to `quantity` units asks the cashier first: above QUANTITY_TO_CONFIRM units or LINE_AMOUNT_TO_CONFIRM. */
export function quantityNeedsConfirmation(line: Pick<CartLine, 'quantity' | 'unitPrice'>, quantity: number): boolean {
  if (quantity <= line.quantity) return false;
  return quantity > QUANTITY_TO_CONFIRM || multiply(line.unitPrice, quantity) > LINE_AMOUNT_TO_CONFIRM;
}

export function removeLine(cart: Cart, key: string): CartChange {
  const next = { ...cart, lines: cart.lines.filter((l) => l.key !== key) };
  // An emptied cart keeps no whole-sale discount: the next buyer starts afresh.
  if (next.lines.length === 0) return ok({ cart: { ...next, discount: null } });
  const result = checked(next, key);
  return result.ok ? ok({ cart: result.value.cart }) : result;
}

/** A discount on one line (null takes it off); the approval is the caller's. */
export function setLineDiscount(cart: Cart, key: string, discount: Discount | null): CartResult {
  const line = cart.lines.find((l) => l.key === key);
  if (!line) return problem('line-not-found', 'Baris tidak ditemukan.');
  return checked(replaceLine(cart, { ...line, discount }), key);
}

/** A discount on the whole cart (null takes it off); the approval is the caller's. */
export function setCartDiscount(cart: Cart, discount: Discount | null): CartChange {
  if (cart.lines.length === 0) return problem('cart-empty', 'Keranjang kosong: pindai barang dulu.');
  const why = discount === null ? null : discountProblem(cartSubtotal(cart), discount);
  return why === null ? ok({ cart: { ...cart, discount } }) : problem('discount-too-large', why);
}

/** A new unit price (per kg for weighed lines); the approval is the caller's, who says who gave it. */
export function overridePrice(cart: Cart, key: string, price: Rupiah, approvedBy: StaffRef | null = null): CartResult {
  const line = cart.lines.find((l) => l.key === key);
  if (!line) return problem('line-not-found', 'Baris tidak ditemukan.');
  if (!Number.isSafeInteger(price) || price < 0)
    return problem('price-invalid', 'Harga baru harus angka Rupiah, tidak negatif.');
  const original = line.overriddenFrom ?? line.unitPrice;
  const overridden = price !== original;
  return checked(
    replaceLine(cart, {
      ...line,
      unitPrice: price,
      overriddenFrom: overridden ? original : null,
      overrideApprovedBy: overridden ? approvedBy : null,
    }),
    key,
  );
}

function replaceLine(cart: Cart, line: CartLine): Cart {
  return { ...cart, lines: cart.lines.map((l) => (l.key === line.key ? line : l)) };
}

/** The cart's lines as the sale records them, numbered from 1. */
export function toSaleLines(cart: Cart): SaleLine[] {
  return cart.lines.map((l, index) => ({
    lineNo: index + 1,
    productId: l.productId,
    barcode: l.barcode,
    name: l.name,
    supplier: l.supplier,
    category: l.category,
    unit: l.unit,
    quantity: l.quantity,
    weightGrams: l.weightGrams,
    unitPrice: l.unitPrice,
    discount: lineDiscount(l),
    total: lineTotal(l),
    ...(l.overriddenFrom !== null && l.overrideApprovedBy !== null
      ? { priceOverride: { from: l.overriddenFrom, approvedBy: l.overrideApprovedBy } }
      : {}),
  }));
}
