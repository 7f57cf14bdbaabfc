/**
 * A realistic sale from the Labuan Bajo outlet: what the test page and `npm run print-test` print and
 * what receipt tests and benchmarks lay out. Built through the domain rules so it always adds up.
 */
import type { Sale, SaleLine } from '#domain/checkout/sale';
import { buildSale, type SaleSpec } from '#domain/test-documents';
import type { OutletInfo } from './receipt-layout';

export const SAMPLE_OUTLET: OutletInfo = {
  name: 'NTT Mart Labuan Bajo',
  address: 'Jl. Soekarno Hatta No. 5, Labuan Bajo, Manggarai Barat',
  phone: '0385-41234',
};

const PRODUCTS: Array<Pick<SaleLine, 'name' | 'supplier' | 'category' | 'unit'> & { price: number }> = [
  {
    name: 'Kopi Arabika Flores Bajawa 250 g',
    supplier: 'Koperasi Kopi Bajawa',
    category: 'Kopi',
    unit: 'bungkus',
    price: 85_000,
  },
  { name: 'Madu Hutan Sumba 500 ml', supplier: 'UD Madu Sumba', category: 'Madu', unit: 'botol', price: 120_000 },
  { name: "Sambal Lu'at Manggarai", supplier: 'Ibu Maria', category: 'Bumbu', unit: 'botol', price: 25_000 },
  {
    name: 'Kacang Mete Flores Timur',
    supplier: 'CV Mete Larantuka',
    category: 'Camilan',
    unit: 'bungkus',
    price: 65_000,
  },
  {
    name: 'Tenun Ikat Sikka Selendang',
    supplier: 'Sanggar Tenun Watublapi',
    category: 'Tenun',
    unit: 'lembar',
    price: 350_000,
  },
  { name: 'Jagung Bose Instan', supplier: 'KWT Oebobo', category: 'Pangan', unit: 'bungkus', price: 18_000 },
  { name: 'Gula Lontar Rote', supplier: 'UMKM Lontar Rote', category: 'Pangan', unit: 'bungkus', price: 30_000 },
  {
    name: "Se'i Sapi Kupang 250 g",
    supplier: "Se'i Bu Ati",
    category: 'Daging olahan',
    unit: 'bungkus',
    price: 95_000,
  },
  { name: 'Minyak Kelapa Kampung', supplier: 'KWT Alor', category: 'Pangan', unit: 'botol', price: 40_000 },
  { name: 'Kripik Pisang Kepok', supplier: 'UMKM Nekamese', category: 'Camilan', unit: 'bungkus', price: 15_000 },
];

/** Who sold it, where and when: the parts of a sample sale that are not its lines and payments. */
export const SAMPLE_SALE: Omit<SaleSpec, 'lines'> = {
  id: '0195a3c2-7b1e-7c3d-9a4f-2b8e6d1c0f57',
  receiptNo: 'LBJ-T01-20250305-0042',
  outletId: 'lbj',
  terminalId: 'lbj-t01',
  shiftId: 'shift-1',
  cashier: { id: 'kasir-1', name: 'Maria Goreti' },
  completedAt: '2025-03-05T06:07:00.000Z',
};

/** A cash sale of `lineCount` lines (cycling through the products), paid with round notes. */
export function sampleSale(lineCount = 3, overrides: Partial<Omit<SaleSpec, 'lines'>> = {}): Sale {
  const spec: SaleSpec = {
    ...SAMPLE_SALE,
    ...overrides,
    lines: Array.from({ length: lineCount }, (_, index) => {
      const { price, ...product } = PRODUCTS[index % PRODUCTS.length]!;
      return {
        ...product,
        productId: `p-${index + 1}`,
        price,
        quantity: (index % 3) + 1,
        discount: index === 1 ? 10_000 : 0,
      };
    }),
  };
  // The notes handed over depend on the total, which only the built sale knows.
  const total = buildSale(spec).total;
  return buildSale({
    ...spec,
    payments: total > 0 ? [{ method: 'cash', tendered: Math.ceil(total / 50_000) * 50_000 }] : [],
  });
}
