import { describe, expect, it } from 'vitest';
import type { Product } from '../catalog/product';
import { rupiah } from '../money';
import { buildSale } from '../test-documents';
import { addProduct, addWeighed, EMPTY_CART, type Cart } from './cart';
import { customerDisplayState, featuredProducts, type RegisterView } from './customer-display';

const product = (id: string, supplier: string, price: number, over: Partial<Product> = {}): Product => ({
  id,
  barcode: null,
  plu: null,
  name: `Produk ${id}`,
  price: rupiah(price),
  soldBy: 'unit',
  supplier,
  category: 'Umum',
  unit: 'pcs',
  active: true,
  ...over,
});

const KOPI = product('kopi', 'Koperasi Kopi Bajawa', 65_000, { name: 'Kopi Bajawa 250 g' });
const JAGUNG = product('jagung', 'Tani Jagung Sikka', 12_000, { name: 'Jagung Titi', soldBy: 'weight', unit: 'kg' });

function cartOf(...steps: ((cart: Cart) => ReturnType<typeof addProduct>)[]): Cart {
  return steps.reduce((cart, step) => {
    const result = step(cart);
    if (!result.ok) throw new Error(result.error.message);
    return result.value.cart;
  }, EMPTY_CART);
}

const view = (over: Partial<RegisterView>): RegisterView => ({
  outletName: 'NTT Mart Sikka',
  featured: [],
  cart: EMPTY_CART,
  payments: [],
  qris: null,
  asn: null,
  completed: null,
  ...over,
});

describe('the customer display', () => {
  it('shows the outlet and one product of each UMKM between sales', () => {
    const featured = [
      KOPI,
      product('kopi2', 'Koperasi Kopi Bajawa', 70_000),
      product('old', 'Anyaman Lontar', 9_000, { active: false }),
      JAGUNG,
      product('tenun', 'Anyaman Lontar', 150_000, { name: 'Tas Lontar' }),
    ];
    expect(customerDisplayState(view({ featured: featuredProducts(featured) }))).toEqual({
      kind: 'welcome',
      outletName: 'NTT Mart Sikka',
      featured: [
        { name: 'Tas Lontar', supplier: 'Anyaman Lontar', price: 'Rp 150.000' },
        { name: 'Kopi Bajawa 250 g', supplier: 'Koperasi Kopi Bajawa', price: 'Rp 65.000' },
        { name: 'Jagung Titi', supplier: 'Tani Jagung Sikka', price: 'Rp 12.000/kg' },
      ].map((f) => ({ ...f, price: f.price.replace(' ', '\u00a0') })),
    });
    expect(featuredProducts(Array.from({ length: 10 }, (_, i) => product(`p${i}`, `UMKM ${i}`, 1_000)))).toHaveLength(
      6,
    );
  });

  it('shows the lines as scanned, the total, and the ASN’s month with this cart in it', () => {
    const cart = cartOf(
      (c) => addProduct(c, KOPI),
      (c) => addProduct(c, KOPI),
      (c) => addWeighed(c, JAGUNG, 500),
    );
    const state = customerDisplayState(
      view({ cart, asn: { name: 'Fransiskus J.', monthBefore: rupiah(0), threshold: rupiah(100_000) } }),
    );
    expect(state).toMatchObject({
      kind: 'sale',
      total: 136_000,
      paid: 0,
      change: null,
      qris: null,
      done: false,
      asn: { name: 'Fransiskus J.', met: true },
    });
    if (state.kind !== 'sale') throw new Error('a sale');
    expect(state.lines.map((l) => [l.name, l.detail.replace(/\u00a0/g, ' '), l.amount])).toEqual([
      ['Kopi Bajawa 250 g', '2 × Rp 65.000', 130_000],
      ['Jagung Titi', '0,5 kg × Rp 12.000/kg', 6_000],
    ]);
    expect(state.asn!.standing.replace(/\u00a0/g, ' ')).toBe('Belanja bulan ini Rp 136.000 dari Rp 100.000');
    // An ASN identified before anything was scanned: their month as it stands.
    const before = customerDisplayState(
      view({ asn: { name: null, monthBefore: rupiah(65_000), threshold: rupiah(100_000) } }),
    );
    expect(before.kind === 'sale' && before.asn).toEqual({
      name: null,
      standing: 'Belanja bulan ini Rp\u00a065.000 dari Rp\u00a0100.000',
      met: false,
    });
  });

  it('shows the QRIS code while paying by QRIS, the change once paid, and the recorded sale until the next', () => {
    const cart = cartOf((c) => addProduct(c, KOPI));
    const qris = { payload: '000201…6304ABCD', amount: rupiah(65_000) };
    expect(customerDisplayState(view({ cart, qris }))).toMatchObject({ qris, change: null });
    const cash = [{ method: 'cash' as const, amount: rupiah(65_000), tendered: rupiah(100_000), reference: null }];
    expect(customerDisplayState(view({ cart, payments: cash }))).toMatchObject({ paid: 65_000, change: 35_000 });

    const sale = buildSale({ lines: [{ price: 65_000 }], payments: [{ method: 'qris' }] });
    expect(
      customerDisplayState(
        view({
          completed: { sale, asn: { name: 'Fransiskus J.', monthTotal: rupiah(65_000), threshold: rupiah(100_000) } },
        }),
      ),
    ).toMatchObject({ kind: 'sale', done: true, total: 65_000, paid: 65_000, change: 0, asn: { met: false } });
  });
});
