import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBarcode, withCheckDigit, type ScanCode } from '../catalog/barcode';
import {
  addProduct,
  addScan,
  addWeighed,
  cartDiscount,
  cartSubtotal,
  cartTotal,
  EMPTY_CART,
  itemCount,
  lineTotal,
  overridePrice,
  parseWeight,
  quantityNeedsConfirmation,
  removeLine,
  setCartDiscount,
  setLineDiscount,
  setQuantity,
  toSaleLines,
  type Cart,
  type CartChange,
  type CartResult,
  type ProductLookup,
} from './cart';
import { rupiah, sum } from '../money';
import type { Product } from '../catalog/product';

const kopi: Product = {
  id: 'p1',
  barcode: withCheckDigit('899512010001'),
  plu: null,
  name: 'Kopi Arabika Bajawa 100 g',
  price: rupiah(32_000),
  soldBy: 'unit',
  supplier: 'Koperasi Kopi Bajawa',
  category: 'Kopi & Teh',
  unit: 'bungkus',
  active: true,
};
const sei: Product = {
  id: 'p2',
  barcode: null,
  plu: '1001',
  name: "Se'i Sapi Curah",
  price: rupiah(320_000),
  soldBy: 'weight',
  supplier: "Se'i Baun",
  category: 'Olahan Daging',
  unit: 'kg',
  active: true,
};
const kue: Product = {
  id: 'p3',
  barcode: null,
  plu: '2001',
  name: 'Kue Cucur (paket)',
  price: rupiah(15_000),
  soldBy: 'unit',
  supplier: 'Dapur Kue Ina',
  category: 'Kue & Roti',
  unit: 'paket',
  active: true,
};
const upce: Product = { ...kopi, id: 'p4', barcode: withCheckDigit('004210000526'), name: 'Sabun impor' };
const lookup: ProductLookup = {
  byBarcode: (g) => [kopi, upce].find((p) => p.barcode === g),
  byPlu: (plu) => [sei, kue].find((p) => p.plu === plu),
};

function scan(code: string): ScanCode {
  const parsed = parseBarcode(code);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}
function ok(result: CartResult | CartChange): Cart {
  if (!result.ok) throw new Error(result.error.message);
  return result.value.cart;
}

describe('cart', () => {
  it('asks before a quantity above 99 units or a line above Rp 5.000.000, never when lowering one', () => {
    const line = { quantity: 1, unitPrice: rupiah(15_420) };
    expect(quantityNeedsConfirmation(line, 99)).toBe(false);
    expect(quantityNeedsConfirmation(line, 100)).toBe(true);
    expect(quantityNeedsConfirmation(line, 1000)).toBe(true);
    const tenun = { quantity: 1, unitPrice: rupiah(1_500_000) };
    expect(quantityNeedsConfirmation(tenun, 3)).toBe(false);
    expect(quantityNeedsConfirmation(tenun, 4)).toBe(true);
    expect(quantityNeedsConfirmation({ quantity: 500, unitPrice: rupiah(1_000) }, 400)).toBe(false);
  });

  it('adds one to the line when the same product is scanned again', () => {
    let cart = ok(addScan(EMPTY_CART, scan(kopi.barcode!), lookup));
    cart = ok(addScan(cart, scan(kopi.barcode!), lookup));
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]!.quantity).toBe(2);
    expect(cartTotal(cart)).toBe(64_000);
  });

  it('finds a product scanned as UPC-E by its GTIN-13', () => {
    const cart = ok(
      addScan(EMPTY_CART, scan('04252614'), { ...lookup, byBarcode: (g) => (g === upce.barcode ? upce : undefined) }),
    );
    expect(cart.lines[0]!.name).toBe('Sabun impor');
  });

  it('prices a weight-embedded label by grams, half up, on a line of its own', () => {
    const label = withCheckDigit('251001000355');
    let cart = ok(addScan(EMPTY_CART, scan(label), lookup));
    cart = ok(addScan(cart, scan(label), lookup));
    expect(cart.lines).toHaveLength(2);
    expect(cart.lines[0]).toMatchObject({
      weightGrams: 355,
      unitPrice: 320_000,
      quantity: 1,
      fixed: true,
      barcode: label,
    });
    expect(cartTotal(cart)).toBe(2 * 113_600);
  });

  it('takes the price from a price-embedded label', () => {
    const cart = ok(addScan(EMPTY_CART, scan(withCheckDigit('222001017500')), lookup));
    expect(cart.lines[0]).toMatchObject({ productId: 'p3', unitPrice: 17_500, quantity: 1 });
    expect(cartTotal(cart)).toBe(17_500);
  });

  it('refuses unknown codes and PLUs and weighed goods picked without a weight, adding nothing', () => {
    const unknown = addScan(EMPTY_CART, scan(withCheckDigit('899999999999')), lookup);
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'not-in-catalog', message: expect.stringContaining('tidak terdaftar') },
    });
    expect(addScan(EMPTY_CART, scan(withCheckDigit('259999000500')), lookup)).toEqual({
      ok: false,
      error: { code: 'not-in-catalog', message: expect.stringContaining('PLU 9999') },
    });
    expect(addProduct(EMPTY_CART, sei)).toEqual({
      ok: false,
      error: { code: 'weigh-first', message: expect.stringContaining('timbang') },
    });
    expect(addScan(EMPTY_CART, scan(withCheckDigit('252001000500')), lookup)).toEqual({
      ok: false,
      error: { code: 'not-sold-by-weight', message: expect.stringContaining('tidak dijual per kg') },
    });
    expect(addProduct(EMPTY_CART, { ...kopi, active: false }).ok).toBe(false);
  });

  it('changes quantities within 1..9999 and never on a labelled line', () => {
    let cart = ok(addProduct(EMPTY_CART, kopi));
    const key = cart.lines[0]!.key;
    cart = ok(setQuantity(cart, key, 12));
    expect(itemCount(cart)).toBe(12);
    expect(setQuantity(cart, key, 0).ok).toBe(false);
    expect(setQuantity(cart, key, 2.5).ok).toBe(false);
    expect(setQuantity(cart, key, 10_000).ok).toBe(false);
    cart = ok(addScan(cart, scan(withCheckDigit('251001000355')), lookup));
    expect(setQuantity(cart, cart.lines[1]!.key, 2)).toEqual({
      ok: false,
      error: { code: 'quantity-fixed', message: expect.stringContaining('tidak bisa diubah') },
    });
  });

  it('removes a line and keeps keys unique afterwards', () => {
    let cart = ok(addProduct(EMPTY_CART, kopi));
    cart = ok(addScan(cart, scan(withCheckDigit('222001017500')), lookup));
    cart = ok(removeLine(cart, cart.lines[0]!.key));
    cart = ok(addProduct(cart, kopi));
    expect(new Set(cart.lines.map((l) => l.key)).size).toBe(2);
    expect(toSaleLines(cart).map((l) => l.lineNo)).toEqual([1, 2]);
  });

  it('has sale lines that always add up to the cart total', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant('kopi'),
            fc.integer({ min: 1, max: 99_999 }),
            fc.integer({ min: 1, max: 999_999 }).map((p) => -p),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          let cart = EMPTY_CART;
          for (const step of steps) {
            const code =
              step === 'kopi'
                ? kopi.barcode!
                : step > 0
                  ? withCheckDigit(`251001${String(step).padStart(6, '0')}`)
                  : withCheckDigit(`222001${String(-step).padStart(6, '0')}`);
            cart = ok(addScan(cart, scan(code), lookup));
          }
          return sum(toSaleLines(cart).map((l) => l.total)) === cartTotal(cart);
        },
      ),
    );
  });

  it('takes line and whole-sale discounts off, as amounts or percentages, into the sale lines', () => {
    let cart = ok(addProduct(EMPTY_CART, kopi));
    cart = ok(setQuantity(cart, cart.lines[0]!.key, 3));
    cart = ok(addScan(cart, scan(withCheckDigit('222001017500')), lookup));
    cart = ok(setLineDiscount(cart, cart.lines[0]!.key, { kind: 'percent', basisPoints: 1_000 }));
    cart = ok(setLineDiscount(cart, cart.lines[1]!.key, { kind: 'amount', amount: rupiah(2_500) }));
    cart = ok(setCartDiscount(cart, { kind: 'amount', amount: rupiah(5_000) }));
    // 96.000 − 9.600 = 86.400; 17.500 − 2.500 = 15.000; subtotal 101.400 less 5.000.
    expect([cartSubtotal(cart), cartDiscount(cart), cartTotal(cart)]).toEqual([101_400, 5_000, 96_400]);
    expect(toSaleLines(cart).map((l) => [l.discount, l.total])).toEqual([
      [9_600, 86_400],
      [2_500, 15_000],
    ]);
    // A percentage follows the quantity.
    cart = ok(setQuantity(cart, cart.lines[0]!.key, 1));
    expect(toSaleLines(cart)[0]).toMatchObject({ discount: 3_200, total: 28_800 });
  });

  it('refuses a change that would leave a discount larger than what it discounts', () => {
    let cart = ok(addProduct(EMPTY_CART, kopi));
    cart = ok(setQuantity(cart, cart.lines[0]!.key, 2));
    expect(setLineDiscount(cart, cart.lines[0]!.key, { kind: 'amount', amount: rupiah(64_001) })).toEqual({
      ok: false,
      error: { code: 'discount-too-large', message: expect.stringContaining('melebihi harga') },
    });
    cart = ok(setLineDiscount(cart, cart.lines[0]!.key, { kind: 'amount', amount: rupiah(40_000) }));
    expect(setQuantity(cart, cart.lines[0]!.key, 1)).toEqual({
      ok: false,
      error: { code: 'discount-too-large', message: expect.stringContaining('Ubah atau hapus diskonnya dulu') },
    });
    cart = ok(addProduct(cart, kue));
    cart = ok(setCartDiscount(cart, { kind: 'amount', amount: rupiah(30_000) }));
    expect(removeLine(cart, cart.lines[1]!.key).ok).toBe(false);
    cart = ok(setCartDiscount(cart, { kind: 'amount', amount: rupiah(10_000) }));
    expect(ok(removeLine(ok(removeLine(cart, cart.lines[0]!.key)), cart.lines[1]!.key)).discount).toBeNull();
    expect(setCartDiscount(EMPTY_CART, { kind: 'percent', basisPoints: 500 }).ok).toBe(false);
  });

  it('overrides a price, remembering the original until it is set back', () => {
    let cart = ok(addProduct(EMPTY_CART, kopi));
    const key = cart.lines[0]!.key;
    cart = ok(overridePrice(cart, key, rupiah(30_000)));
    cart = ok(overridePrice(cart, key, rupiah(28_000)));
    expect(cart.lines[0]).toMatchObject({ unitPrice: 28_000, overriddenFrom: 32_000 });
    expect(ok(overridePrice(cart, key, rupiah(32_000))).lines[0]!.overriddenFrom).toBeNull();
    expect(overridePrice(cart, key, rupiah(-1)).ok).toBe(false);
    cart = ok(setLineDiscount(cart, key, { kind: 'amount', amount: rupiah(20_000) }));
    expect(overridePrice(cart, key, rupiah(10_000)).ok).toBe(false);
  });

  it('records on the sale line who approved a changed price, and nothing on lines at their own price', () => {
    let cart = ok(addProduct(ok(addProduct(EMPTY_CART, kopi)), upce));
    const manager = { id: 'manager-yohanes', name: 'Yohanes' };
    cart = ok(overridePrice(cart, cart.lines[0]!.key, rupiah(30_000), manager));
    const [changed, own] = toSaleLines(cart);
    expect(changed!.priceOverride).toEqual({ from: 32_000, approvedBy: manager });
    expect(own).not.toHaveProperty('priceOverride');
    cart = ok(overridePrice(cart, cart.lines[0]!.key, rupiah(32_000), manager));
    expect(toSaleLines(cart)[0]).not.toHaveProperty('priceOverride');
  });
});

describe('loose goods weighed by hand', () => {
  it('reads grams or kilograms with a comma or a point, and refuses what is no weight', () => {
    expect(parseWeight('355', 'g')).toEqual({ ok: true, value: 355 });
    expect(parseWeight('0,355', 'kg')).toEqual({ ok: true, value: 355 });
    expect(parseWeight(' 1.5 ', 'kg')).toEqual({ ok: true, value: 1500 });
    expect(parseWeight('abc', 'g')).toMatchObject({
      ok: false,
      error: { code: 'weight-invalid', message: 'Berat tidak valid: ketik angka, misalnya 355.' },
    });
    expect(parseWeight('0', 'g')).toMatchObject({
      ok: false,
      error: { code: 'weight-invalid', message: 'Berat minimal 1 gram.' },
    });
    expect(parseWeight('51', 'kg')).toMatchObject({
      ok: false,
      error: { code: 'weight-invalid', message: 'Berat maksimal 50 kg per baris.' },
    });
  });

  it('adds a weighed line of its own at the price per kg, and only for goods sold per kg', () => {
    const cart = ok(addWeighed(ok(addWeighed(EMPTY_CART, sei, 355)), sei, 250));
    expect(cart.lines.map((l) => [l.weightGrams, l.quantity, l.fixed, lineTotal(l)])).toEqual([
      [355, 1, true, rupiah(113_600)],
      [250, 1, true, rupiah(80_000)],
    ]);
    expect(addWeighed(EMPTY_CART, kopi, 100)).toMatchObject({
      ok: false,
      error: { code: 'not-sold-by-weight', message: 'Kopi Arabika Bajawa 100 g tidak dijual per kg.' },
    });
  });
});
